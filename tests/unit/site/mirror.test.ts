/**
 * tests/unit/ mirrors the code it tests, so that a module's tests are found by its path: those of
 * src/lib/timeline.ts in tests/unit/lib/timeline.test.ts, those of scripts/new/scaffold.ts in
 * tests/unit/scripts/new/scaffold.test.ts. Two kinds of file stand outside the mirror:
 * - tests of the project as a whole, in tests/unit/site/: the real content, the editors' guide,
 *   rules over the whole source tree, the check and the build agreeing;
 * - helpers and fixtures, which are not `.test.ts` files (tests/unit/helpers/ when several folders
 *   share them, else beside the tests that use them).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const UNIT = join(ROOT, 'tests/unit');
/** The folder of tests/unit/ for tests of the project as a whole. */
const WHOLE_SITE = 'site';

/** `.test.ts` files under `dir`, as `/`-separated paths relative to it. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.test.ts'))
    .sort();
}

/** The module a test file (relative to tests/unit/) tests: under scripts/ for scripts/, else under src/. */
function mirroredModule(test: string): string {
  const module = test.replace(/\.test\.ts$/, '.ts');
  return module.startsWith('scripts/') ? module : `src/${module}`;
}

/** A line for each test file outside the whole-site folder whose module does not exist. */
function strayTests(tests: readonly string[], exists: (path: string) => boolean): string[] {
  return tests
    .filter((test) => !test.startsWith(`${WHOLE_SITE}/`))
    .filter((test) => !exists(mirroredModule(test)))
    .map((test) => `tests/unit/${test}: no module at ${mirroredModule(test)} (name the file after the module it tests, or move a test of the whole project to tests/unit/${WHOLE_SITE}/)`);
}

describe('tests/unit/', () => {
  it('holds no test file whose module is missing, outside site/', () => {
    expect(strayTests(testFiles(UNIT), (path) => existsSync(join(ROOT, path)))).toEqual([]);
  });

  it('names what drifted: a flat file, a renamed module, a script', () => {
    const modules = new Set(['src/lib/timeline.ts', 'src/check/rules/idsUnique.ts', 'scripts/new/scaffold.ts']);
    const tests = ['lib/timeline.test.ts', 'check/rules/idsUnique.test.ts', 'scripts/new/scaffold.test.ts', 'site/content.test.ts', 'reading.test.ts', 'lib/timelines.test.ts', 'scripts/scaffold.test.ts'];
    expect(strayTests(tests, (path) => modules.has(path))).toEqual([
      'tests/unit/reading.test.ts: no module at src/reading.ts (name the file after the module it tests, or move a test of the whole project to tests/unit/site/)',
      'tests/unit/lib/timelines.test.ts: no module at src/lib/timelines.ts (name the file after the module it tests, or move a test of the whole project to tests/unit/site/)',
      'tests/unit/scripts/scaffold.test.ts: no module at scripts/scaffold.ts (name the file after the module it tests, or move a test of the whole project to tests/unit/site/)',
    ]);
  });

  it('tests every module of src/lib/, where the rules of the site are', () => {
    const lib = readdirSync(join(ROOT, 'src/lib'), { recursive: true, encoding: 'utf8' })
      .map((file) => file.split(sep).join('/'))
      .filter((file) => file.endsWith('.ts'));
    const untested = lib.filter((file) => !existsSync(join(UNIT, 'lib', file.replace(/\.ts$/, '.test.ts')))).map((file) => `src/lib/${file}`);
    expect(untested).toEqual([]);
  });
});
