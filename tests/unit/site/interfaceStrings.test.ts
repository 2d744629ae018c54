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

/**
 * The staff vocabulary (GLOSSARY in the design notes): one word for a thing wherever the interface
 * names it, and no English — only file formats, which staff meet by those names, are written in
 * Latin letters. No calendar or office program is named: staff use several.
 */
describe('the staff vocabulary', () => {
  /** Latin words an interface string may hold: file formats, paper size, the browser setting search needs. */
  const LATIN = new Set(['Atom', 'Excel', 'xlsx', 'Word', 'docx', 'CSV', 'JSON', 'iCalendar', 'A4', 'JavaScript']);

  it('calls a checklist 核查清单 wherever the kind is named', () => {
    const kind = strings['site.nav.checklists'];
    expect(kind).toBe('核查清单');
    expect([strings['search.type.checklist'], strings['changes.kind.checklists'], strings['checklist.csvColumns'].split(',')[0]]).toEqual([kind, kind, kind]);
  });

  it('writes no English and names no program, only file formats', () => {
    const words = Object.entries(strings).flatMap(([key, text]) =>
      [...text.replace(/\{\w+\}/g, '').matchAll(/[A-Za-z][\w.+-]*/g)].map((match) => match[0]).filter((word) => !LATIN.has(word)).map((word) => `${key}: ${word}`),
    );
    expect(words).toEqual([]);
  });
});
