/** The site's git history: shallow clones and folders without a repository (src/data/history.ts). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTemporaryDirs, repository, temporaryDir } from '../helpers/gitRepository';

afterAll(removeTemporaryDirs);

describe('shallow clones and missing history', () => {
  it('drops the boundary commit of a shallow clone', () => {
    const { root, commit } = repository();
    mkdirSync(join(root, 'content/tasks'), { recursive: true });
    writeFileSync(join(root, 'content/tasks/a.mdx'), 'v1\n');
    writeFileSync(join(root, 'content/tasks/b.mdx'), 'v1\n');
    commit('一', '2022-05-10');
    writeFileSync(join(root, 'content/tasks/a.mdx'), 'v2\n');
    commit('二', '2022-05-11');
    const clone = temporaryDir('duban-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    const script = `import { readHistory } from '${join(import.meta.dirname, '../../../src/data/history.ts')}';\nconst h = readHistory(${JSON.stringify(clone)});\nconsole.log(JSON.stringify({ available: h.available, files: [...h.last.keys()], recent: h.recent.length }));`;
    // Run in a fresh process: readHistory caches per process.
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ available: true, files: [], recent: 0 });
  });

  it('has no history, and no error, outside a repository', () => {
    const plain = temporaryDir('duban-nogit-');
    const script = `import { readHistory } from '${join(import.meta.dirname, '../../../src/data/history.ts')}';\nconst h = readHistory(${JSON.stringify(plain)});\nconsole.log(JSON.stringify({ available: h.available, files: h.last.size, recent: h.recent.length }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(JSON.parse(out)).toEqual({ available: false, files: 0, recent: 0 });
  });
});
