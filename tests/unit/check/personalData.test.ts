import { describe, expect, it } from 'vitest';
import type { Checked } from '~/check/context';
import { personalDataWarnings } from '~/check/personalData';
import { formatProblem } from '~/lib/problems';
import { caseEntries } from '../data/cases.ts';

const checked = <T>(entries: readonly { id: string; data: T; filePath?: string | undefined }[], collection: string): Checked<T>[] =>
  entries.map((entry) => ({ id: entry.id, file: entry.filePath ?? `content/${collection}/${entry.id}.yaml`, at: '', data: entry.data, failed: new Set() }));

describe('personalDataWarnings', () => {
  const entries = caseEntries();
  it('names each field holding personal data nobody marked, without repeating it whole', () => {
    expect(personalDataWarnings({ cases: checked(entries.cases, 'cases'), casework: checked(entries.casework, 'casework') }).map(formatProblem)).toEqual([
      'content/cases/1.yaml: cases[0].summary: 含有个人信息（手机号码 138…78、身份证号码 320…34）：公开的页面和下载中已自动遮盖；如不应留存，请从内容中删去',
      'content/cases/2.yaml: cases[1].summary: 含有个人信息（电子邮箱 li@…om、固定电话 025…10）：公开的页面和下载中已自动遮盖；如不应留存，请从内容中删去',
    ]);
  });
});
