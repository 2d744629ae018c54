/**
 * Bad batch sheets (./caseCorpus.ts), each refused with its row, its column and the fix, in the
 * exact lines `npm run import -- cases` prints; all read in one test, so that one run shows every
 * message that changed.
 */
import { describe, expect, it } from 'vitest';
import { CASE_CORPUS, CASE_EXPECTED, readCaseCorpus } from './caseCorpus';

describe('the corpus of bad batch sheets', () => {
  it('has at least twenty-five sheets', () => {
    expect(Object.keys(CASE_CORPUS).length).toBeGreaterThanOrEqual(25);
  });

  it('refuses each with its row, its column and the fix', async () => {
    const printed = await readCaseCorpus();
    expect(printed).toEqual(CASE_EXPECTED);
  });
});
