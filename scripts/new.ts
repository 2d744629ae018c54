/**
 * npm run new -- <task|unit|checklist|milestone> [--id x] [--title …] [--lead a,b] …
 *
 * Writes a skeleton entry with the next free id, asking (in a terminal) for anything the flags do
 * not give, then runs the content check and shows what is still wrong in the new file.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/checkContent.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { FIELDS, KINDS, nextFreeId, scaffold, type Kind } from './new/scaffold.ts';

const [kind, ...rest] = process.argv.slice(2);
if (!KINDS.includes(kind as Kind)) {
  console.error(`用法：npm run new -- <${KINDS.join('|')}> [--id 文件名] [其他字段]\n例：npm run new -- task --title "……" --directive xingdong-youli --lead gongan --quote "……"`);
  process.exit(2);
}
const fields = FIELDS[kind as Kind];
const options = Object.fromEntries([['id', { type: 'string' as const }], ['root', { type: 'string' as const }], ...fields.map((field) => [field.flag, { type: 'string' as const }])]);
const { values } = parseArgs({ args: rest, options, strict: true });
const flags = values as Record<string, string | undefined>;
const root = resolve(flags['root'] ?? '.');

const before = checkContent(root);
const collection = { task: 'tasks', unit: 'departments', checklist: 'checklists', milestone: 'milestones' } as const;
const taken = before.content.existing[collection[kind as Kind]];
const id = flags['id'] ?? nextFreeId(kind as Kind, taken);
if (taken.has(id)) {
  console.error(`id "${id}" 已被使用，请换一个（或不写 --id，自动取 ${nextFreeId(kind as Kind, taken)}）`);
  process.exit(2);
}

const answers: Record<string, string> = {};
const missing = fields.filter((field) => field.required && !flags[field.flag]);
if (missing.length > 0 && !process.stdin.isTTY) {
  console.error(`缺少：${missing.map((field) => `--${field.flag}（${field.question}）`).join('，')}`);
  process.exit(2);
}
const prompt = missing.length > 0 ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
for (const field of fields) {
  let value = flags[field.flag] ?? '';
  while (prompt !== undefined && field.required && value.trim() === '') value = await prompt.question(`${field.question}：`);
  answers[field.flag] = value.trim();
}
prompt?.close();

const meetings = [...before.content.existing.meetings];
const file = scaffold(kind as Kind, id, meetings[0] ?? '', answers);
const path = join(root, file.path);
if (file.append) appendFileSync(path, file.text);
else if (existsSync(path)) {
  console.error(`${file.path} 已存在`);
  process.exit(2);
} else writeFileSync(path, file.text);
console.log(`已写入 ${file.path}（id: ${id}）`);

const after = checkContent(root).problems.filter((problem) => problem.file === file.path);
if (after.length > 0) {
  console.error('\n新文件还有这些问题，请修改后再运行 npm run check：');
  for (const problem of after) console.error(formatProblem(problem));
  process.exitCode = 1;
} else {
  console.log('检查通过。');
}
