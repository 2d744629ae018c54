/**
 * The shape of a cross-entry rule (src/check/rules/), how rules are run, and the little they
 * share: how a quote is shortened in a message, and how a repeated value is found in a list.
 */
import type { Problem } from '../lib/problems.ts';
import { reportingUnits } from '../lib/progress.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/common.ts';
import type { CheckSite, Checked } from './context.ts';
import { internalError } from './internalError.ts';

/**
 * Records a problem in `entry` at `field` (a path inside the entry, `members[1]`; empty for the
 * entry as a whole). `message` says what is wrong and, in brackets, how to fix it.
 */
export type Report = (entry: Checked<unknown>, field: string, message: string) => void;

/** A rule: looks at the content and reports what breaks it. Never stops early. */
export type Rule = (site: CheckSite, report: Report) => void;

/** A quote shortened for a message: “前二十个字…”. */
export function excerpt(text: string): string {
  const chars = [...text];
  return `“${chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : text}”`;
}

/** Indexes of values that already appeared earlier in the list: the lines to delete. */
export function repeatedIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeats.push(index);
    seen.add(value);
  });
  return repeats;
}

/**
 * A file that is no entry, to report on: a checklist file that no longer exists, the record of
 * what was published.
 */
export function fileEntry(file: string): Checked<unknown> {
  return { id: '', file, at: '', data: undefined, failed: new Set() };
}

/**
 * The site with every entry's `data` behind a getter that remembers the entry last looked at: if
 * a rule throws, that is the entry it was checking, and the problem names its file. The entries
 * are copies, so rules tell entries apart by id and file, never by identity.
 */
function watched(site: CheckSite, seen: { entry: Checked<unknown> | undefined }): CheckSite {
  const watch = <T>(entries: readonly Checked<T>[]): Checked<T>[] =>
    entries.map((entry) => ({
      ...entry,
      get data() {
        seen.entry = entry;
        return entry.data;
      },
    }));
  const copy: CheckSite = { ...site };
  for (const name of COLLECTIONS) (copy as unknown as Record<CollectionName, unknown>)[name] = watch<unknown>(site[name]);
  return copy;
}

/**
 * Runs `rules` (by name) over `site` and returns what they report, in no particular order. Field
 * paths get the entry's prefix (`[2].id` in milestones.yaml); an empty field stays empty. A rule
 * that throws is reported as one line on the file it was checking (else on content/), naming the
 * rule; what it reported before, and every other rule, still count.
 */
export function runRules(site: CheckSite, rules: Readonly<Record<string, Rule>>): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (entry, field, message) => {
    problems.push({ file: entry.file, field: `${entry.at}${field}`.replace(/\.$/, ''), message });
  };
  const seen: { entry: Checked<unknown> | undefined } = { entry: undefined };
  // Read through a function: the rule sets it, which flow analysis cannot see.
  const lastSeen = (): Checked<unknown> | undefined => seen.entry;
  const view = watched(site, seen);
  for (const [name, rule] of Object.entries(rules)) {
    seen.entry = undefined;
    try {
      rule(view, report);
    } catch (error) {
      problems.push({ file: lastSeen()?.file ?? 'content', field: '', message: internalError(error, name) });
    }
  }
  return problems;
}

/**
 * Whether `unit` reports on `task` (and so may be reported on, and signed off): undefined when
 * it does, else why not, in a sentence for a message. Undefined too when the task's units did not
 * parse: that task is reported already.
 */
export function reportingProblem(site: CheckSite, task: string, unit: string): string | undefined {
  const reached = site.reach.get(task);
  if (reached === undefined) return undefined;
  const names = new Map(site.departments.map((entry) => [entry.id, entry.data.name ?? entry.id]));
  const role = reached.get(unit);
  const reporting = reportingUnits(reached, (id) => site.members.has(id));
  if (role !== undefined && reporting.has(unit)) return undefined;
  const name = names.get(unit) ?? unit;
  if (site.members.has(unit)) return `“${name}”是单位组，不报送也不销号：由其成员单位各自报送`;
  if (role !== undefined) return `“${name}”在任务 "${task}" 中为${role}单位，只有牵头、配合单位报送进展、办理销号`;
  const list = [...reporting.keys()].map((id) => names.get(id) ?? id);
  return `任务 "${task}" 不由“${name}”承担（${list.length === 0 ? '该任务没有报送单位' : `承担单位：${list.join('、')}`}；请核对任务 id 或单位）`;
}
