/**
 * What staff call each field, read from the schemas themselves: every field's description opens
 * with its name in the district's words, then "：" or "，" and what an editor should write there
 * ("单位全称，如“区公安分局”"). The editor reads the whole description in VS Code; a change list
 * reads its opening words ("单位全称：区环保局 → 区生态环境局"). One source, no second table of
 * names. Also what a field's value stands for (`VALUE_KINDS`: a reference, a date), so that a
 * change shows a unit's name rather than its id, and a date in prose.
 */
import { z } from 'astro/zod';
import { COLLECTION_SCHEMAS } from './collections.ts';
import { VALUE_KINDS, type CollectionName } from './common.ts';

/** Where a field's name ends in its description. */
const NAME_END = /[：，（；]/;

/** The field's name: the opening words of its description, up to the first "：" "，" "（" or "；". */
export function labelOf(description: string): string {
  return description.split(NAME_END)[0]!.trim();
}

/** What the schemas say of one field. */
export interface FieldInfo {
  /** What staff call it; undefined for a field without a description. */
  label: string | undefined;
  /** The collection its value (or each value of its list) refers to. */
  ref?: CollectionName;
  /** Its value (or each value of its list) is a `YYYY-MM-DD` date. */
  date?: boolean;
  /** The schema of its value, lists and wrappers included, to look further in. */
  schema: z.ZodType;
}

/**
 * A schema without what wraps its value (optional, nullable, a default, a transform), with the
 * first description and value kind met on the way in: the outermost description is the field's.
 */
function unwrap(schema: z.ZodType): { schema: z.ZodType; description: string | undefined; kind: ReturnType<typeof VALUE_KINDS.get> } {
  let description: string | undefined;
  let kind: ReturnType<typeof VALUE_KINDS.get>;
  let current: z.ZodType = schema;
  for (;;) {
    description ??= current.description;
    kind ??= VALUE_KINDS.get(current);
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    // A transform (a deadline normalised to its kind) is read as the editor writes it.
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else return { schema: current, description, kind };
  }
}

/** The schema of each element of a list (or of both forms of a one-or-many union), else undefined. */
function element(schema: z.ZodType): z.ZodType | undefined {
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as readonly z.ZodType[]) {
      const inner = unwrap(option).schema;
      if (inner instanceof z.ZodArray) return inner.element as z.ZodType;
    }
  }
  return undefined;
}

/** The field `key` of an object schema, looking through a list to its elements. */
function fieldOf(schema: z.ZodType, key: string): z.ZodType | undefined {
  const inner = unwrap(schema).schema;
  const object = element(inner) === undefined ? inner : unwrap(element(inner)!).schema;
  return object instanceof z.ZodObject ? (object.shape as Record<string, z.ZodType>)[key] : undefined;
}

/** Describes the field a schema holds: its label, what its value (or its list's) stands for. */
function describeField(schema: z.ZodType): FieldInfo {
  const outer = unwrap(schema);
  const item = element(outer.schema);
  const inner = item === undefined ? outer : unwrap(item);
  const kind = outer.kind ?? inner.kind;
  return {
    label: (outer.description ?? inner.description) === undefined ? undefined : labelOf((outer.description ?? inner.description)!),
    ...(kind !== undefined && 'ref' in kind ? { ref: kind.ref } : {}),
    ...(kind !== undefined && 'date' in kind ? { date: true } : {}),
    schema,
  };
}

/**
 * The field at `path` in an entry of `collection` (`['responsibilities', 'who']`: a list's
 * elements are looked through), or undefined for a field the schema does not have.
 */
export function fieldInfo(collection: CollectionName, path: readonly string[]): FieldInfo | undefined {
  let schema: z.ZodType | undefined = COLLECTION_SCHEMAS[collection] as z.ZodType;
  for (const key of path) {
    schema = schema === undefined ? undefined : fieldOf(schema, key);
    if (schema === undefined) return undefined;
  }
  return schema === undefined || path.length === 0 ? undefined : describeField(schema);
}

/** The names of the fields of the object at `path` (the entry itself for `[]`), in schema order. */
export function fieldNames(collection: CollectionName, path: readonly string[] = []): string[] {
  let schema: z.ZodType | undefined = COLLECTION_SCHEMAS[collection] as z.ZodType;
  for (const key of path) schema = schema === undefined ? undefined : fieldOf(schema, key);
  if (schema === undefined) return [];
  const inner = unwrap(schema).schema;
  const object = element(inner) === undefined ? inner : unwrap(element(inner)!).schema;
  return object instanceof z.ZodObject ? Object.keys(object.shape as object) : [];
}
