/**
 * Building blocks shared by every schema: ids, plain text, dates, strict objects, enums and
 * references. Each carries its own editor-facing message, so a wrong value says how to fix it.
 */
import { z } from 'astro/zod';
import { dateLimits } from '../config.ts';
import { asciiLookAlikes, foldChar } from './characters.ts';
import { closest, suggestion } from './suggest.ts';

/** The collections of content/. A reference names one of them. */
export const COLLECTIONS = ['meetings', 'directives', 'tasks', 'departments', 'checklists', 'milestones', 'bulletins', 'reports', 'signoffs', 'cases', 'casework'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Stable ids: lowercase ASCII letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id: `gongan`, `wu-ge-bu-fangguo`. Pages, links and saved checklist ticks are keyed on it. */
export const SlugSchema = z
  .string({ error: (issue) => typeMessage(issue.input, '文本形式的 id') })
  .regex(SLUG_PATTERN, {
    error: (issue) => {
      const input = String(issue.input);
      const lookAlikes = asciiLookAlikes(input);
      // "gоngan" with a Cyrillic о reads as a valid id: name the character that is not what it seems.
      const hint = lookAlikes.length === 0 ? '' : `；其中 ${lookAlikes.join('、')} 不是英文字母或数字，请删掉重打`;
      return `id "${input}" 不合规：只能用小写英文字母、数字和连字符，如 "${slugHint(input)}"${hint}`;
    },
  });

/** Suggests a slug close to what the editor typed: `Gong_An` → `gong-an`, `gоngan` (Cyrillic о) → `gongan`. */
function slugHint(input: string): string {
  const hint = [...input]
    .map(foldChar)
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return hint === '' ? 'gongan' : hint;
}

/** Matches an HTML tag or comment opening: text from content is shown as text, never as markup. */
const MARKUP = /<\s*\/?\s*[a-z!]/i;

/**
 * One line or paragraph of plain text shown to readers. Trimmed; never empty; no HTML
 * (a `<script>` typed into a title is refused here, and escaped on the page regardless).
 */
export const PlainTextSchema = z
  .string({ error: (issue) => typeMessage(issue.input, '文本') })
  .trim()
  .min(1, { error: '不能为空（请填写内容，或删除这一行）' })
  .refine((text) => !MARKUP.test(text), {
    error: '不能包含 HTML 标签（如 <script>）：这里只写纯文字',
  });

/**
 * A note for editors only — where a wording comes from, what was inferred and why, a name left
 * unanonymised — shown on the editors' page (整理说明, /restorations/) and never on the pages
 * staff read or print. Staff-facing fields say only what staff need ("年份待确认").
 */
export const EditorNoteSchema = PlainTextSchema.describe('编者说明：只在“整理说明”页显示，供编辑核对（来源、补全、推断依据等）；各单位阅读的页面和打印件都不显示');

/** A calendar date in ISO form, `YYYY-MM-DD`, that exists (no 2 月 30 日). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first and last day a date may name (src/config.ts), as `YYYY-MM-DD`. */
export const DATE_RANGE = { first: `${dateLimits.firstYear}-01-01`, last: `${dateLimits.lastYear}-12-31` } as const;

/** True when a `YYYY-MM-DD` date lies within `DATE_RANGE` (ISO dates compare as text). */
export function isDateInRange(date: string): boolean {
  return date >= DATE_RANGE.first && date <= DATE_RANGE.last;
}

/** True when `text` is `YYYY-MM-DD` and names a real day. */
export function isRealIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date written `2022-05-19`, kept as that text. It always arrives as text: the one reader of
 * content/ (src/check/read.ts) parses YAML without timestamps, so an impossible day is refused
 * here instead of rolling over to the next month as a YAML timestamp would.
 */
export const IsoDateSchema = z
  .string({ error: (issue) => typeMessage(issue.input, '日期（YYYY-MM-DD）') })
  .trim()
  .refine(isRealIsoDate, {
    error: (issue) => `日期 "${String(issue.input)}" 无效：请写成 YYYY-MM-DD 格式的真实日期，如 2022-05-19`,
    abort: true,
  })
  .refine(isDateInRange, {
    error: (issue) => `日期 "${String(issue.input)}" 超出允许的范围（${DATE_RANGE.first} 至 ${DATE_RANGE.last}；请核对年份）`,
  });

/**
 * What a field's value stands for, beyond its type: a reference to another entry, or a date.
 * Change lists read it to show a unit's name rather than its id, and a date in prose. Zod looks a
 * schema up through the copies `.describe()` makes, so a described reference is still one.
 */
export const VALUE_KINDS = z.registry<{ ref: CollectionName } | { date: true }>();
VALUE_KINDS.add(IsoDateSchema, { date: true });

/** Names a value's type in the editor's words. */
function typeName(value: unknown): string {
  if (value === null) return '空值（null）';
  if (Array.isArray(value)) return '列表';
  if (value instanceof Date) return '日期';
  switch (typeof value) {
    case 'string':
      return '文本';
    case 'number':
      // YAML's .inf and .nan are numbers too, but no field can use them.
      if (Number.isNaN(value)) return '非数字（.nan）';
      return Number.isFinite(value) ? '数字' : '无穷大（.inf）';
    case 'boolean':
      return '是/否（true/false）';
    case 'object':
      return '对象（多个字段）';
    default:
      return typeof value;
  }
}

/** "应为 X，实际是 Y" — or, when the field is absent, that it is required. */
export function typeMessage(input: unknown, expected: string): string {
  if (input === undefined) return `缺少必填字段（应为${expected}）`;
  return `应为${expected}，实际是${typeName(input)}`;
}

/**
 * One of a fixed list of values (a status, a role). A near miss is named: `完成` → `已完成`.
 * `label` names the thing in the message: "状态 "完成" 不在可选值中（…）".
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined) return `缺少必填字段（${label}，可选：${values.join('、')}）`;
      if (typeof issue.input !== 'string') return typeMessage(issue.input, `${label}（文本）`);
      const near = closest(issue.input, values);
      const hint = near === undefined ? '' : `；是否想写 "${near}"？`;
      return `${label} "${issue.input}" 不在可选值中（可选：${values.join('、')}${hint}）`;
    },
  });
}

/**
 * An object whose fields are fixed: a misspelt field name fails (with the field it probably
 * meant) instead of being dropped silently.
 */
export function strictRecord<const Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys
          .map((key) => `未知字段 "${key}"（${suggestion(key, known)}）`)
          .join('；');
      }
      if (issue.code === 'invalid_type') return typeMessage(issue.input, '对象（多个字段）');
      return undefined;
    },
  });
}

/**
 * A reference to another entry by id. Checked against the collection by the cross-entry rules
 * (src/check/rules/referencesExist.ts), which run in both `npm run check` and the build.
 * `label` is what staff call the field (所属要求, 负责单位): its description opens with it, like
 * every field's (src/schemas/fieldLabels.ts).
 *
 * Why not Astro's `reference()`: it only logs a missing target and the build exits 0, and it does
 * not exist outside Astro, where `npm run check` runs. A plain id validated by our own rules gives
 * one schema for both, and a message that names the fix.
 */
export function refTo(collection: CollectionName, label: string = COLLECTION_LABELS[collection]) {
  const where = collection === 'milestones' ? 'content/milestones.yaml 中的 id' : `content/${collection}/ 下的文件名，不含扩展名`;
  const schema = SlugSchema.describe(`${label}：${COLLECTION_LABELS[collection]}的 id（${where}）`);
  VALUE_KINDS.add(schema, { ref: collection });
  return schema;
}

/** Chinese names of the collections, for messages. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  meetings: '会议',
  directives: '要求',
  tasks: '任务',
  departments: '单位',
  checklists: '清单',
  milestones: '节点',
  bulletins: '督查通报',
  reports: '报送',
  signoffs: '销号决定',
  cases: '交办批次',
  casework: '交办件办理情况',
};
