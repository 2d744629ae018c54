/**
 * An issued 督查通报 never changes: its body counts the reports and sign-offs dated on or before
 * its date, so none of those may be added, changed or removed after it was issued (../issued.ts
 * says what differs from the git base). The fix is a date after the latest bulletin — the next
 * one counts it — or, when an issued bulletin itself was wrong, a new issue that corrects it.
 */
import { addDays } from '../../lib/dates.ts';
import type { IssuedChange } from '../issued.ts';
import { fileEntry, type Rule } from '../rule.ts';

/** What was done, in the editor's words, and how to put it right. */
const DONE: Readonly<Record<IssuedChange['kind'], { did: string; fix: (next: string, what: string) => string }>> = {
  added: { did: '补入', fix: (next, what) => `请把日期改为 ${next} 或以后，作为新的${what}` },
  changed: { did: '改动', fix: (next, what) => `请恢复原样，把改动作为 ${next} 或以后的新${what}` },
  removed: { did: '删除', fix: () => '请恢复删去的内容' },
};

/** Reports and decisions within an issued bulletin's date that differ from when it was issued. */
export const issuedBulletinsKept: Rule = (site, report) => {
  const { bulletins, changes } = site.issued;
  // The latest bulletin counts every report and decision dated on or before its date.
  const latest = bulletins.at(-1);
  if (latest === undefined) return;
  const next = addDays(latest.date, 1);
  for (const change of changes) {
    const what = change.collection === 'reports' ? '报送' : '销号决定';
    const whose = change.collection === 'signoffs' && change.kind === 'removed' ? `单位 ${change.unit} ${change.date} 的` : '';
    const { did, fix } = DONE[change.kind];
    report(
      { ...fileEntry(change.file), at: change.at },
      '',
      `${whose}${what}日期 ${change.date} 不晚于已印发的第${latest.id}期督查通报（${latest.date}），印发后${did}会改变该期通报的内容（${fix(next, what)}；确需更正已印发的通报，请另发一期通报说明）`,
    );
  }
};
