/**
 * When the office moves a task's date (`deadline.adjusted`), nothing else on the task's page still
 * names the old day: its title, `who`, acceptance, body, and the items of its checklist, which
 * staff tick on the same page. The speech's own words keep the old day — `deadline.text`, every
 * `quote`, and whatever the prose quotes in “…” or in a `>` line — and the page shows the change
 * beside the deadline.
 *
 * An error, not a warning: a warning in a passing check goes unread on a pull request, and a
 * checklist that says 5月19日前 under a deadline of 5月20日 is exactly what staff would act on.
 * Nothing legitimate is refused: the old day can always be quoted as the speech's words.
 */
import { dayWords, daysNamed, namesDay, quotedSpans } from '../../lib/dateWords.ts';
import type { Checked } from '../context.ts';
import type { Rule } from '../rule.ts';

/** The unquoted places in `text` that name the day `iso`, as the words found. */
function staleWords(text: string, iso: string): string[] {
  const quoted = quotedSpans(text);
  return daysNamed(text)
    .filter((day) => namesDay(day, iso) && !quoted.some(([start, end]) => day.index >= start && day.index < end))
    .map((day) => day.text);
}

/** Tasks whose page still names the day their deadline was moved from. */
export const staleDateWords: Rule = (site, report) => {
  const checklists = new Map(site.checklists.map((checklist) => [checklist.id, checklist]));
  for (const task of site.tasks) {
    const { deadline } = task.data;
    if (deadline?.kind !== 'date' || deadline.adjusted === undefined) continue;
    const { from, decidedOn } = deadline.adjusted;
    const message = (words: string) =>
      `仍写着“${words}”，而任务 "${task.id}" 的时限已于 ${decidedOn} 调整为 ${deadline.date}（请改为${dayWords(deadline.date)}；照录讲话原话的，加引号写成“……”）`;
    const check = (entry: Checked<unknown>, field: string, text: string | undefined): void => {
      if (text !== undefined) for (const words of staleWords(text, from)) report(entry, field, message(words));
    };

    check(task, 'title', task.data.title);
    task.data.responsibilities?.forEach((line, index) => check(task, `responsibilities[${index}].who`, line.who));
    check(task, 'acceptance', task.data.acceptance);
    const body = site.bodies.get(task.file);
    body?.text.split('\n').forEach((line, index) => {
      if (!/^\s*>/.test(line)) check(task, `第 ${body.line + index} 行`, line);
    });

    const checklist = checklists.get(task.data.checklist ?? '');
    if (checklist === undefined) continue;
    check(checklist, 'description', checklist.data.description);
    checklist.data.items?.forEach((item, index) => check(checklist, `items[${index}].text`, item.text));
  }
};
