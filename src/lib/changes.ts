/**
 * What a commit changed, described from the content itself: which entries it added or removed,
 * and for an entry it changed, which fields and from what to what (the deadline's wording, the
 * units added to a role, a checklist item's text). Each entry is compared as parsed at the commit
 * and at its parent, so a file that only moved or was renamed (`.mdx` → `.md`) is no change, and
 * a commit that touched no field (a comment, the layout of the YAML, an editor's note) shows
 * nothing. Pure: src/data/history.ts reads the files, the views turn these into sentences.
 */
import type { CollectionName } from '../schemas/common.ts';
import type { Commit } from './gitLog.ts';

/**
 * The collections whose entries the change lists describe. Progress reports and 销号 decisions
 * are not among them: they are news of the work, not changes to what was assigned, and the
 * progress views show them.
 */
export type DescribedCollection = Exclude<CollectionName, 'reports' | 'signoffs'>;

/** The entry a content file holds. */
export interface EntryRef {
  collection: DescribedCollection;
  id: string;
}

/** `content/tasks/x.md` → tasks/x; `content/milestones.yaml` → the milestones (a list: each item is an entry). */
export function entryOfPath(path: string): EntryRef | undefined {
  const folder = /^content\/(meetings|directives|tasks|departments|checklists)\/([^/]+)\.(?:md|mdx|yaml)$/.exec(path);
  if (folder !== null) return { collection: folder[1] as DescribedCollection, id: folder[2]! };
  if (path === 'content/milestones.yaml') return { collection: 'milestones', id: '' };
  return undefined;
}

/** An entry as a file held it at one commit: parsed, not validated (the schema may have changed since). */
export interface Snapshot {
  entry: EntryRef;
  data: Readonly<Record<string, unknown>>;
  /** The Markdown body, for md/mdx files. */
  body: string | undefined;
}

type Rec = Readonly<Record<string, unknown>>;
const record = (value: unknown): Rec => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Rec) : {});
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

/**
 * The entries of one content file as parsed (`data`, and `body` for md/mdx): one entry for a file
 * of a folder collection, one per item (by its `id`) for the milestone list. None for a path that
 * holds no entry.
 */
export function snapshotsOf(path: string, parsed: { data: unknown; body?: string }): Snapshot[] {
  const entry = entryOfPath(path);
  if (entry === undefined) return [];
  if (entry.id !== '') return [{ entry, data: record(parsed.data), body: parsed.body }];
  return list(parsed.data).flatMap((item) => {
    const id = text(record(item)['id']);
    return id === undefined ? [] : [{ entry: { collection: entry.collection, id }, data: record(item), body: undefined }];
  });
}

/** A value as a change shows it; the view names references and writes dates. */
export type Value =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'ref'; collection: DescribedCollection; id: string }
  | { kind: 'date'; date: string; yearPending: boolean }
  /** A requirement of a directive (a task's `requirement`). */
  | { kind: 'requirement'; directive: string; id: string }
  /** An item of a meeting's agenda. */
  | { kind: 'agenda'; item: string; presenter: string }
  /** A wording restored from the scraped copy. */
  | { kind: 'restoration'; copy: string; standard: string }
  /** A paragraph of a transcript (`p3`). */
  | { kind: 'paragraph'; id: string };

/** The fields a change can name; the view has a label for each. */
export type Field =
  | 'title' | 'name' | 'short' | 'kind' | 'aliases' | 'members' | 'membersNote' | 'note' | 'status' | 'acceptance'
  | 'description' | 'summary' | 'host' | 'dateNote' | 'omission' | 'number' | 'directive' | 'requirement' | 'checklist'
  | 'meeting' | 'quote' | 'units' | 'who' | 'deadline' | 'deadlineDate' | 'date' | 'appliesTo' | 'items' | 'itemText'
  | 'itemUnit' | 'item' | 'requirements' | 'requirementTitle' | 'agenda' | 'restorations' | 'unreflected' | 'body' | 'other';

/** One change to a field: a value replaced, members added or removed, or content edited. */
export type FieldChange = { field: Field; of?: Value; role?: string } & (
  | { kind: 'value'; before: Value; after: Value }
  | { kind: 'set'; added: readonly Value[]; removed: readonly Value[] }
  | { kind: 'edited' }
);

/** One entry changed by one commit. */
export interface EntryChange {
  commit: Commit;
  entry: EntryRef;
  status: 'added' | 'modified' | 'deleted';
  /** The entry's title or name as the file gave it (after the change; before it, for a removal). */
  title: string;
  /** For a modified entry, what changed; empty for an addition or a removal. */
  fields: readonly FieldChange[];
  /** The units this change concerns. */
  units: readonly string[];
}

/** A commit with every entry of the files it changed, as they were before it and after it. */
export interface CommitEntries extends Commit {
  before: readonly Snapshot[];
  after: readonly Snapshot[];
}

const NONE: Value = { kind: 'none' };

/** A text value, or none for an empty one. */
const textValue = (value: unknown): Value => {
  const found = text(value);
  return found === undefined || found.trim() === '' ? NONE : { kind: 'text', text: found };
};
const refValue = (collection: DescribedCollection) => (value: unknown): Value => {
  const id = text(value);
  return id === undefined ? NONE : { kind: 'ref', collection, id };
};

/** JSON with sorted keys: two parses of equal YAML compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Members added and removed between two lists of values (order does not count). */
function setChange(field: Field, before: readonly Value[], after: readonly Value[], extra: Partial<Pick<FieldChange, 'of' | 'role'>> = {}): FieldChange[] {
  const had = new Set(before.map(canonical));
  const has = new Set(after.map(canonical));
  const added = after.filter((value) => !had.has(canonical(value)));
  const removed = before.filter((value) => !has.has(canonical(value)));
  return added.length + removed.length === 0 ? [] : [{ field, kind: 'set', added, removed, ...extra }];
}

/** A value replaced, unless both sides read the same. */
function valueChange(field: Field, before: Value, after: Value, extra: Partial<Pick<FieldChange, 'of' | 'role'>> = {}): FieldChange[] {
  return same(before, after) ? [] : [{ field, kind: 'value', before, after, ...extra }];
}

/** Units per role, in the order roles first appear, with who in the unit acts. */
function byRole(responsibilities: unknown): Map<string, Map<string, unknown>> {
  const roles = new Map<string, Map<string, unknown>>();
  for (const item of list(responsibilities)) {
    const { unit, role, who } = record(item);
    const [unitId, roleName] = [text(unit), text(role)];
    if (unitId === undefined || roleName === undefined) continue;
    if (!roles.has(roleName)) roles.set(roleName, new Map());
    roles.get(roleName)!.set(unitId, who);
  }
  return roles;
}

function responsibilities(before: unknown, after: unknown): FieldChange[] {
  const [had, has] = [byRole(before), byRole(after)];
  const unit = refValue('departments');
  return [...new Set([...has.keys(), ...had.keys()])].flatMap((role) => {
    const [old, now] = [had.get(role) ?? new Map<string, unknown>(), has.get(role) ?? new Map<string, unknown>()];
    const units = setChange('units', [...old.keys()].map(unit), [...now.keys()].map(unit), { role });
    const who = [...now].flatMap(([id, value]) => (old.has(id) ? valueChange('who', textValue(old.get(id)), textValue(value), { of: unit(id), role }) : []));
    return [...units, ...who];
  });
}

/** When a deadline falls: its date (the year perhaps pending), its milestone, or its wording. */
function deadlineWhen(deadline: Rec): Value {
  const date = text(deadline['date']);
  if (date !== undefined) return { kind: 'date', date, yearPending: deadline['yearInferred'] === true };
  const milestone = text(deadline['milestone']);
  if (milestone !== undefined) return { kind: 'ref', collection: 'milestones', id: milestone };
  return NONE;
}

function deadline(before: unknown, after: unknown): FieldChange[] {
  const [old, now] = [record(before), record(after)];
  // The wording is what staff read ("5月19日前"): when it changed, it says everything.
  const wording = valueChange('deadline', textValue(old['text']), textValue(now['text']));
  if (wording.length > 0) return wording;
  const when = valueChange('deadlineDate', deadlineWhen(old), deadlineWhen(now));
  return when.length > 0 ? when : [{ field: 'deadline', kind: 'edited' }];
}

/** The items of a list by their `id` (items without one are left out). */
function byId(items: unknown): Map<string, Rec> {
  const found = new Map<string, Rec>();
  for (const item of list(items)) {
    const id = text(record(item)['id']);
    if (id !== undefined) found.set(id, record(item));
  }
  return found;
}

/** Items with stable ids (checklist items, a directive's requirements): added, removed, reworded. */
function keyedItems(field: 'items' | 'requirements', before: unknown, after: unknown): FieldChange[] {
  const words = field === 'items' ? 'text' : 'title';
  const reword: Field = field === 'items' ? 'itemText' : 'requirementTitle';
  const [old, now] = [byId(before), byId(after)];
  const changes = setChange(
    field,
    [...old].filter(([id]) => !now.has(id)).map(([, item]) => textValue(item[words])),
    [...now].filter(([id]) => !old.has(id)).map(([, item]) => textValue(item[words])),
  );
  for (const [id, item] of now) {
    const was = old.get(id);
    if (was === undefined || same(was, item)) continue;
    const of = textValue(item[words]);
    const reworded = valueChange(reword, textValue(was[words]), of);
    const unit = valueChange('itemUnit', refValue('departments')(was['unit']), refValue('departments')(item['unit']), { of });
    changes.push(...reworded, ...unit);
    // Anything else of the item (its quote) is named, not quoted.
    const rest = (data: Rec) => ({ ...data, [words]: undefined, unit: undefined });
    if (reworded.length + unit.length === 0 && !same(rest(was), rest(item))) changes.push({ field: 'item', kind: 'edited', of });
  }
  return changes;
}

/** A date that may be unknown (`null`), and for a milestone, inferred rather than announced. */
function dateValue(data: Rec): Value {
  const date = text(data['date']);
  return date === undefined ? NONE : { kind: 'date', date, yearPending: data['dateIsInferred'] === true };
}

type Compare = (before: unknown, after: unknown, old: Rec, now: Rec) => FieldChange[];
const scalar = (field: Field, value: (raw: unknown) => Value = textValue): Compare => (before, after) => valueChange(field, value(before), value(after));

/** How each field is compared; a field not listed is named only as "其他信息". */
const COMPARE: Readonly<Record<string, Compare>> = {
  title: scalar('title'),
  name: scalar('name'),
  short: scalar('short'),
  kind: scalar('kind'),
  membersNote: scalar('membersNote'),
  note: scalar('note'),
  // A task's status is summed up from reports and sign-offs since issue 15, and only 长期坚持 is
  // still written: a status dropped from the file (未开始 …) changed nothing a reader sees.
  status: (before, after) => (after === undefined && before !== '长期坚持' ? [] : valueChange('status', textValue(before), textValue(after))),
  acceptance: scalar('acceptance'),
  description: scalar('description'),
  summary: scalar('summary'),
  host: scalar('host'),
  dateNote: scalar('dateNote'),
  omission: scalar('omission'),
  number: scalar('number'),
  directive: scalar('directive', refValue('directives')),
  checklist: scalar('checklist', refValue('checklists')),
  meeting: scalar('meeting', refValue('meetings')),
  requirement: (before, after, old, now) => {
    // A requirement's id is only unique within its directive.
    const value = (data: Rec, id: unknown): Value => {
      const [directive, requirement] = [text(data['directive']), text(id)];
      return directive === undefined || requirement === undefined ? NONE : { kind: 'requirement', directive, id: requirement };
    };
    return valueChange('requirement', value(old, before), value(now, after));
  },
  aliases: (before, after) => setChange('aliases', list(before).map(textValue), list(after).map(textValue)),
  members: (before, after) => setChange('members', list(before).map(refValue('departments')), list(after).map(refValue('departments'))),
  appliesTo: (before, after) => setChange('appliesTo', list(before).map(refValue('departments')), list(after).map(refValue('departments'))),
  responsibilities,
  deadline,
  source: (before, after) => [
    ...valueChange('meeting', refValue('meetings')(record(before)['meeting']), refValue('meetings')(record(after)['meeting'])),
    ...valueChange('quote', textValue(record(before)['quote']), textValue(record(after)['quote'])),
  ],
  items: (before, after) => keyedItems('items', before, after),
  requirements: (before, after) => keyedItems('requirements', before, after),
  date: (_before, _after, old, now) => valueChange('date', dateValue(old), dateValue(now)),
  // Compared with `date`: an inferred date that is confirmed is a change of the date's value.
  dateIsInferred: (_before, _after, old, now) => (same(old['date'], now['date']) ? valueChange('date', dateValue(old), dateValue(now)) : []),
  agenda: (before, after) => {
    const item = (value: unknown): Value => ({ kind: 'agenda', item: text(record(value)['item']) ?? '', presenter: text(record(value)['presenter']) ?? '' });
    return setChange('agenda', list(before).map(item), list(after).map(item));
  },
  restorations: (before, after) => {
    const pair = (value: unknown): Value => ({ kind: 'restoration', copy: text(record(value)['copy']) ?? '', standard: text(record(value)['standard']) ?? '' });
    return setChange('restorations', list(before).map(pair), list(after).map(pair));
  },
  unreflected: (before, after) => {
    const paragraph = (value: unknown): Value => ({ kind: 'paragraph', id: text(record(value)['paragraph']) ?? '' });
    const members = setChange('unreflected', list(before).map(paragraph), list(after).map(paragraph));
    return members.length > 0 ? members : [{ field: 'unreflected', kind: 'edited' }];
  },
  // For editors only: the list's own id, retired checklist item ids, editors' notes.
  id: () => [],
  retired: () => [],
  editorNote: () => [],
};

/** The fields that differ between two versions of an entry, in the order the file has them. */
export function fieldChanges(before: Snapshot, after: Snapshot): FieldChange[] {
  const keys = [...new Set([...Object.keys(after.data), ...Object.keys(before.data)])];
  const changes = keys.flatMap((key): FieldChange[] => {
    const [old, now] = [before.data[key], after.data[key]];
    if (same(old, now)) return [];
    const compare = COMPARE[key];
    return compare === undefined ? [{ field: 'other', kind: 'edited' }] : compare(old, now, before.data, after.data);
  });
  if ((before.body ?? '').trim() !== (after.body ?? '').trim()) changes.push({ field: 'body', kind: 'edited' });
  return changes;
}

/** The units an entry names: a task's units, a checklist's, a group's members, the unit itself. */
function mentionedUnits(snapshot: Snapshot): string[] {
  const { entry, data } = snapshot;
  const units = (items: unknown, key?: string) => list(items).flatMap((item) => text(key === undefined ? item : record(item)[key]) ?? []);
  switch (entry.collection) {
    case 'tasks':
      return units(data['responsibilities'], 'unit');
    case 'checklists':
      return [...units(data['appliesTo']), ...units(data['items'], 'unit')];
    case 'departments':
      return [entry.id, ...units(data['members'])];
    default:
      return [];
  }
}

const titleOf = (snapshot: Snapshot) => text(snapshot.data['title']) ?? text(snapshot.data['name']) ?? snapshot.entry.id;

/**
 * Every entry change of the given commits, newest first: entries added, removed, or with a field
 * changed. An entry whose file moved (to another extension, folder or name) with nothing changed
 * is left out, and so is a commit that changed no field. `unitsOf` names the units a change
 * concerns from the entry and the units its versions name.
 */
export function entryChanges(commits: readonly CommitEntries[], unitsOf: (entry: EntryRef, mentioned: readonly string[]) => string[]): EntryChange[] {
  return commits.flatMap(({ before, after, ...commit }) => {
    const key = (snapshot: Snapshot) => `${snapshot.entry.collection}/${snapshot.entry.id}`;
    const [old, now] = [new Map(before.map((item) => [key(item), item])), new Map(after.map((item) => [key(item), item]))];
    // A file renamed to another id with the same content: the entry moved, nothing changed.
    const content = (snapshot: Snapshot) => canonical([snapshot.entry.collection, snapshot.data, snapshot.body ?? '']);
    const gone = new Map([...old].filter(([name]) => !now.has(name)).map(([name, snapshot]) => [content(snapshot), name]));
    const moved = new Set<string>();
    for (const [name, snapshot] of now) {
      const from = old.has(name) ? undefined : gone.get(content(snapshot));
      if (from === undefined) continue;
      moved.add(name).add(from);
      gone.delete(content(snapshot));
    }
    const change = (status: EntryChange['status'], snapshot: Snapshot, fields: FieldChange[], versions: Snapshot[]): EntryChange => ({
      commit,
      entry: snapshot.entry,
      status,
      title: titleOf(snapshot),
      fields,
      units: unitsOf(snapshot.entry, [...new Set(versions.flatMap(mentionedUnits))]),
    });
    const changes: EntryChange[] = [];
    for (const [name, snapshot] of now) {
      if (moved.has(name)) continue;
      const was = old.get(name);
      if (was === undefined) changes.push(change('added', snapshot, [], [snapshot]));
      else {
        const fields = fieldChanges(was, snapshot);
        if (fields.length > 0) changes.push(change('modified', snapshot, fields, [was, snapshot]));
      }
    }
    for (const [name, snapshot] of old) if (!now.has(name) && !moved.has(name)) changes.push(change('deleted', snapshot, [], [snapshot]));
    return changes;
  });
}
