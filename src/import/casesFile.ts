/**
 * The batch file an import writes, content/cases/<批次>.yaml (src/schemas/case.ts), merged with the
 * file already there for the same batch — a corrected sheet the team sends again:
 *
 * - a case the sheet has takes the team's fields from it (来源, 重点关注, 行政区域, 污染类型, 行业类别,
 *   交办问题基本情况, 责任单位, 办理时限); each field that changes is listed, per case;
 * - the office's own fields (公开, 销号) and the names it marked for masking are never touched;
 * - a case the file has and the sheet does not is kept, and listed: a case withdrawn by the team
 *   is deleted by an editor who knows it was, never by an import;
 * - cases keep their place in the file, new ones follow in the sheet's order, so a correction is
 *   a small diff.
 *
 * The same sheet imported twice writes the same text: the importer then says nothing changed.
 */
import yaml from 'js-yaml';
import type { CaseBatchInput, CaseInput } from '../schemas/case.ts';
import type { ImportedCase } from './cases.ts';

/** The team's fields of a case, in the file's order, with the name the sheet gives each. */
export const TEAM_FIELDS = {
  source: '来源',
  focus: '重点关注',
  region: '行政区域',
  types: '污染类型',
  industry: '行业类别',
  summary: '交办问题基本情况',
  lead: '责任单位',
  assist: '配合单位',
  due: '办理时限',
} as const;

type TeamField = keyof typeof TEAM_FIELDS;

/** One field a correction changed: its value before and after, as the file has them. */
export interface FieldChange {
  field: TeamField;
  before: unknown;
  after: unknown;
}

/** The merged batch, and what the import changed in it. */
export interface MergedBatch {
  batch: CaseBatchInput;
  /** Cases the file did not have, by id, in the sheet's order. */
  added: string[];
  /** Cases whose team fields changed, with the fields. */
  changed: { id: string; row: number; fields: FieldChange[] }[];
  /** Cases the sheet brought as the file had them. */
  same: string[];
  /** Cases the file has and the sheet does not: kept. */
  missing: string[];
  /** The batch's date before, when the sheet changed it. */
  dateBefore?: string | undefined;
}

/** A case with its fields in the schema's order and no empty optional ones. */
export function tidyCase(item: CaseInput): CaseInput {
  const { id, source, focus, region, types, industry, summary, lead, assist, due, personalNames, published, signedOff } = item;
  return {
    id,
    source,
    ...(focus === true ? { focus } : {}),
    region,
    types,
    ...(industry === undefined ? {} : { industry }),
    summary,
    lead,
    ...(assist === undefined || assist.length === 0 ? {} : { assist }),
    ...(due === undefined ? {} : { due }),
    ...(personalNames === undefined || personalNames.length === 0 ? {} : { personalNames }),
    ...(published === undefined ? {} : { published }),
    ...(signedOff === undefined ? {} : { signedOff }),
  };
}

/** A field's value as compared: absent and its default (false, []) are the same. */
function valueOf(item: CaseInput, field: TeamField): string {
  const value = item[field];
  if (field === 'focus') return JSON.stringify(value === true);
  if (field === 'assist') return JSON.stringify(value ?? []);
  return JSON.stringify(value ?? null);
}

/** Merges the cases of a sheet (`sheet`, its name `source`, batch date `date`) into the file there (`existing`, valid; undefined when none). */
export function mergeBatch(existing: CaseBatchInput | undefined, incoming: { date: string; source: string; cases: readonly ImportedCase[] }): MergedBatch {
  const old = new Map((existing?.cases ?? []).map((item) => [item.id, item]));
  const brought = new Map(incoming.cases.map((item) => [item.data.id, item]));
  const merged: MergedBatch = { batch: { date: incoming.date, cases: [] }, added: [], changed: [], same: [], missing: [] };
  const cases: CaseInput[] = [];
  for (const before of existing?.cases ?? []) {
    const item = brought.get(before.id);
    if (item === undefined) {
      merged.missing.push(before.id);
      cases.push(tidyCase(before));
      continue;
    }
    const fields = (Object.keys(TEAM_FIELDS) as TeamField[]).filter((field) => valueOf(before, field) !== valueOf(item.data, field));
    if (fields.length === 0) merged.same.push(before.id);
    else merged.changed.push({ id: before.id, row: item.row, fields: fields.map((field) => ({ field, before: before[field], after: item.data[field] })) });
    // The team's fields from the sheet; the office's (公开, 销号) and the names it marked, from the file.
    cases.push(tidyCase({ ...item.data, personalNames: before.personalNames, published: before.published, signedOff: before.signedOff }));
  }
  for (const item of incoming.cases) {
    if (old.has(item.data.id)) continue;
    merged.added.push(item.data.id);
    cases.push(tidyCase(item.data));
  }
  if (existing !== undefined && existing.date !== incoming.date) merged.dateBefore = existing.date;
  const touched = existing === undefined || merged.added.length > 0 || merged.changed.length > 0 || merged.dateBefore !== undefined;
  // The sheet named is the one the batch's text now comes from: unchanged when the sheet changed nothing.
  const sheet = touched ? incoming.source : existing.sheet;
  merged.batch = { date: incoming.date, ...(sheet === undefined ? {} : { sheet }), cases };
  return merged;
}

/** The batch as its YAML file: the format's field order, text as it was written, long lines unbroken. */
export function batchYaml(batch: CaseBatchInput): string {
  return yaml.dump(batch, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' });
}

/** The batch file of batch `number`, from the project root. */
export function batchFilePath(number: number): string {
  return `content/cases/${number}.yaml`;
}
