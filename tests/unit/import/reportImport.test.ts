/**
 * Files a unit sends, read as reports (src/import/reportImport.ts): the corpus of bad files —
 * sheets a unit filled in wrongly, sheets that lost what identifies them, CSVs, checklist exports,
 * and files that are no sheet at all — each rejected with its row, its column and the fix, in the
 * exact lines `npm run import` prints (./corpus.ts). All of them are read in one test, so that one
 * run shows every message that changed.
 */
import { describe, expect, it } from 'vitest';
import { dateInName } from '~/import/reportImport';
import { CORPUS, EXPECTED, readCorpus } from './corpus';

describe('the corpus of bad files', () => {
  it('has at least twenty files', () => {
    expect(Object.keys(CORPUS).length).toBeGreaterThanOrEqual(20);
  });

  it('rejects each with its row, its column and the fix', async () => {
    expect(await readCorpus()).toEqual(EXPECTED);
  });
});

describe('dates in file names', () => {
  it('are the site’s download names’ last date', () => {
    expect(dateInName('台账资料-区甲局-2022-05-20.csv')).toBe('2022-05-20');
    expect(dateInName('区甲局-任务分解表-2022-05-16(1).xlsx')).toBe('2022-05-16');
    expect(dateInName('台账.csv')).toBeUndefined();
  });
});
