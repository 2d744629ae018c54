/**
 * A 督查通报's file name is its 期号 (`3.yaml` is 第3期), and 期号 follow the order of issue: the
 * pages sort and name bulletins by the number, and a later issue dated before an earlier one is a
 * typo in one of the two.
 */
import type { Bulletin } from '../../schemas/bulletin.ts';
import type { Checked } from '../context.ts';
import type { Rule } from '../rule.ts';

/** A 期号: a whole number from 1, without leading zeros (`01.yaml` and `1.yaml` would be one issue). */
const ISSUE_NUMBER = /^[1-9]\d*$/;

/** Names that are not a 期号; issues dated before an earlier-numbered one. */
export const bulletinIssues: Rule = (site, report) => {
  const numbered: Checked<Partial<Bulletin>>[] = [];
  for (const bulletin of site.bulletins) {
    if (ISSUE_NUMBER.test(bulletin.id)) numbered.push(bulletin);
    else report(bulletin, '', `文件名 "${bulletin.id}" 不是期号：督查通报的文件名应为期号数字，如 1.yaml、2.yaml（请改名）`);
  }
  numbered.sort((a, b) => Number(a.id) - Number(b.id));
  let latest: Checked<Partial<Bulletin>> | undefined;
  for (const bulletin of numbered) {
    const { date } = bulletin.data;
    if (date === undefined) continue;
    if (latest !== undefined && date < latest.data.date!) {
      report(bulletin, 'date', `第${bulletin.id}期的印发日期 ${date} 早于第${latest.id}期的 ${latest.data.date!}（期号应按印发先后编排：请核对日期或期号）`);
    } else {
      latest = bulletin;
    }
  }
};
