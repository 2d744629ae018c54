/**
 * Small inline content for the rule tests: entries written as an editor writes them, validated by
 * the real schemas (so every default is applied), and a runner that returns what one rule reports
 * as the lines `npm run check` prints. The builders give one valid entry of each kind; a test
 * overrides only the fields its rule looks at.
 */
import { checkSite, type Body, type Checked, type CheckSite, type EntrySet } from '~/check/context';
import type { IssuedState } from '~/check/issued';
import type { PublishedState } from '~/check/published';
import { runRules, type Rule } from '~/check/rule';
import { formatProblem, sortProblems } from '~/lib/problems';
import { COLLECTION_SCHEMAS } from '~/schemas/collections';
import { COLLECTIONS, type CollectionName } from '~/schemas/common';

/** Three paragraphs: p1 称呼, p2 一、整改 (with a deadline), p3 二、口径. */
export const TRANSCRIPT = ['同志们：', '一、要抓好整改。各单位要在5月19日前完成自查。', '二、要统一口径。台账资料要真实反映。'].join('\n\n');

/** A meeting's frontmatter plus its transcript as `body`; p1 is listed as unreflected. */
export const meeting = (fields: Record<string, unknown> = {}) => ({
  title: '测试会议',
  host: '区委书记',
  date: '2022-05-10',
  agenda: [{ item: '部署工作', presenter: '区委书记' }],
  unreflected: [{ paragraph: 'p1', why: '称呼语。' }],
  body: TRANSCRIPT,
  ...fields,
});

/** A unit quoting 各单位. */
export const unit = (fields: Record<string, unknown> = {}) => ({
  name: '区甲局',
  kind: '职能部门',
  source: { meeting: 'm', quote: '各单位' },
  ...fields,
});

/** A group of units with the given members. */
export const group = (members: string[], fields: Record<string, unknown> = {}) =>
  unit({ name: '各单位', kind: '单位组', members, ...fields });

/** Directive 1 of meeting m, quoting p2. */
export const directive = (fields: Record<string, unknown> = {}) => ({
  number: 1,
  title: '要抓好整改',
  meeting: 'm',
  summary: '抓好整改。',
  source: { meeting: 'm', quote: '一、要抓好整改。' },
  ...fields,
});

/** A task of directive d led by unit a, due 2022-05-19, quoting p2. */
export const task = (fields: Record<string, unknown> = {}) => ({
  title: '完成自查',
  directive: 'd',
  responsibilities: [{ unit: 'a', role: '牵头' }],
  deadline: { date: '2022-05-19', text: '5月19日前' },
  source: { meeting: 'm', quote: '各单位要在5月19日前完成自查' },
  acceptance: '自查报告报送完毕。',
  ...fields,
});

/** A checklist for unit a, quoting p3, with one item. */
export const checklist = (fields: Record<string, unknown> = {}) => ({
  title: '台账资料',
  appliesTo: ['a'],
  source: { meeting: 'm', quote: '台账资料要真实反映' },
  items: [{ id: 'zhenshi', text: '真实反映' }],
  ...fields,
});

/** A 督查通报 issued on 2022-05-20, to be put right within a week. */
export const bulletin = (fields: Record<string, unknown> = {}) => ({
  date: '2022-05-20',
  rectifyBy: '2022-05-27',
  ...fields,
});

/** A milestone of milestones.yaml, date unknown, quoting p2. */
export const milestone = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  name: '下沉督察',
  date: null,
  source: { meeting: 'm', quote: '完成自查' },
  ...fields,
});

/**
 * Inline entries: id → fields per folder collection (a report's id is `<unit>/<date>`), a list
 * for milestones.yaml, and task id → its list of decisions for the sign-offs.
 */
export type Inline = Partial<Record<Exclude<CollectionName, 'milestones' | 'signoffs'>, Record<string, Record<string, unknown>>>> & {
  milestones?: Record<string, unknown>[];
  signoffs?: Record<string, Record<string, unknown>[]>;
};

/** Where a folder collection's entries live, for the file names in messages. */
const EXTENSIONS: Record<Exclude<CollectionName, 'milestones' | 'signoffs'>, string> = {
  meetings: '.md',
  directives: '.md',
  tasks: '.md',
  departments: '.yaml',
  checklists: '.yaml',
  bulletins: '.yaml',
  // A report's id is `<unit>/<date>`, its file content/reports/<unit>/<date>.yaml.
  reports: '.yaml',
  // A batch's id is its number; a casework report's is `<unit>/<date>`, like a report's.
  cases: '.yaml',
  casework: '.yaml',
};

/** Validates one inline entry with its collection's schema; a test's own typo fails loudly. */
function validate(collection: CollectionName, id: string, fields: Record<string, unknown>): unknown {
  const { body, ...data } = fields;
  const result = COLLECTION_SCHEMAS[collection].safeParse(data);
  if (!result.success) throw new Error(`inline ${collection} "${id}" is invalid: ${result.error.message}`);
  return collection === 'meetings' ? { ...result.data, body: String(body ?? '') } : result.data;
}

/** Options for `inlineSite`. */
export interface InlineOptions {
  /** Ids of entries that exist but failed their schema: references to them are not reported. */
  invalid?: Partial<Record<CollectionName, string[]>>;
  /** What was published: checklist id → its item ids. */
  published?: Record<string, string[]>;
  /** Checklist ids withdrawn on purpose. */
  withdrawn?: string[];
  /** The check's date; by default 2022-06-30, after every inline date. */
  today?: string;
  /** Report file → its evidence files and their sizes. */
  attachments?: Record<string, Record<string, number>>;
  /** The bulletins issued at the git base, and what changed since within their dates. */
  issued?: IssuedState;
}

/** The rules' view of the given entries. */
export function inlineSite(inline: Inline, options: InlineOptions = {}): CheckSite {
  const sets = Object.fromEntries(COLLECTIONS.map((name) => [name, [] as Checked<unknown>[]])) as Record<CollectionName, Checked<unknown>[]>;
  const existing = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set(options.invalid?.[name] ?? [])])) as Record<CollectionName, Set<string>>;
  // A task's `body` is its Markdown body, starting on line 1 of the file.
  const bodies = new Map<string, Body>();
  for (const [collection, extension] of Object.entries(EXTENSIONS) as [Exclude<CollectionName, 'milestones' | 'signoffs'>, string][]) {
    for (const [id, fields] of Object.entries(inline[collection] ?? {})) {
      const file = `content/${collection}/${id}${extension}`;
      sets[collection].push({ id, file, at: '', data: validate(collection, id, fields), failed: new Set() });
      existing[collection].add(id);
      if (collection === 'tasks' && typeof fields['body'] === 'string') bodies.set(file, { text: fields['body'], line: 1 });
    }
  }
  (inline.milestones ?? []).forEach((fields, index) => {
    const id = String(fields['id']);
    sets.milestones.push({ id, file: 'content/milestones.yaml', at: `[${index}].`, data: validate('milestones', id, fields), failed: new Set() });
    existing.milestones.add(id);
  });
  for (const [task, decisions] of Object.entries(inline.signoffs ?? {})) {
    decisions.forEach((fields, index) => {
      const id = `${task}/${String(fields['unit'])}/${String(fields['date'])}`;
      sets.signoffs.push({ id, file: `content/signoffs/${task}.yaml`, at: `[${index}].`, data: validate('signoffs', id, fields), failed: new Set() });
      existing.signoffs.add(id);
    });
  }
  const published: PublishedState = {
    checklists: new Map(Object.entries(options.published ?? {}).map(([id, items]) => [id, new Set(items)])),
    withdrawn: new Set(options.withdrawn ?? []),
  };
  const attachments = new Map(Object.entries(options.attachments ?? {}).map(([file, sizes]) => [file, new Map(Object.entries(sizes))]));
  return checkSite({ ...sets, existing } as EntrySet, published, bodies, { today: options.today ?? '2022-06-30', attachments, ...(options.issued === undefined ? {} : { issued: options.issued }) });
}

/** What `rule` reports on the given entries, sorted, one `file: field: message` line each. */
export function problems(rule: Rule, inline: Inline, options?: InlineOptions): string[] {
  return sortProblems(runRules(inlineSite(inline, options), { [rule.name]: rule })).map(formatProblem);
}
