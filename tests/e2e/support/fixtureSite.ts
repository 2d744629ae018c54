/**
 * A site built from fixture content in a throw-away project (tests/unit/site/project.ts), served
 * under the base path as the preview server would: for the browser tests of what the real content
 * does not hold yet (a bulletin, a unit's imported report), so that no test pins content/.
 */
import { createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { test } from '@playwright/test';
import { projectAround, withCaseContent } from '../../unit/site/project.ts';
import { BASE_PATH } from '../../../playwright.config.ts';
import { buildProject } from '../../../scripts/bench/site.ts';

/** The content types a staff browser needs to tell pages and downloads apart. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.docx': 'application/octet-stream',
  '.xlsx': 'application/octet-stream',
};

/** Serves `dist` under the base path on a free port of 127.0.0.1; a path outside it is a 404. */
export function serveDist(dist: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(BASE_PATH) ? normalize(path.slice(BASE_PATH.length)) : '..';
    let file = join(dist, inside);
    if (inside.startsWith('..') || !existsSync(file)) return void response.writeHead(404).end();
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[/\.\w+$/.exec(file)?.[0] ?? ''] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The origin a started server answers on: `http://127.0.0.1:PORT`. */
export function originOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A throw-away project built and served: where it answers, and how to take it all down. */
export interface ServedProject {
  origin: string;
  /** Stops the server and removes the project. */
  close: () => void;
}

/** Builds `project` under the base path, as the browser tests see the site, and serves its dist/. */
export async function buildAndServe(project: string): Promise<ServedProject> {
  buildProject(project, BASE_PATH);
  const server = await serveDist(join(project, 'dist'));
  return {
    origin: originOf(server),
    close: () => {
      server.close();
      rmSync(project, { recursive: true, force: true });
    },
  };
}

/**
 * For a spec file: builds the good fixture with the petition cases laid over it (serially, once,
 * before its tests) and serves it; `origin()` is where it answers once built, `dist()` its files.
 */
export function caseFixtureSite(): { origin: () => string; dist: () => string } {
  let served: ServedProject | undefined;
  let project = '';
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    project = withCaseContent(projectAround(join(import.meta.dirname, '../../fixtures/good-content/content')));
    served = await buildAndServe(project);
  });
  test.afterAll(() => served?.close());
  return { origin: () => served!.origin, dist: () => join(project, 'dist') };
}
