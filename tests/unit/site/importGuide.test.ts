/**
 * The editors' guide on receiving a unit's report (CONTRIBUTING.md, 2.9 接收单位报送) cannot drift
 * from the importer: every message it quotes is one `npm run import` prints for the corpus of bad
 * files (tests/unit/import/corpus.ts), compared by kind — the file, row, column, units, quoted
 * words, ids and numbers set aside, and a `…` in the guide standing for any text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CASE_EXPECTED } from '../import/caseCorpus';
import { EXPECTED } from '../import/corpus';

/** The kind of a line: what stays the same from one file, unit or task to the next. */
function kind(line: string): string {
  return line
    .replace(/^\S+?\.(?:xlsx|csv)(?: 第\d+行)?(?: [^：\s]+)?：/, '')
    .replace(/“[^”]*”/g, '“_”')
    .replace(/"[^"]*"/g, '"_"')
    .replace(/区.{1,3}?局|丙镇/g, '_')
    .replace(/[A-Za-z0-9][\w\-.]*/g, '_');
}

/** The messages the guide quotes: the code spans of its table of messages, and its example line. */
function quoted(): string[] {
  const guide = readFileSync(join(import.meta.dirname, '../../../CONTRIBUTING.md'), 'utf8');
  const start = guide.indexOf('\n### 2.9 ');
  const section = guide.slice(start, guide.indexOf('\n## ', start));
  const table = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((row) => [...row.split(' | ')[0]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
  const examples = [...section.matchAll(/^\s*(\S+\.xlsx 第\d+行 .*)$/gm)].map((match) => match[1]!);
  return [...table, ...examples];
}

// 2.10 (交办信访件) quotes the case importer's corpus, which the section's slice takes in.
const printed = [...Object.values(EXPECTED), ...Object.values(CASE_EXPECTED)].flat().map(kind);

it('quotes messages', () => {
  expect(quoted().length).toBeGreaterThan(8);
});

it('quotes only messages the importer prints', () => {
  const unknown = quoted().filter((line) => {
    const parts = kind(line).split('…').map((part) => part.trim()).filter((part) => part !== '');
    return !printed.some((message) => {
      let at = 0;
      for (const part of parts) {
        at = message.indexOf(part, at);
        if (at < 0) return false;
        at += part.length;
      }
      return true;
    });
  });
  expect(unknown).toEqual([]);
});
