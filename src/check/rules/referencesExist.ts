/**
 * Every reference names an entry that exists: a source's meeting, a group's members, a
 * directive's commanding unit, a task's directive, units, location, milestone and checklist, a
 * checklist's units, and a task's requirement within its directive. A reference to an entry
 * that exists but failed its own schema is not reported again here.
 */
import { COLLECTION_LABELS, COLLECTIONS, type CollectionName } from '../../schemas/common.ts';
import { suggestion } from '../../schemas/suggest.ts';
import type { Checked } from '../context.ts';
import type { Rule } from '../rule.ts';

/** References to missing entries, with the closest id that does exist. */
export const referencesExist: Rule = (site, report) => {
  const sortedIds = new Map(COLLECTIONS.map((collection) => [collection, [...site.existing[collection]].sort()]));
  const resolve = (entry: Checked<unknown>, field: string, collection: CollectionName, id: string | undefined): void => {
    if (id === undefined || site.existing[collection].has(id)) return;
    report(entry, field, `${COLLECTION_LABELS[collection]} "${id}" 不存在（${suggestion(id, sortedIds.get(collection)!)}）`);
  };
  const resolveSource = (entry: Checked<{ source?: { meeting: string } }>): void =>
    resolve(entry, 'source.meeting', 'meetings', entry.data.source?.meeting);

  for (const unit of site.departments) {
    resolveSource(unit);
    unit.data.members?.forEach((member, index) => resolve(unit, `members[${index}]`, 'departments', member));
  }
  site.milestones.forEach(resolveSource);
  for (const directive of site.directives) {
    resolve(directive, 'meeting', 'meetings', directive.data.meeting);
    resolveSource(directive);
    resolve(directive, 'command.unit', 'departments', directive.data.command?.unit);
  }

  const directives = new Map(site.directives.map((directive) => [directive.id, directive.data]));
  for (const task of site.tasks) {
    const { data } = task;
    resolveSource(task);
    resolve(task, 'directive', 'directives', data.directive);
    data.responsibilities?.forEach((line, index) => resolve(task, `responsibilities[${index}].unit`, 'departments', line.unit));
    if (data.deadline?.kind === 'milestone') resolve(task, 'deadline.milestone', 'milestones', data.deadline.milestone);
    resolve(task, 'location', 'departments', data.location);
    resolve(task, 'checklist', 'checklists', data.checklist);

    // The requirement is looked up in the directive only when that directive's requirements parsed.
    const requirements = data.directive === undefined ? undefined : directives.get(data.directive)?.requirements?.map((requirement) => requirement.id);
    if (data.requirement !== undefined && requirements !== undefined && !requirements.includes(data.requirement)) {
      const hint = requirements.length === 0 ? `该要求下没有分项，请删除 requirement` : suggestion(data.requirement, requirements);
      report(task, 'requirement', `要求 "${data.directive}" 中没有分项 "${data.requirement}"（${hint}）`);
    }
  }

  for (const checklist of site.checklists) {
    resolveSource(checklist);
    checklist.data.appliesTo?.forEach((unit, index) => resolve(checklist, `appliesTo[${index}]`, 'departments', unit));
    checklist.data.items?.forEach((item, index) => resolve(checklist, `items[${index}].unit`, 'departments', item.unit));
  }
};
