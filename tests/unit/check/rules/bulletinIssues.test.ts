import { describe, expect, it } from 'vitest';
import { bulletinIssues } from '~/check/rules/bulletinIssues';
import { bulletin, problems } from '../inlineSite';

describe('bulletinIssues', () => {
  it('accepts 期号 as file names, issued in their order (two on one day too)', () => {
    expect(problems(bulletinIssues, { bulletins: { 1: bulletin(), 2: bulletin(), 10: bulletin({ date: '2022-06-03', rectifyBy: '2022-06-10' }) } })).toEqual([]);
  });

  it('refuses a name that is not a 期号, and an issue dated before an earlier-numbered one (compared as numbers: 9 before 10)', () => {
    expect(problems(bulletinIssues, {
      bulletins: {
        '01': bulletin(),
        diyiqi: bulletin(),
        9: bulletin({ date: '2022-06-03', rectifyBy: '2022-06-10' }),
        10: bulletin({ date: '2022-05-20' }),
        11: bulletin({ date: '2022-06-04', rectifyBy: '2022-06-10' }),
      },
    })).toEqual([
      'content/bulletins/01.yaml: 文件名 "01" 不是期号：督查通报的文件名应为期号数字，如 1.yaml、2.yaml（请改名）',
      'content/bulletins/10.yaml: date: 第10期的印发日期 2022-05-20 早于第9期的 2022-06-03（期号应按印发先后编排：请核对日期或期号）',
      'content/bulletins/diyiqi.yaml: 文件名 "diyiqi" 不是期号：督查通报的文件名应为期号数字，如 1.yaml、2.yaml（请改名）',
    ]);
  });
});
