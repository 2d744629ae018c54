/**
 * Every interface string lives in src/i18n/zh-CN.json: no Chinese text in the markup or scripts
 * of components, layouts, pages and custom elements (content values such as status names
 * excepted), and no string in the table that nothing uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import strings from '~/i18n/zh-CN.json';
import { ROLES } from '~/schemas/responsibility';
import { TASK_STATUSES } from '~/schemas/task';

const src = join(import.meta.dirname, '../../../src');
const files = ['components', 'layouts', 'pages', 'data', 'client']
  .flatMap((dir) => readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(src, dir, file)))
  .filter((file) => /\.(astro|ts)$/.test(file));
const CJK = /[\u3400-\u9fff]/;
/** Names that are content values, used as lookup keys (a status's colour, a role's class). */
const VALUES = new Set<string>([...TASK_STATUSES, ...ROLES]);

/** Source without comments, so that a comment may speak Chinese. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

describe('interface strings', () => {
  it('are not written into components, layouts or pages', () => {
    const offenders = files.flatMap((file) =>
      code(readFileSync(file, 'utf8'))
        .split('\n')
        .map((line, index) => [line, index] as const)
        // Build errors speak to editors, like npm run check, not to readers.
        .filter(([line]) => !line.includes('new Error('))
        .filter(([line]) => CJK.test(line.replace(/[\u3400-\u9fff]+/g, (word) => (VALUES.has(word) ? '' : word))))
        .map(([line, index]) => `${file.slice(src.length)}:${index + 1}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('are all used somewhere', () => {
    // The importer (src/import/) reads back the headers the exports write: it uses strings too,
    // though its own messages, like the check's, speak to editors and are not in the table.
    const importer = readdirSync(join(src, 'import')).map((file) => join(src, 'import', file));
    const all = [...files, ...importer].map((file) => readFileSync(file, 'utf8')).join('\n');
    const unused = Object.keys(strings).filter((key) => !all.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
