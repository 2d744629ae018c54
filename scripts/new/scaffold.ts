/**
 * `npm run new -- <meeting|directive|task|unit|checklist|milestone>`: the flags each kind takes and
 * how they are read, the meeting an entry belongs to when none is named, the next free id and
 * number, and the skeleton file. The command (scripts/new.ts) reads the content, asks for what the
 * flags do not give, writes the file and runs the check on it.
 *
 * Everything an editor can get wrong on the command line (an unknown flag, a flag without its
 * value, a list item in the wrong shape) is a `UsageError`: one line in Chinese that says what is
 * allowed, printed instead of a stack trace.
 */
import { SLUG_PATTERN } from '../../src/schemas/common.ts';
import { DEPARTMENT_KINDS } from '../../src/schemas/department.ts';
import { ROLES } from '../../src/schemas/responsibility.ts';
import { closest } from '../../src/schemas/suggest.ts';
import { LONG_TERM } from '../../src/schemas/taskStatus.ts';

/** The kinds of entry the scaffolder writes, in the order a new meeting needs them. */
export const KINDS = ['meeting', 'directive', 'task', 'unit', 'checklist', 'milestone'] as const;
/** One of `KINDS`. */
export type Kind = (typeof KINDS)[number];

/** A mistake on the command line, as the one line the editor reads. */
export class UsageError extends Error {}

/**
 * How a flag takes its value: `text` one value (`--title 文字`); `switch` none (`--immediate`);
 * `repeat` one value each time it is given (`--item 甲 --item 乙`), in order.
 */
export type FlagType = 'text' | 'switch' | 'repeat';

/** One flag of a kind: its name, the question asked for it in a terminal, and whether it must be given. */
export interface Flag {
  name: string;
  question: string;
  type: FlagType;
  required: boolean;
}

const flag = (name: string, question: string, type: FlagType = 'text', required = false): Flag => ({ name, question, type, required });
const QUOTE = (what: string) => flag('quote', `讲话中${what}的原文（从会议记录逐字复制，不跨段）`, 'text', true);

/** What each kind takes besides `--id` and `--meeting`, in the order the questions are asked. */
export const FLAGS: Record<Kind, readonly Flag[]> = {
  meeting: [
    flag('title', '会议记录标题', 'text', true),
    flag('host', '主持人或讲话人（如 区委书记）', 'text', true),
    flag('date', '会议日期 YYYY-MM-DD（原稿未载明时不写）'),
    flag('date-note', '日期说明：已知什么、推断什么'),
    flag('agenda', '议程一项，写成“主讲人：议程内容”', 'repeat', true),
    flag('transcript', '讲话全文的文本文件（UTF-8，每段一行，或段与段之间空一行）', 'text', true),
    flag('omission', '记录中“…………”处省略了什么'),
    flag('unreflected', '不转化为条目的段落，写成“p1=原因”', 'repeat'),
  ],
  directive: [
    flag('title', '标题，不含序号（如 要抓好整改）', 'text', true),
    QUOTE('这一条'),
    flag('number', '在讲话中的序号（“一、”写 1；不写时接着本会议已有的序号）'),
    flag('summary', '一句话概括（不写时同标题）'),
    flag('requirement', '分项，写成“id=名称=原文”', 'repeat'),
    flag('command', '统一指挥与统筹协调本条工作的单位，写成“单位id=原文”'),
  ],
  task: [
    flag('title', '任务名称（一句话）', 'text', true),
    flag('directive', '所属要求的 id（content/directives/ 下的文件名）', 'text', true),
    flag('requirement', '所属分项的 id（要求中 requirements 的 id）'),
    flag('lead', '牵头单位 id（多个用逗号分开，如 gongan,fagai）', 'text', true),
    flag('support', '配合单位 id（多个用逗号分开）'),
    flag('unit', `其他角色的单位，写成“单位id=角色”（角色：${ROLES.filter((role) => role !== '牵头' && role !== '配合').join('、')}）`, 'repeat'),
    flag('who', '具体落实人员：写给每个牵头单位，或写成“单位id=人员”', 'repeat'),
    QUOTE('布置这项任务'),
    flag('date', '时限日期 YYYY-MM-DD'),
    flag('year-inferred', '讲话只说月日、年份为推断时加上', 'switch'),
    flag('milestone', '时限所依的节点 id'),
    flag('offset-days', '相对节点的天数，负数为节点之前'),
    flag('immediate', '讲话要求会后立即落实时加上', 'switch'),
    flag('start', '讲话只说何时开始、未规定完成时限（如 今天会议以后、当前）时加上', 'switch'),
    flag('unspecified', '讲话未规定时限、又有原话（如 长期坚持、今后）时加上', 'switch'),
    flag('deadline-text', '讲话对时限的原话（如 5月19日前、请会后立即落实）'),
    flag('status', `仅长期坚持的任务写 --status ${LONG_TERM}（其他任务的状态由各单位报送和办公室销号自动得出）`),
    flag('checklist', '核查清单 id'),
    flag('acceptance', '销号要求（不写为“讲话未明确销号标准。”）'),
    flag('location', '办公地点的单位 id（讲话只说在某单位办公、未给它分派职责时）'),
  ],
  unit: [
    flag('name', '单位全称（如 区公安分局）', 'text', true),
    flag('short', '简称（如 公安）'),
    flag('kind', `单位类型（${DEPARTMENT_KINDS.join('、')}；不写为 职能部门）`),
    flag('aliases', '别名（多个用逗号分开）'),
    flag('members', '单位组的成员 id（多个用逗号分开）'),
    flag('members-note', '单位组成员为空或不全的原因'),
    flag('note', '备注'),
    flag('editor-note', '编者说明（只在编者页面显示），如“全称系据讲话简称补全”'),
    QUOTE('提到该单位'),
  ],
  checklist: [
    flag('title', '清单名称', 'text', true),
    flag('description', '说明：何时、如何使用本清单'),
    flag('applies-to', '适用单位或单位组 id（多个用逗号分开）', 'text', true),
    flag('item', '条目，写成“条目内容”或“条目内容=讲话原文”', 'repeat', true),
    QUOTE('要求这份清单'),
  ],
  milestone: [
    flag('name', '节点名称（如 下沉督察）', 'text', true),
    flag('date', '日期 YYYY-MM-DD（未定时不写）'),
    flag('date-inferred', '日期为推断（不是正式通知的）时加上', 'switch'),
    flag('note', '说明，如日期来源或为何未定'),
    QUOTE('提到该节点'),
  ],
};

/** Flags every kind takes; a meeting belongs to no other meeting. */
const ID = flag('id', '文件名，即 id（不写时自动取下一个空闲的）');
const MEETING = flag('meeting', '会议 id（不写时：任务随其要求，其余取日期最近的一次会议）');
/** The project to write into: for tests, which run on a copy of the content. Not offered to editors. */
const ROOT = flag('root', '');

/** Every flag `kind` takes, as offered to editors. */
export function flagsOf(kind: Kind): Flag[] {
  return [ID, ...(kind === 'meeting' ? [] : [MEETING]), ...FLAGS[kind]];
}

/** The flags given, by name: one value for `text`, an empty string for `switch`, every value for `repeat`. */
export type Values = Readonly<Record<string, readonly string[]>>;

/** The value of a `text` flag, trimmed; undefined when not given or blank. */
export function one(values: Values, name: string): string | undefined {
  const value = values[name]?.[0]?.trim();
  return value === '' ? undefined : value;
}

/** The values of a `repeat` flag, trimmed, blanks dropped. */
export function all(values: Values, name: string): string[] {
  return (values[name] ?? []).map((value) => value.trim()).filter((value) => value !== '');
}

/** Whether a `switch` was given. */
export const has = (values: Values, name: string): boolean => values[name] !== undefined;

/** "task 可用：--id、--meeting、--title、…": what a message lists as allowed. */
function allowed(kind: Kind): string {
  return `${kind} 可用：${flagsOf(kind).map((known) => `--${known.name}`).join('、')}`;
}

/** The one line for a missing or unknown kind. */
export function usage(given: string | undefined): string {
  if (given === undefined || given.startsWith('--')) {
    return `用法：npm run new -- <${KINDS.join('|')}> --参数 值 …，如 npm run new -- task --title "……" --directive xingdong-youli --lead gongan --quote "……"`;
  }
  const near = closest(given, KINDS);
  return `种类 "${given}" 不存在（${near === undefined ? '' : `是否想写 "${near}"？`}可用：${KINDS.join('、')}）`;
}

/**
 * Reads `args` as `kind`'s flags: `--name value`, `--name=value`, or `--name` alone for a switch.
 * Throws a `UsageError` naming the flag and what is allowed.
 */
export function parseFlags(kind: Kind, args: readonly string[]): Values {
  const known = new Map([...flagsOf(kind), ROOT].map((each) => [each.name, each]));
  const values: Record<string, string[]> = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith('--') || arg === '--') {
      throw new UsageError(`多余的参数 "${arg}"（参数值含空格时，用英文双引号把整个值括起来；${allowed(kind)}）`);
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const spec = known.get(name);
    if (spec === undefined) {
      const near = closest(name, flagsOf(kind).map((each) => each.name));
      throw new UsageError(`未知参数 --${name}（${near === undefined ? '' : `是否想写 --${near}？`}${allowed(kind)}）`);
    }
    let value = '';
    if (spec.type === 'switch') {
      if (equals >= 0) throw new UsageError(`参数 --${name} 不带取值（只写 --${name}）`);
    } else if (equals >= 0) {
      value = arg.slice(equals + 1);
    } else {
      const next = args[index + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`参数 --${name} 缺少取值（写成 --${name} "……"）`);
      value = next;
      index += 1;
    }
    if (spec.type !== 'repeat' && values[name] !== undefined) throw new UsageError(`参数 --${name} 写了两次（只保留一个）`);
    (values[name] ??= []).push(value);
  }
  return values;
}

/** The deadline kinds a task's flags choose between; none means the speech set no time limit, in those words. */
const DEADLINE_FLAGS = ['date', 'milestone', 'immediate', 'start', 'unspecified'] as const;

/**
 * The flags `kind` still needs: those required and not given, and, for a task whose deadline kind
 * is given, the speech's words for it. Throws when the deadline flags contradict each other.
 */
export function missingFlags(kind: Kind, values: Values): Flag[] {
  const missing = FLAGS[kind].filter((each) => each.required && (each.type === 'repeat' ? all(values, each.name).length === 0 : one(values, each.name) === undefined));
  if (kind !== 'task') return missing;
  const kinds = DEADLINE_FLAGS.filter((name) => has(values, name));
  const choice = DEADLINE_FLAGS.map((name) => `--${name}`).join('、');
  if (kinds.length > 1) throw new UsageError(`时限只能有一种：${choice} 只写一个（现有 ${kinds.map((name) => `--${name}`).join(' 和 ')}）`);
  const text = FLAGS.task.find((each) => each.name === 'deadline-text')!;
  if (kinds.length === 0 && one(values, 'deadline-text') !== undefined) {
    throw new UsageError(`--deadline-text 须与 ${choice} 之一同用（讲话未规定时限、也没有相关原话时，这几个参数都不写）`);
  }
  return kinds.length === 1 && one(values, 'deadline-text') === undefined ? [...missing, text] : missing;
}

/** The one line naming the flags still missing, when the terminal cannot ask for them. */
export function missingMessage(missing: readonly Flag[]): string {
  return `缺少 ${missing.map((each) => `--${each.name}：${each.question}`).join('；')}`;
}

/** The prefix of ids chosen when none is given. */
const PREFIX: Record<Kind, string> = { meeting: 'huiyi', directive: 'yaoqiu', task: 'renwu', unit: 'danwei', checklist: 'qingdan', milestone: 'jiedian' };

/** `renwu-1`, or the first `renwu-N` after the highest one taken. */
export function nextFreeId(kind: Kind, taken: ReadonlySet<string>): string {
  const prefix = PREFIX[kind];
  let highest = 0;
  for (const id of taken) {
    const match = new RegExp(`^${prefix}-(\\d+)$`).exec(id);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${highest + 1}`;
}

/** Refuses an id that could not be a file name the check accepts. */
export function checkId(id: string): void {
  if (!SLUG_PATTERN.test(id)) throw new UsageError(`id "${id}" 不合规：只能用小写英文字母、数字和连字符，如 zhenggai-tuijin`);
}

/** A meeting as the default is chosen from. */
export interface MeetingDate {
  id: string;
  date: string | null;
}

/**
 * The meeting an entry belongs to when none is named: the latest by date (meetings without a date
 * are left out: their place among the others is unknown), or the only one. Undefined when no
 * meeting can be chosen that way.
 */
export function latestMeeting(meetings: readonly MeetingDate[]): string | undefined {
  let latest: MeetingDate | undefined;
  for (const meeting of meetings) {
    if (meeting.date !== null && (latest?.date == null || meeting.date > latest.date)) latest = meeting;
  }
  return latest?.id ?? (meetings.length === 1 ? meetings[0]!.id : undefined);
}

/**
 * A transcript as content/meetings/ holds it: one paragraph of the speech per Markdown paragraph.
 * A text with blank lines is taken as paragraphs between them (lines inside one are joined); a
 * text without any, as pasted from a document, has one paragraph per line.
 */
export function transcriptBody(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim().split('\n').map((line) => line.trim());
  const blocks = lines.includes('') ? lines.join('\n').split(/\n{2,}/).map((block) => block.split('\n').join('')) : lines;
  return blocks.filter((block) => block !== '').join('\n\n');
}

/**
 * A YAML scalar. Ids and dates are written bare, as editors write them (the reader takes dates as
 * text); every other string double-quoted (JSON is valid YAML), so no value is misread.
 */
const q = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) || (SLUG_PATTERN.test(text) && /[a-z]/.test(text) && !['true', 'false', 'null'].includes(text)) ? text : JSON.stringify(text);
/** A number if the editor wrote one, else the text as given, for the check to refuse with its own message. */
const numberOr = (text: string) => (/^-?\d+$/.test(text) ? text : q(text));
/** `a,b，c、d` → its ids. */
const list = (text: string | undefined) => (text ?? '').split(/[,，、\s]+/).filter(Boolean);
/** A flow list of ids: `[a, b]`. */
const ids = (text: string | undefined) => `[${list(text).map(q).join(', ')}]`;

/** `甲=乙=丙` split at its first `parts - 1` equals signs, or a `UsageError` showing the shape wanted. */
function split(value: string, parts: number, name: string, shape: string, example: string): string[] {
  const pieces = value.split('=');
  if (pieces.length < parts || pieces.slice(0, parts).some((piece) => piece.trim() === '')) {
    throw new UsageError(`--${name} "${value}" 应写成“${shape}”，如 --${name} "${example}"`);
  }
  return [...pieces.slice(0, parts - 1), pieces.slice(parts - 1).join('=')].map((piece) => piece.trim());
}

/** Where the file goes and what it says; `append` for milestones.yaml, which holds a list. */
export interface Scaffold {
  path: string;
  text: string;
  append: boolean;
}

/** What a skeleton is made of besides the flags. */
export interface ScaffoldInput {
  id: string;
  /** The meeting the entry belongs to (unused for a meeting). */
  meeting: string;
  values: Values;
  /** For a directive: its number when `--number` is not given. */
  number?: number;
  /** For a meeting: the transcript's text, as read from `--transcript`. */
  transcript?: string;
}

/** The task's `responsibilities:` lines, from --lead, --support, --unit and --who. */
function responsibilities(values: Values): string {
  const lines = [
    ...list(one(values, 'lead')).map((unit) => ({ unit, role: '牵头' })),
    ...list(one(values, 'support')).map((unit) => ({ unit, role: '配合' })),
    ...all(values, 'unit').map((value) => {
      const [unit, role] = split(value, 2, 'unit', '单位id=角色', 'ducha-zhongxin=督办');
      return { unit: unit!, role: role! };
    }),
  ];
  const who = new Map<string, string>();
  for (const value of all(values, 'who')) {
    const target = /^([a-z0-9-]+)=(.+)$/.exec(value);
    if (target === null) {
      for (const line of lines) if (line.role === '牵头') who.set(line.unit, value);
    } else if (lines.some((line) => line.unit === target[1])) {
      who.set(target[1]!, target[2]!.trim());
    } else {
      throw new UsageError(`--who 指定的单位 "${target[1]}" 不在 --lead、--support、--unit 之中（写给每个牵头单位时，只写人员，如 --who "主要负责同志"）`);
    }
  }
  return lines
    .map(({ unit, role }) => `  - unit: ${q(unit)}\n    role: ${role}${who.has(unit) ? `\n    who: ${q(who.get(unit)!)}` : ''}`)
    .join('\n');
}

/** The task's `deadline:` block: the kind its flags chose, or "the speech set no time limit". */
function deadline(values: Values): string {
  const text = one(values, 'deadline-text') ?? '讲话未规定时限';
  const date = one(values, 'date');
  const milestone = one(values, 'milestone');
  const offset = one(values, 'offset-days');
  if (has(values, 'date')) return `  date: ${q(date ?? '')}${has(values, 'year-inferred') ? '\n  yearInferred: true' : ''}\n  text: ${q(text)}`;
  if (has(values, 'milestone')) return `  milestone: ${q(milestone ?? '')}${offset === undefined ? '' : `\n  offsetDays: ${numberOr(offset)}`}\n  text: ${q(text)}`;
  if (has(values, 'immediate')) return `  immediate: true\n  text: ${q(text)}`;
  if (has(values, 'start')) return `  start: true\n  text: ${q(text)}`;
  return `  unspecified: true\n  text: ${q(text)}`;
}

/** The skeleton for `kind`, with the flags given. Throws a `UsageError` for a flag in the wrong shape. */
export function scaffold(kind: Kind, input: ScaffoldInput): Scaffold {
  const { id, meeting, values } = input;
  const text = (name: string) => q(one(values, name) ?? '');
  const optional = (field: string, name: string) => (one(values, name) === undefined ? '' : `${field}: ${text(name)}\n`);
  const source = `source:\n  meeting: ${q(meeting)}\n  quote: ${text('quote')}\n`;
  switch (kind) {
    case 'meeting': {
      const agenda = all(values, 'agenda').map((value) => {
        const match = /^([^：:]+)[：:](.+)$/.exec(value);
        if (match === null) throw new UsageError(`--agenda "${value}" 应写成“主讲人：议程内容”，如 --agenda "区长：部署整改推进工作"`);
        return `  - item: ${q(match[2]!.trim())}\n    presenter: ${q(match[1]!.trim())}`;
      });
      const unreflected = all(values, 'unreflected').map((value) => {
        const [paragraph, why] = split(value, 2, 'unreflected', '段落=原因', 'p1=称呼语，无具体要求。');
        return `  - paragraph: ${q(paragraph!)}\n    why: ${q(why!)}`;
      });
      const date = one(values, 'date');
      return {
        path: `content/meetings/${id}.md`,
        append: false,
        text: `---\ntitle: ${text('title')}\nhost: ${text('host')}\ndate: ${date === undefined ? 'null' : q(date)}\n${optional('dateNote', 'date-note')}agenda:\n${agenda.join('\n')}\n${optional('omission', 'omission')}${unreflected.length === 0 ? '' : `unreflected:\n${unreflected.join('\n')}\n`}---\n${transcriptBody(input.transcript ?? '')}\n`,
      };
    }
    case 'directive': {
      const requirements = all(values, 'requirement').map((value) => {
        const [requirement, title, quote] = split(value, 3, 'requirement', 'id=名称=原文', 'zicha=完成自查=各单位要在5月19日前完成自查');
        return `  - id: ${q(requirement!)}\n    title: ${q(title!)}\n    quote: ${q(quote!)}`;
      });
      const summary = one(values, 'summary') ?? one(values, 'title') ?? '';
      const commandBy = one(values, 'command');
      const [commander, order] = commandBy === undefined ? [] : split(commandBy, 2, 'command', '单位id=原文', 'quwei-quzhengfu=在区委区政府统一指挥与统筹协调下');
      const command = commander === undefined ? '' : `command:\n  unit: ${q(commander)}\n  quote: ${q(order!)}\n`;
      return {
        path: `content/directives/${id}.md`,
        append: false,
        text: `---\nnumber: ${numberOr(one(values, 'number') ?? String(input.number ?? 1))}\ntitle: ${text('title')}\nmeeting: ${q(meeting)}\nsummary: ${q(summary)}\n${source}${command}${requirements.length === 0 ? '' : `requirements:\n${requirements.join('\n')}\n`}---\n${summary}\n`,
      };
    }
    case 'task':
      return {
        path: `content/tasks/${id}.md`,
        append: false,
        // The body quotes the speech as a blockquote: its days stay the speech's if the date is later moved.
        text: `---\ntitle: ${text('title')}\ndirective: ${text('directive')}\n${optional('requirement', 'requirement')}responsibilities:\n${responsibilities(values)}\ndeadline:\n${deadline(values)}\n${optional('status', 'status')}${source}${optional('location', 'location')}${optional('checklist', 'checklist')}acceptance: ${q(one(values, 'acceptance') ?? '讲话未明确销号标准。')}\n---\n> ${one(values, 'quote') ?? ''}\n`,
      };
    case 'unit': {
      const members = one(values, 'members');
      const kindOf = one(values, 'kind') ?? (members === undefined ? '职能部门' : '单位组');
      return {
        path: `content/departments/${id}.yaml`,
        append: false,
        text: `name: ${text('name')}\n${optional('short', 'short')}kind: ${q(kindOf)}\naliases: ${ids(one(values, 'aliases'))}\n${members === undefined ? '' : `members: ${ids(members)}\n`}${optional('membersNote', 'members-note')}${optional('note', 'note')}${optional('editorNote', 'editor-note')}${source}`,
      };
    }
    case 'checklist': {
      const items = all(values, 'item').map((value, index) => {
        const [itemText, quote] = value.includes('=') ? split(value, 2, 'item', '条目内容=讲话原文', '逐项自查=台账资料要真实反映') : [value];
        return `  - id: tiaomu-${index + 1}\n    text: ${q(itemText!)}${quote === undefined ? '' : `\n    quote: ${q(quote)}`}`;
      });
      return {
        path: `content/checklists/${id}.yaml`,
        append: false,
        text: `title: ${text('title')}\n${optional('description', 'description')}appliesTo: ${ids(one(values, 'applies-to'))}\n${source}items:\n${items.join('\n')}\n`,
      };
    }
    case 'milestone': {
      const date = one(values, 'date');
      const fields = `name: ${text('name')}\ndate: ${date === undefined ? 'null' : q(date)}\n${has(values, 'date-inferred') ? 'dateIsInferred: true\n' : ''}${optional('note', 'note')}${source}`;
      return {
        path: 'content/milestones.yaml',
        append: true,
        text: `- id: ${q(id)}\n${fields.replace(/^(?=.)/gm, '  ')}`,
      };
    }
  }
}
