/**
 * The strings an element is given (src/client/strings.ts): written on the server by `strings()`,
 * read back in the browser from `data-strings`, the same words as `t()`, each under the name of
 * its key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRINGS, type ElementStrings } from '~/client/strings';
import { fill } from '~/i18n/fill';
import { strings, t } from '~/i18n/t';

const client = join(import.meta.dirname, '../../../src/client');
const sources = readdirSync(client).map((file) => ({ file, text: readFileSync(join(client, file), 'utf8') }));

describe('data-strings', () => {
  it('reads back, in order, what the server wrote, and fill() makes of them what t() makes', () => {
    const values = { days: 3, done: 2, total: 5, count: 1, name: '进驻', date: '2022-05-25', shown: 4, query: '台账' };
    for (const keys of Object.values(STRINGS)) {
      const read = JSON.parse(strings(keys)) as ElementStrings<typeof keys>;
      expect(read.map((template) => fill(template, values))).toEqual(keys.map((key) => t(key, values)));
    }
    const [overdue, today] = JSON.parse(strings(STRINGS.dueStates)) as ElementStrings<typeof STRINGS.dueStates>;
    expect([fill(overdue, { days: 6 }), today]).toEqual(['逾期 6 天', '今天到期']);
  });
});

describe('each element', () => {
  /** `const [a, b, ...rest] = JSON.parse(this.dataset['strings']!) as ElementStrings<typeof STRINGS.x>` in the element's module. */
  const READ = /const \[([^\]]*)\] = JSON\.parse\(this\.dataset\['strings'\]!\) as ElementStrings<typeof STRINGS\.(\w+)>/g;
  const reads = sources.filter(({ file }) => file !== 'strings.ts').flatMap(({ file, text }) =>
    [...text.matchAll(READ)].map((match) => ({ file, list: match[2] as keyof typeof STRINGS, names: match[1]!.split(',').map((name) => name.trim()) })),
  );

  it('reads one list of strings, and every list is read', () => {
    expect(reads.map(({ list }) => list).sort()).toEqual(Object.keys(STRINGS).sort());
  });

  it('names each string after the last part of its key, so a name cannot point at the wrong string', () => {
    for (const { file, list, names } of reads) {
      const lastParts = STRINGS[list].map((key) => key.split('.').at(-1));
      const named = names.filter((name) => !name.startsWith('...'));
      expect({ file, names: named }).toEqual({ file, names: lastParts.slice(0, named.length) });
      // A rest element takes what is left; without one, every string is named.
      if (named.length === names.length) expect(named).toHaveLength(lastParts.length);
    }
  });

  it('never imports the string table: the browser gets only the strings a page gives it', () => {
    const importing = [{ file: '../i18n/fill.ts', text: readFileSync(join(client, '../i18n/fill.ts'), 'utf8') }, ...sources]
      .filter(({ text }) => /^import (?!type )[^;]*from '(~\/i18n\/t|~\/i18n\/zh-CN\.json|\.\/zh-CN\.json)';$/m.test(text))
      .map(({ file }) => file);
    expect(importing).toEqual([]);
  });
});
