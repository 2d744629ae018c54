/**
 * One sentence of a meeting is one task: two tasks quoting the same words are one task entered
 * twice, or one that should be split by quoting different parts.
 */
import type { Task } from '../../schemas/task.ts';
import type { Checked } from '../context.ts';
import type { Rule } from '../rule.ts';

/** Tasks whose quote an earlier task (in content order) already uses. */
export const quotesDistinct: Rule = (site, report) => {
  const first = new Map<string, Checked<Partial<Task>>>();
  for (const task of site.tasks) {
    const { source } = task.data;
    if (source === undefined) continue;
    const key = `${source.meeting}#${source.quote}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, task);
    else report(task, 'source.quote', `与 ${earlier.file} 的引文相同（同一句话只对应一个任务；如需拆分，各自引用不同的部分）`);
  }
};
