/**
 * A real nginx for the browser tests, run unprivileged from a temporary folder: its own main
 * configuration (pid, logs and temporary files in that folder) around the server block under test,
 * with only that block's `listen` and `root` replaced, as a deployment sets them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * A web root in `dir` that serves the folder `site` under `base`, with `extra` files (name →
 * bytes) beside the site's own: a folder of links to the site's entries, so the site stays as
 * built or unpacked.
 */
export function webRoot(dir: string, site: string, base: string, extra: Readonly<Record<string, Uint8Array>> = {}): string {
  const root = join(dir, 'root');
  const folder = join(root, base);
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(site)) symlinkSync(join(site, name), join(folder, name));
  for (const [name, bytes] of Object.entries(extra)) {
    if (existsSync(join(folder, name))) throw new Error(`${name} would hide the site's own file`);
    writeFileSync(join(folder, name), bytes);
  }
  return root;
}

/** A response as nginx sent it: the body still compressed when it was. */
export interface RawResponse {
  status: number;
  headers: Readonly<Record<string, string | undefined>>;
  body: Buffer;
}

/** GETs `url` with `headers` and no decoding, no redirect following. */
export function rawGet(url: string, headers: Readonly<Record<string, string>> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const flat = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
        resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** A running nginx: where it answers, and how to stop it. */
export interface Nginx {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Stops nginx and removes its folder. */
  stop: () => Promise<void>;
}

/**
 * The nginx to run: $NGINX_PATH, else Debian's /usr/sbin/nginx (not on an ordinary user's PATH),
 * else one on the PATH; throws with installation advice.
 */
export function findNginx(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const configured = env['NGINX_PATH'];
  if (configured !== undefined && configured !== '') {
    if (exists(configured)) return configured;
    throw new Error(`NGINX_PATH=${configured} does not exist. Point it at an nginx binary, or unset it to use /usr/sbin/nginx.`);
  }
  const found = ['/usr/sbin', ...(env['PATH'] ?? '').split(delimiter).filter(Boolean)].map((dir) => join(dir, 'nginx')).find(exists);
  if (found !== undefined) return found;
  throw new Error('No nginx found for the deployment tests. Install one:\n  Debian/Ubuntu: apt-get install -y nginx\n  or set NGINX_PATH=/path/to/nginx');
}

/**
 * The server block with its deployment-specific lines replaced: `listen` on a local port, `root`
 * at the folder to serve. Each must occur exactly once, so that nothing else is touched.
 */
export function localServerBlock(block: string, port: number, root: string): string {
  let text = block;
  for (const [directive, value] of [['listen', `127.0.0.1:${port}`], ['root', root]] as const) {
    const pattern = new RegExp(`^(\\s*)${directive}\\s+[^;]*;`, 'gm');
    const found = text.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`the server block has ${found} \`${directive}\` lines; exactly one is replaced for the test`);
    text = text.replace(pattern, `$1${directive} ${value};`);
  }
  return text;
}

/** The main configuration around the server block: everything nginx writes stays in `dir`. */
function mainConf(dir: string): string {
  // As root (CI in a container) nginx would run its workers as nobody, who may not be able to
  // reach a checkout under /root; unprivileged, the user directive is not allowed at all.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(dir, kind)};`).join('\n');
  return `${user}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events {
    worker_connections 256;
}
http {
    access_log ${join(dir, 'access.log')};
${temp}
    include ${join(dir, 'site.conf')};
}
`;
}

/** A free local TCP port (the system's choice), for nginx to listen on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once something accepts connections on `port`; rejects if `child` exits first. */
function listening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const exited = () => reject(new Error(`nginx exited before listening:\n${log()}`));
    child.once('exit', exited);
    const attempt = (tries: number) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        child.off('exit', exited);
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (tries <= 0) reject(new Error(`nginx did not listen on ${port}:\n${log()}`));
        else setTimeout(() => attempt(tries - 1), 50);
      });
    };
    attempt(100);
  });
}

/** Starts nginx with `serverBlock` (the text of a server block file) serving `root`. */
export async function startNginx(serverBlock: string, root: string): Promise<Nginx> {
  const nginx = findNginx();
  const dir = mkdtempSync(join(tmpdir(), 'duban-nginx-'));
  const errors = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  try {
    const port = await freePort();
    writeFileSync(join(dir, 'site.conf'), localServerBlock(serverBlock, port, root));
    writeFileSync(join(dir, 'nginx.conf'), mainConf(dir));
    const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
    // nginx -t names the line of a configuration error; a failed start only says that it failed.
    const tested = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' });
    if (tested.status !== 0) throw new Error(`nginx -t refused the configuration:\n${tested.stderr}${errors()}`);
    const child = spawn(nginx, args, { stdio: 'ignore' });
    // nginx outlives a test worker that ends without afterAll (a crash, a timeout): stop it then.
    const orphaned = () => child.kill('SIGTERM');
    process.once('exit', orphaned);
    await listening(port, child, errors).catch((error: unknown) => {
      orphaned();
      process.off('exit', orphaned);
      throw error;
    });
    return {
      origin: `http://127.0.0.1:${port}`,
      stop: async () => {
        process.off('exit', orphaned);
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await exited;
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
