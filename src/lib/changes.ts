/**
 * What a commit changed, described from the content itself: which entries it added or removed,
 * and for an entry it changed, which fields and from what to what (the deadline's wording, the
 * units added to a role, a checklist item's text). Each entry is compared as parsed at the commit
 * and at its parent, so a file that only moved or was renamed (`.mdx` → `.md`) is no change, and
 * a commit that touched no field (a comment, the layout of the YAML, an editor's note) shows
 * nothing. Pure: src/data/history.ts reads the files, the views turn these into sentences.
 */
import type { CollectionName } from '../schemas/common.ts';
import { DeadlineSchema, type Deadline } from '../schemas/deadline.ts';
import { fieldInfo, fieldNames, type FieldInfo } from '../schemas/fieldLabels.ts';
import type { Commit } from './gitLog.ts';

/**
 * The collections whose entries the change lists describe. Progress reports, 销号 decisions and
 * 督查通报 are not among them: they are news of the work, not changes to what was assigned; the
 * progress views and the bulletin's own page are their record. Petition cases and their handling
 * likewise: the ledger and each case's page are their record.
 */
export type DescribedCollection = Exclude<CollectionName, 'reports' | 'signoffs' | 'bulletins' | 'cases' | 'casework'>;

const UNDESCRIBED: ReadonlySet<CollectionName> = new Set<CollectionName>(['reports', 'signoffs', 'bulletins', 'cases', 'casework']);

/** Whether the change lists describe `collection`'s entries (so a reference to one can name it). */
export function isDescribed(collection: CollectionName): collection is DescribedCollection {
  return !UNDESCRIBED.has(collection);
}

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

/** A value as a change shows it; the view writes dates and names what the history could not. */
export type Value =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  /** A yes/no field (编者所加节点). */
  | { kind: 'flag'; on: boolean }
  /** Another entry; `name` is what it was called at that revision, when the history knows. */
  | { kind: 'ref'; collection: DescribedCollection; id: string; name?: string }
  /** A date; `inferred` for a milestone's date not yet announced. */
  | { kind: 'date'; date: string; inferred: boolean }
  /** A requirement of a directive (a task's `requirement`), named as at that revision when known. */
  | { kind: 'requirement'; directive: string; id: string; name?: string }
  /** A task's deadline as staff read it, when its wording stayed and its kind or date changed; `milestone` names its milestone. */
  | { kind: 'deadline'; deadline: Deadline; milestone?: string }
  /** An item of a meeting's agenda. */
  | { kind: 'agenda'; item: string; presenter: string }
  /** A wording restored from the scraped copy. */
  | { kind: 'restoration'; copy: string; standard: string }
  /** A paragraph of a transcript (`p3`). */
  | { kind: 'paragraph'; id: string };

/**
 * One step of the path to what changed: a field's key (the schema's description names it), a row
 * of a list by its number, an item of a list named by its value (a checklist item by its words, a
 * responsibility by its unit), or the units of one role.
 */
export type Step = string | { row: number } | { item: Value } | { role: string };

/** One change: a value replaced, members added or removed, a field or the Markdown body edited. */
export type FieldChange = { path: readonly Step[] } & (
  | { kind: 'value'; before: Value; after: Value }
  | { kind: 'set'; added: readonly Value[]; removed: readonly Value[] }
  | { kind: 'edited' }
  /** The Markdown body; `path` is empty. */
  | { kind: 'body' }
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
  /** Unit id → its name at that revision, for the units the history knows (a unit deleted since included). */
  unitNames: Readonly<Record<string, string>>;
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

/** A raw value as a change shows it, by what the schema says the field holds (a reference, a date). */
function valueOf(info: FieldInfo | undefined, raw: unknown): Value {
  if (typeof raw === 'boolean') return { kind: 'flag', on: raw };
  const found = textValue(raw);
  if (found.kind !== 'text') return found;
  if (info?.ref !== undefined && isDescribed(info.ref)) return { kind: 'ref', collection: info.ref, id: found.text };
  if (info?.date === true) return { kind: 'date', date: found.text, inferred: false };
  return found;
}

/** JSON with sorted keys: two parses of equal YAML compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const isRecord = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a comparison stands: the entry's collection, the schema's keys to the field, the steps shown. */
interface At {
  collection: CollectionName;
  keys: readonly string[];
  steps: readonly Step[];
}
/** One field further in. */
const into = (at: At, key: string): At => ({ ...at, keys: [...at.keys, key], steps: [...at.steps, key] });
/** The same field, seen through a row, an item or a role. */
const through = (at: At, step: Step): At => ({ ...at, steps: [...at.steps, step] });

/** Members added and removed between two lists of values (order does not count). */
function setChange(at: At, before: readonly Value[], after: readonly Value[]): FieldChange[] {
  const had = new Set(before.map(canonical));
  const has = new Set(after.map(canonical));
  const added = after.filter((value) => !had.has(canonical(value)));
  const removed = before.filter((value) => !has.has(canonical(value)));
  return added.length + removed.length === 0 ? [] : [{ path: at.steps, kind: 'set', added, removed }];
}

/** A value replaced, unless both sides read the same. */
function valueChange(at: At, before: Value, after: Value): FieldChange[] {
  return same(before, after) ? [] : [{ path: at.steps, kind: 'value', before, after }];
}

/** Fields staff never see: ids (saved ticks and links are keyed on them), retired ids and their successors, former ids, editors' notes. */
const UNSEEN = new Set(['id', 'retired', 'successors', 'renamedFrom', 'editorNote']);

/** The fields of two versions of an object that differ, in the schema's order (fields it does not know last). */
function compareRecords(at: At, old: Rec, now: Rec): FieldChange[] {
  const known = fieldNames(at.collection, at.keys);
  const order = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  const keys = [...new Set([...Object.keys(now), ...Object.keys(old)])].sort((a, b) => order(a) - order(b));
  return keys.flatMap((key) => compare(into(at, key), old[key], now[key], old, now));
}

/** Lists of objects without ids, row by row; a row added or removed is named only. */
function compareRows(at: At, before: unknown, after: unknown): FieldChange[] {
  const [old, now] = [list(before), list(after)];
  return Array.from({ length: Math.max(old.length, now.length) }, (_, index): FieldChange[] => {
    const row = through(at, { row: index + 1 });
    if (index < old.length && index < now.length) return compareRecords(row, record(old[index]), record(now[index]));
    return [{ path: row.steps, kind: 'edited' }];
  }).flat();
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

/** The field that holds an item's words: a checklist item's `text`, a requirement's `title`. */
const wordsKey = (item: Rec): string => ['text', 'title', 'name'].find((key) => item[key] !== undefined) ?? 'text';

/**
 * Items with stable ids (checklist items, a directive's requirements): added and removed by their
 * words, reworded ("条目：A → B"), and any other field of a kept item under its words.
 */
function compareItems(at: At, before: unknown, after: unknown): FieldChange[] {
  const [old, now] = [byId(before), byId(after)];
  const words = (item: Rec) => textValue(item[wordsKey(item)]);
  const changes = setChange(
    at,
    [...old].filter(([id]) => !now.has(id)).map(([, item]) => words(item)),
    [...now].filter(([id]) => !old.has(id)).map(([, item]) => words(item)),
  );
  for (const [id, item] of now) {
    const was = old.get(id);
    if (was === undefined || same(was, item)) continue;
    changes.push(...valueChange(at, words(was), words(item)));
    const rest = (data: Rec) => ({ ...data, [wordsKey(data)]: undefined });
    changes.push(...compareRecords(through(at, { item: words(item) }), rest(was), rest(item)));
  }
  return changes;
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

type Compare = (at: At, before: unknown, after: unknown, old: Rec, now: Rec) => FieldChange[];

/** Fields compared otherwise than field by field, by collection and schema path. */
const SPECIAL: Readonly<Record<string, Compare>> = {
  // Units by role ("责任分工 › 牵头单位 增加 …"), and who acts in a unit that kept its role.
  'tasks:responsibilities': (at, before, after) => {
    const [had, has] = [byRole(before), byRole(after)];
    const info = fieldInfo(at.collection, [...at.keys, 'unit']);
    const unit = (id: string) => valueOf(info, id);
    return [...new Set([...has.keys(), ...had.keys()])].flatMap((role) => {
      const [old, now] = [had.get(role) ?? new Map<string, unknown>(), has.get(role) ?? new Map<string, unknown>()];
      const units = setChange(through(at, { role }), [...old.keys()].map(unit), [...now.keys()].map(unit));
      const who = [...now].flatMap(([id, value]) => (old.has(id) ? valueChange(into(through(at, { item: unit(id) }), 'who'), textValue(old.get(id)), textValue(value)) : []));
      return [...units, ...who];
    });
  },
  // The wording is what staff read ("5月19日前"): when it changed, it says everything; else the
  // deadline as pages show it (a date moved after the meeting, a kind corrected).
  'tasks:deadline': (at, before, after) => {
    const [old, now] = [record(before), record(after)];
    const wording = valueChange(at, textValue(old['text']), textValue(now['text']));
    if (wording.length > 0) return wording;
    const [was, is] = [DeadlineSchema.safeParse(before), DeadlineSchema.safeParse(after)];
    if (!was.success || !is.success) return compareRecords(at, old, now);
    return valueChange(at, { kind: 'deadline', deadline: was.data }, { kind: 'deadline', deadline: is.data });
  },
  // A task's status is summed up from reports and sign-offs (issue 15) and only 长期坚持 is still
  // written: a status dropped from the file (未开始 …) changed nothing a reader sees.
  'tasks:status': (at, before, after) => (after === undefined && before !== '长期坚持' ? [] : valueChange(at, textValue(before), textValue(after))),
  // A requirement's id is only unique within its directive.
  'tasks:requirement': (at, before, after, old, now) => {
    const value = (data: Rec, id: unknown): Value => {
      const [directive, requirement] = [text(data['directive']), text(id)];
      return directive === undefined || requirement === undefined ? NONE : { kind: 'requirement', directive, id: requirement };
    };
    return valueChange(at, value(old, before), value(now, after));
  },
  // A date that may be unknown (`null`), and inferred rather than announced: one value.
  'milestones:date': (at, _before, _after, old, now) => valueChange(at, milestoneDate(old), milestoneDate(now)),
  'milestones:dateIsInferred': (at, _before, _after, old, now) => (same(old['date'], now['date']) ? valueChange({ ...at, keys: ['date'], steps: ['date'] }, milestoneDate(old), milestoneDate(now)) : []),
  // Items added or removed read as such ("议程 增加 …"); the same number of items, row by row.
  'meetings:agenda': (at, before, after) => {
    if (list(before).length === list(after).length) return compareRows(at, before, after);
    const item = (value: unknown): Value => ({ kind: 'agenda', item: text(record(value)['item']) ?? '', presenter: text(record(value)['presenter']) ?? '' });
    return setChange(at, list(before).map(item), list(after).map(item));
  },
  'meetings:restorations': (at, before, after) => {
    if (list(before).length === list(after).length) return compareRows(at, before, after);
    const pair = (value: unknown): Value => ({ kind: 'restoration', copy: text(record(value)['copy']) ?? '', standard: text(record(value)['standard']) ?? '' });
    return setChange(at, list(before).map(pair), list(after).map(pair));
  },
  // Paragraphs added or removed; for a paragraph kept, its reason, under the paragraph.
  'meetings:unreflected': (at, before, after) => {
    const paragraph = (value: unknown): Value => ({ kind: 'paragraph', id: text(record(value)['paragraph']) ?? '' });
    const members = setChange(at, list(before).map(paragraph), list(after).map(paragraph));
    const old = new Map(list(before).map((item) => [canonical(paragraph(item)), record(item)]));
    const reasons = list(after).flatMap((item) => {
      const was = old.get(canonical(paragraph(item)));
      const rest = (data: Rec) => ({ ...data, paragraph: undefined });
      return was === undefined ? [] : compareRecords(through(at, { item: paragraph(item) }), rest(was), rest(record(item)));
    });
    return [...members, ...reasons];
  },
};

/** A milestone's date (perhaps unknown, perhaps inferred). */
function milestoneDate(data: Rec): Value {
  const date = text(data['date']);
  return date === undefined ? NONE : { kind: 'date', date, inferred: data['dateIsInferred'] === true };
}

/** What differs in one field: by its special comparison, else by what the schema says it holds. */
function compare(at: At, before: unknown, after: unknown, old: Rec, now: Rec): FieldChange[] {
  if (same(before, after) || UNSEEN.has(at.keys.at(-1)!)) return [];
  const special = SPECIAL[`${at.collection}:${at.keys.join('.')}`];
  if (special !== undefined) return special(at, before, after, old, now);
  const info = fieldInfo(at.collection, at.keys);
  // A field the schema does not know (an older file's): named only, as 其他信息.
  if (info === undefined) return [{ path: at.steps, kind: 'edited' }];
  if (isRecord(before) || isRecord(after)) return compareRecords(at, record(before), record(after));
  if (Array.isArray(before) || Array.isArray(after)) {
    const items = [...list(before), ...list(after)];
    if (!items.some(isRecord)) return setChange(at, list(before).map((item) => valueOf(info, item)), list(after).map((item) => valueOf(info, item)));
    return items.some((item) => text(record(item)['id']) !== undefined) ? compareItems(at, before, after) : compareRows(at, before, after);
  }
  // A yes/no field left out is a no (its default): "否 → 是", not "（无） → 是".
  const flag = typeof before === 'boolean' || typeof after === 'boolean';
  return valueChange(at, valueOf(info, flag ? (before ?? false) : before), valueOf(info, flag ? (after ?? false) : after));
}

/** What differs between two versions of an entry: its fields in the schema's order, then its body. */
export function fieldChanges(before: Snapshot, after: Snapshot): FieldChange[] {
  const changes = compareRecords({ collection: after.entry.collection, keys: [], steps: [] }, before.data, after.data);
  if ((before.body ?? '').trim() !== (after.body ?? '').trim()) changes.push({ path: [], kind: 'body' });
  return changes;
}

/** The key of an entry's name, and of a requirement's within its directive. */
const nameKey = (collection: string, id: string) => `${collection}/${id}`;
const requirementKey = (directive: string, id: string) => `requirements/${directive}/${id}`;

/** The names the entries of some snapshots had: each entry's title or name, each requirement's title. */
function namesOf(snapshots: readonly Snapshot[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const snapshot of snapshots) {
    names.set(nameKey(snapshot.entry.collection, snapshot.entry.id), titleOf(snapshot));
    if (snapshot.entry.collection !== 'directives') continue;
    for (const [id, requirement] of byId(snapshot.data['requirements'])) {
      const title = text(requirement['title']);
      if (title !== undefined) names.set(requirementKey(snapshot.entry.id, id), title);
    }
  }
  return names;
}

type Names = (key: string) => string | undefined;

/** A value with the name its entry had, when `names` knows it. */
function named(value: Value, names: Names): Value {
  switch (value.kind) {
    case 'ref': {
      const name = names(nameKey(value.collection, value.id));
      return name === undefined ? value : { ...value, name };
    }
    case 'requirement': {
      const name = names(requirementKey(value.directive, value.id));
      return name === undefined ? value : { ...value, name };
    }
    case 'deadline': {
      const name = value.deadline.kind === 'milestone' ? names(nameKey('milestones', value.deadline.milestone)) : undefined;
      return name === undefined ? value : { ...value, milestone: name };
    }
    default:
      return value;
  }
}

/** A change with its references named as they were: old values before the commit, new ones after it. */
function withNames(change: FieldChange, before: Names, after: Names): FieldChange {
  const path = change.path.map((step) => (typeof step === 'object' && 'item' in step ? { item: named(step.item, after) } : step));
  switch (change.kind) {
    case 'value':
      return { ...change, path, before: named(change.before, before), after: named(change.after, after) };
    case 'set':
      return { ...change, path, added: change.added.map((value) => named(value, after)), removed: change.removed.map((value) => named(value, before)) };
    default:
      return { ...change, path };
  }
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
 *
 * A reference is named as the site stood at that revision: a value before the commit by the
 * names before it, a value after it by the names after it, as far as the commits read tell
 * (those they changed, and those a later commit changed, before that change). An entry deleted
 * since keeps its last name; the view names the rest from today's site.
 */
export function entryChanges(commits: readonly CommitEntries[], unitsOf: (entry: EntryRef, mentioned: readonly string[]) => string[]): EntryChange[] {
  // The names of entries that later commits changed, as they were before those commits.
  const later = new Map<string, string>();
  const changes: EntryChange[] = [];
  for (const { before, after, ...commit } of commits) {
    const [namesBefore, namesAfter] = [namesOf(before), namesOf(after)];
    const atAfter: Names = (key) => namesAfter.get(key) ?? later.get(key);
    const atBefore: Names = (key) => namesBefore.get(key) ?? atAfter(key);
    const key = (snapshot: Snapshot) => nameKey(snapshot.entry.collection, snapshot.entry.id);
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
    const change = (status: EntryChange['status'], snapshot: Snapshot, fields: FieldChange[], versions: Snapshot[]): EntryChange => {
      const units = unitsOf(snapshot.entry, [...new Set(versions.flatMap(mentionedUnits))]);
      return {
        commit,
        entry: snapshot.entry,
        status,
        title: titleOf(snapshot),
        fields: fields.map((field) => withNames(field, atBefore, atAfter)),
        units,
        unitNames: Object.fromEntries(units.flatMap((id) => {
          const name = atAfter(nameKey('departments', id)) ?? namesBefore.get(nameKey('departments', id));
          return name === undefined ? [] : [[id, name]];
        })),
      };
    };
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
    // Older commits see the names as they were before this one; an entry it added keeps its
    // name, as the last one known.
    for (const [name, title] of [...namesAfter, ...namesBefore]) later.set(name, title);
  }
  return changes;
}
