/**
 * Recent changes (最近更新) as staff read them: per day, per publication (with the editor's
 * 更新说明 when one was given), each entry added, removed or changed, and for a change one line
 * per field in the district's words ("完成时限：5月19日前 → 5月20日前", "责任分工 › 牵头单位 增加
 * 区水利局"): each field named as its schema describes it, ids shown as names.
 * The home, unit and changes pages, the per-unit list and the feeds all read these.
 */
import { t, type StringKey } from '../../i18n/t.ts';
import type { EntryChange, FieldChange, Step, Value } from '../../lib/changes.ts';
import { wordDiff, type DiffPart } from '../../lib/wordDiff.ts';
import { fieldInfo } from '../../schemas/fieldLabels.ts';
import { routes } from '../../lib/paths.ts';
import { proseDate } from '../build.ts';
import { entryOf } from '../content.ts';
import type { DepartmentEntry } from '../entries.ts';
import { changedEntry } from '../siteHistory.ts';
import type { Site } from '../site.ts';
import { KIND_LABELS, monthDay } from './deadline.ts';

/** Changes listed on the changes page (the feed has the latest hundred). */
export const CHANGES_PAGE_LIMIT = 400;
/** Entries listed per publication: one that adds a whole collection is summarised, not listed. */
export const ENTRIES_PER_COMMIT = 20;
/** Changes a unit page lists; the rest are on the unit's own list of changes. */
export const UNIT_CHANGES = 3;
/** A reworded text longer than this (both sides together) reads "…改为：new", its new words marked, not "old → new". */
const DIFF_OVER = 40;

/** One line of a change: the whole sentence, and for a long text reworded, its new words marked. */
export interface ChangeLine {
  /** "完成时限：5月19日前 → 5月20日前", "销号要求改为：…": what feeds carry, and what a page shows without a diff. */
  text: string;
  /** For a long text: the words before it ("销号要求改为：") and the new text, kept and inserted runs. */
  diff?: { lead: string; parts: readonly DiffPart[] };
}

/** One entry changed, as a list shows it. */
export interface ChangeView {
  /** "新增任务", "修改核查清单", "删除单位". */
  action: string;
  title: string;
  /** Its page, while the entry exists. */
  path: string | undefined;
  /** The first five units it concerns, by short name, linked while they exist. */
  units: readonly { name: string; path: string | undefined }[];
  /** More units than `units` holds. */
  moreUnits: boolean;
  lines: readonly ChangeLine[];
}

/** The changes one publication (one commit) made. */
export interface Publication {
  /** The editor's 更新说明, when given. */
  note: string | undefined;
  changes: readonly ChangeView[];
  /** Entries of the publication beyond those listed. */
  more: number;
}

/** The changes published on one day. */
export interface ChangeDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** 2022年5月19日. */
  label: string;
  publications: readonly Publication[];
}

const NOUNS: Record<EntryChange['entry']['collection'], StringKey> = {
  tasks: 'changes.kind.tasks',
  departments: 'changes.kind.departments',
  checklists: 'changes.kind.checklists',
  directives: 'changes.kind.directives',
  meetings: 'changes.kind.meetings',
  milestones: 'changes.kind.milestones',
};

const ACTIONS: Record<EntryChange['status'], StringKey> = { added: 'changes.added', modified: 'changes.modified', deleted: 'changes.deleted' };

/** What a body is to staff, per collection: a task's 说明, a directive's 正文, a meeting's 讲话记录. */
const BODIES: Record<EntryChange['entry']['collection'], StringKey> = {
  tasks: 'changes.body.tasks',
  directives: 'changes.body.directives',
  meetings: 'changes.body.meetings',
  departments: 'changes.other',
  checklists: 'changes.other',
  milestones: 'changes.other',
};

/** A deadline as staff read it: its date in prose (and a later adjustment), its milestone, or its kind. */
function deadlineWords(site: Site, value: Extract<Value, { kind: 'deadline' }>): string {
  const { deadline } = value;
  switch (deadline.kind) {
    case 'date': {
      // A year the speech does not give is not shown, as on the pages: 5月19日（年份待确认）.
      const date = deadline.yearInferred ? `${monthDay(deadline.date)}（${t('deadline.yearPending')}）` : proseDate(deadline.date);
      const { adjusted } = deadline;
      return adjusted === undefined ? date : `${date}（${t('deadline.adjusted', { from: proseDate(adjusted.from), decidedOn: proseDate(adjusted.decidedOn), reason: adjusted.reason })}）`;
    }
    case 'milestone': {
      const name = value.milestone ?? site.content.milestoneById.get(deadline.milestone)?.data.name ?? t('changes.gone');
      const days = Math.abs(deadline.offsetDays);
      return deadline.offsetDays === 0 ? name : t(deadline.offsetDays < 0 ? 'changes.daysBefore' : 'changes.daysAfter', { milestone: name, days });
    }
    default:
      return t(KIND_LABELS[deadline.kind]);
  }
}

/**
 * A value in words: a reference by the name it had then (or has now; a deleted entry by its last
 * known name), a date in prose, a deadline as pages show it, nothing as "（无）".
 */
function named(site: Site, value: Value): string {
  const { content } = site;
  switch (value.kind) {
    case 'none':
      return t('changes.empty');
    case 'text':
      return value.text;
    case 'flag':
      return t(value.on ? 'changes.yes' : 'changes.no');
    case 'date':
      return `${proseDate(value.date)}${value.inferred ? `（${t('deadline.datePending')}）` : ''}`;
    case 'deadline':
      return deadlineWords(site, value);
    case 'ref':
      return value.name ?? changedEntry(content, value)?.title ?? t('changes.gone');
    case 'requirement':
      return value.name ?? content.directiveById.get(value.directive)?.data.requirements.find((requirement) => requirement.id === value.id)?.title ?? t('changes.gone');
    case 'agenda':
      return t('changes.agendaItem', { item: value.item, presenter: value.presenter });
    case 'restoration':
      return t('changes.restoration', { copy: value.copy, standard: value.standard });
    case 'paragraph':
      return t('meeting.paragraphNumber', { number: value.id.slice(1) });
  }
}

/**
 * Where a change is, in the district's words: each field by the name its schema's description
 * gives it, joined by " › " ("责任分工 › 区乙局 › 具体落实人员", "条目 › “建立目录” › 负责单位");
 * a row by its number, an item by its words or unit, a role's units as "牵头单位".
 */
export function pathLabel(site: Site, change: EntryChange, path: readonly Step[]): string {
  const keys: string[] = [];
  return path
    .map((step) => {
      if (typeof step === 'string') {
        keys.push(step);
        return fieldInfo(change.entry.collection, keys)?.label ?? t('changes.other');
      }
      if ('row' in step) return t('changes.row', { number: step.row });
      if ('role' in step) return t('changes.roleUnits', { role: step.role });
      return step.item.kind === 'text' ? t('changes.quoted', { text: step.item.text }) : named(site, step.item);
    })
    .join(t('changes.pathSeparator'));
}

/** One field change as a line. */
export function changeLine(site: Site, change: EntryChange, field: FieldChange): ChangeLine {
  if (field.kind === 'body') return { text: t('changes.edited', { field: t(BODIES[change.entry.collection]) }) };
  const name = pathLabel(site, change, field.path);
  switch (field.kind) {
    case 'edited':
      return { text: t('changes.edited', { field: name }) };
    case 'set': {
      const list = (values: readonly Value[]) => values.map((value) => named(site, value)).join('、');
      const parts = [
        ...(field.added.length > 0 ? [t('changes.setAdded', { values: list(field.added) })] : []),
        ...(field.removed.length > 0 ? [t('changes.setRemoved', { values: list(field.removed) })] : []),
      ];
      return { text: `${name} ${parts.join('；')}` };
    }
    case 'value': {
      const [before, after] = [named(site, field.before), named(site, field.after)];
      const long = field.before.kind === 'text' && field.after.kind === 'text' && before.length + after.length > DIFF_OVER;
      if (!long) return { text: `${t('changes.fieldLead', { field: name })}${t('changes.valueChanged', { before, after })}` };
      // A long text says what it reads now, its new words marked: what was struck out (a note
      // moved to the editors, a sentence withdrawn) is not printed again. Rewritten for the most
      // part, it is simply the new text.
      const lead = t('changes.rewordedLead', { field: name });
      const parts = wordDiff(before, after).filter((part) => part.kind !== 'removed');
      return { text: `${lead}${after}`, diff: { lead, parts: parts.some((part) => part.kind === 'same') ? parts : [{ kind: 'same', text: after }] } };
    }
  }
}

/** One entry change as a list shows it. */
export function changeView(site: Site, change: EntryChange): ChangeView {
  const now = changedEntry(site.content, change.entry);
  return {
    action: t(ACTIONS[change.status], { kind: t(NOUNS[change.entry.collection]) }),
    title: now?.title ?? change.title,
    path: now?.path,
    units: change.units.slice(0, 5).map((id) => {
      const unit = site.content.departmentById.get(id);
      return unit === undefined ? { name: change.unitNames[id] ?? t('changes.gone'), path: undefined } : { name: unit.data.short ?? unit.data.name, path: routes.unit(id) };
    }),
    moreUnits: change.units.length > 5,
    lines: change.fields.map((field) => changeLine(site, change, field)),
  };
}

/** Changes (newest first) by day, then by publication, as every list of changes shows them. */
export function changeDays(site: Site, changes: readonly EntryChange[]): ChangeDay[] {
  return [...Map.groupBy(changes, (change) => change.commit.date)].map(([date, onDay]) => ({
    date,
    label: proseDate(date),
    publications: [...Map.groupBy(onDay, (change) => change.commit.hash).values()].map((group) => ({
      note: group[0]!.commit.note,
      changes: group.slice(0, ENTRIES_PER_COMMIT).map((change) => changeView(site, change)),
      more: Math.max(0, group.length - ENTRIES_PER_COMMIT),
    })),
  }));
}

/** A change as a feed entry: its title ("修改任务：报送台账"), page, and the lines with the 更新说明. */
export function feedEntry(site: Site, change: EntryChange): { title: string; path: string | undefined; summary: string } {
  const view = changeView(site, change);
  const note = change.commit.note === undefined ? [] : [t('changes.note', { note: change.commit.note })];
  return {
    title: t('changes.feedTitle', { action: view.action, title: view.title }),
    path: view.path,
    summary: [...(view.lines.length > 0 ? view.lines.map((line) => line.text) : [view.action]), ...note].join('\n'),
  };
}

/** What the changes page shows. */
export interface ChangesPage {
  changes: readonly EntryChange[];
  /** Single units (not groups) by how many of the changes concern them, most first. */
  units: readonly { id: string; count: number }[];
}

/** The changes page's view. */
export function changesPage(site: Site): ChangesPage {
  const { content, history } = site;
  const byUnit = new Map<string, number>();
  for (const change of history.changes) for (const unit of change.units) byUnit.set(unit, (byUnit.get(unit) ?? 0) + 1);
  return {
    changes: history.changes.slice(0, CHANGES_PAGE_LIMIT),
    units: [...byUnit]
      .filter(([id]) => { const unit = content.departmentById.get(id); return unit !== undefined && unit.data.members === undefined; })
      .sort((a, b) => b[1] - a[1])
      .map(([id, count]) => ({ id, count })),
  };
}

/** A unit's recent changes: the few its page lists, and how many there are in all. */
export function unitChanges(site: Site, id: string): { changes: readonly EntryChange[]; total: number } {
  const all = site.history.changesByUnit.get(id) ?? [];
  return { changes: all.slice(0, UNIT_CHANGES), total: all.length };
}

/** The units with a list of their own changes: those (still in the content) with more than their page shows. */
export function unitChangePaths(site: Site): { params: { id: string } }[] {
  return [...site.history.changesByUnit]
    .filter(([id, changes]) => site.content.departmentById.has(id) && changes.length > UNIT_CHANGES)
    .map(([id]) => ({ params: { id } }));
}

/** A unit's own list of changes. */
export function unitChangesPage(site: Site, id: string): { unit: DepartmentEntry; changes: readonly EntryChange[] } {
  return { unit: entryOf(site.content.departmentById, id, 'unitChangesPage'), changes: (site.history.changesByUnit.get(id) ?? []).slice(0, CHANGES_PAGE_LIMIT) };
}
