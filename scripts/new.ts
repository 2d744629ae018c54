/**
 * npm run new -- <meeting|directive|task|unit|checklist|milestone> [--id x] [--meeting m] [--title …] …
 *
 * Writes a skeleton entry with the next free id, asking (in a terminal) for anything the flags do
 * not give, then runs the content check and shows what is still wrong in the new file, and which
 * paragraphs of its meeting no entry reflects yet. Entries belong to the latest meeting by date
 * unless `--meeting` says otherwise; a task belongs to its directive's meeting. Every mistake on
 * the command line is one line in Chinese (exit 2), never a stack trace.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkContent } from '../src/check/checkContent.ts';
import { decodeText } from '../src/check/read.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { parseTranscript } from '../src/lib/transcript.ts';
import { suggestion } from '../src/schemas/suggest.ts';
import { runCommand } from './cli.ts';
import {
  checkId, KINDS, latestMeeting, missingFlags, missingMessage, nextFreeId, one, parseFlags, scaffold, usage, UsageError,
  transcriptBody, type Kind, type Values,
} from './new/scaffold.ts';

/** Where each kind's entries are counted, for the next free id. */
const COLLECTION = { meeting: 'meetings', directive: 'directives', task: 'tasks', unit: 'departments', checklist: 'checklists', milestone: 'milestones' } as const;

/** The meeting the new entry belongs to: as named, the task's directive's, or the latest. */
function meetingFor(kind: Kind, values: Values, content: ReturnType<typeof checkContent>['content']): string {
  const existing = content.existing.meetings;
  const named = one(values, 'meeting');
  const choices = [...existing].sort();
  if (named !== undefined) {
    if (!existing.has(named)) throw new UsageError(`会议 "${named}" 不存在（${suggestion(named, choices)}）`);
    return named;
  }
  if (kind === 'task') {
    const directive = content.directives.find((entry) => entry.id === one(values, 'directive'));
    if (directive !== undefined) return directive.data.meeting;
  }
  const latest = latestMeeting(content.meetings.map(({ id, data }) => ({ id, date: data.date })));
  if (latest !== undefined) return latest;
  if (existing.size === 0) throw new UsageError('还没有会议记录：请先用 npm run new -- meeting 新建会议');
  throw new UsageError(`有几次会议都没有日期，无法判断哪一次最近：请用 --meeting 指明（可用：${choices.join('、')}）`);
}

/** Asks in the terminal for each flag still missing; a `repeat` flag gets one value. */
async function ask(kind: Kind, values: Values): Promise<Values> {
  const missing = missingFlags(kind, values);
  if (missing.length === 0) return values;
  if (!process.stdin.isTTY) throw new UsageError(missingMessage(missing));
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answered: Record<string, readonly string[]> = { ...values };
  for (const each of missing) {
    let answer = '';
    while (answer.trim() === '') answer = await prompt.question(`${each.question}：`);
    answered[each.name] = [answer.trim()];
  }
  prompt.close();
  return answered;
}

/** The transcript named by --transcript, relative to where the command runs. */
function readTranscript(path: string): string {
  if (!existsSync(path)) throw new UsageError(`找不到会议记录文件 "${path}"（--transcript 写讲话全文的文本文件的路径）`);
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) throw new UsageError(`${path}：${decoded.message}`);
  return decoded.text;
}

/** The paragraph ids the check names as reflected by no entry and not listed in `unreflected`. */
function unaccounted(problems: readonly { file: string; field: string; message: string }[], meeting: string): string[] {
  return problems
    .filter((problem) => problem.file === `content/meetings/${meeting}.md` && problem.field === 'unreflected')
    .map((problem) => /^段落 (p\d+)/.exec(problem.message)?.[1] ?? '');
}

async function main(): Promise<number> {
  const [given, ...rest] = process.argv.slice(2);
  if (!KINDS.includes(given as Kind)) throw new UsageError(usage(given));
  const kind = given as Kind;
  let values = parseFlags(kind, rest);
  const root = resolve(one(values, 'root') ?? '.');

  const before = checkContent(root);
  const meeting = kind === 'meeting' ? '' : meetingFor(kind, values, before.content);
  const taken = before.content.existing[COLLECTION[kind]];
  const id = one(values, 'id') ?? nextFreeId(kind, taken);
  checkId(id);
  if (taken.has(id)) throw new UsageError(`id "${id}" 已被使用，请换一个（或不写 --id，自动取 ${nextFreeId(kind, taken)}）`);

  values = await ask(kind, values);
  const numbers = before.content.directives.filter((directive) => directive.data.meeting === meeting).map((directive) => directive.data.number);
  const transcript = kind === 'meeting' ? readTranscript(one(values, 'transcript')!) : undefined;
  const file = scaffold(kind, { id, meeting, values, number: Math.max(0, ...numbers) + 1, ...(transcript === undefined ? {} : { transcript }) });

  const path = join(root, file.path);
  if (file.append) {
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    appendFileSync(path, text === '' || text.endsWith('\n') ? file.text : `\n${file.text}`);
  } else if (existsSync(path)) {
    throw new UsageError(`${file.path} 已存在（请换一个 --id）`);
  } else {
    writeFileSync(path, file.text);
  }
  const of = kind === 'meeting' ? `讲话共 ${parseTranscript(transcriptBody(transcript ?? '')).length} 段` : `会议 ${meeting}`;
  console.log(`已写入 ${file.path}（id: ${id}，${of}）`);

  const after = checkContent(root).problems;
  const own = meeting === '' ? id : meeting;
  // A new meeting's paragraphs wait for the directives and tasks still to come: what is next, not what is wrong.
  const wrong = after.filter((problem) => problem.file === file.path && !(kind === 'meeting' && problem.field === 'unreflected'));
  const open = unaccounted(after, own);
  if (open.length > 0) {
    console.log(`会议 ${own} 还有 ${open.length} 段讲话未被任何条目引用：${open.join('、')}（用 npm run new -- directive、task 等为它们新建条目，或在会议记录的 unreflected 中说明原因）`);
  }
  if (wrong.length > 0) {
    console.error('\n新文件还有这些问题，请修改后再运行 npm run check：');
    for (const problem of wrong) console.error(formatProblem(problem));
    return 1;
  }
  console.log('新文件检查通过。');
  return 0;
}

await runCommand(main, (error) => error instanceof UsageError);
