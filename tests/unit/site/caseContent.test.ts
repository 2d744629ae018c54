/**
 * The petition-case fixture on disk (tests/fixtures/case-content, used by the browser tests) is
 * the one the unit tests index (tests/unit/data/cases.ts): it passes the check, warns of exactly
 * the personal data it holds, and indexes to the same cases.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { indexCases } from '~/data/cases';
import { indexContent } from '~/data/content';
import { indexChecked } from '~/data/site';
import { caseEntries } from '../data/cases.ts';
import { projectAround, withCaseContent } from './project.ts';

const project = withCaseContent(projectAround(join(import.meta.dirname, '../../fixtures/good-content/content')));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the case fixture on disk', () => {
  const result = checkContent(project, { base: null, today: '2022-10-31' });
  it('passes the check, with a warning for each text holding personal data', () => {
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((warning) => `${warning.file}: ${warning.field}`)).toEqual(['content/cases/1.yaml: cases[0].summary', 'content/cases/2.yaml: cases[1].summary']);
  });
  it('indexes to the cases of the inline fixture', () => {
    const strip = (cases: ReturnType<typeof indexCases>) => cases.all.map(({ file: _file, ...record }) => record);
    expect(strip(indexChecked(result.content).cases)).toEqual(strip(indexCases(indexContent(caseEntries()))));
  });
});
