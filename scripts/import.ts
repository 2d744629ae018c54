/**
 * npm run import -- report <file.xlsx|file.csv> [--unit <id>] [--date YYYY-MM-DD] [--partial]
 * npm run import -- cases <file.xlsx|file.csv> [--batch N] [--date YYYY-MM-DD] [--partial]
 * npm run import -- casework <file.xlsx> [--unit <id>] [--date YYYY-MM-DD] [--partial]
 *
 * `cases` imports an inspection team's batch of petition cases into content/cases/<N>.yaml
 * (src/import/casesRun.ts); `casework` a unit's returned case sheet into
 * content/casework/<unit>/<date>.yaml (src/import/caseworkRun.ts).
 *
 * Imports a unit's report (报送): its filled-in 任务分解表, the CSV of the site's 报送 page, or a
 * checklist's progress export, into content/reports/<unit>/<date>.yaml, merged with the file of
 * the same unit and day; then runs the content check and prints what it wrote (src/import/run.ts).
 * Every problem of every row is printed at once; nothing is written while there is one, unless
 * `--partial`. A mistake on the command line is one line in Chinese (exit 2), never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chinaDate } from '../src/lib/dates.ts';
import { runCommand } from './cli.ts';

const USAGE = [
  '用法：npm run import -- report <文件.xlsx 或 文件.csv> [--unit 单位id] [--date YYYY-MM-DD] [--partial]',
  '　　　npm run import -- cases <交办表.xlsx 或 .csv> [--batch 批次号] [--date 交办日期] [--partial]',
  '　　　npm run import -- casework <办理情况表.xlsx> [--unit 单位id] [--date YYYY-MM-DD] [--partial]',
].join('\n');

/** What can be imported. */
const KINDS = ['report', 'cases', 'casework'] as const;

/** A mistake on the command line. */
class UsageError extends Error {}

/** The command line, read. */
interface Command {
  kind: (typeof KINDS)[number];
  file: string;
  batch?: number;
  unit?: string;
  date?: string;
  partial: boolean;
  root: string;
}

function parseArguments(args: readonly string[]): Command {
  const [kind, ...rest] = args;
  if (!KINDS.includes(kind as Command['kind'])) throw new UsageError(kind === undefined ? USAGE : `不认识的导入类型 "${kind}"：可以导入 report（单位报送）、cases（交办批次）、casework（单位办理情况）。\n${USAGE}`);
  const command: Partial<Command> & { partial: boolean } = { partial: false, kind: kind as Command['kind'] };
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    if (arg === '--partial') {
      command.partial = true;
      continue;
    }
    const flag = /^--(unit|date|root|batch)(?:=(.*))?$/.exec(arg);
    if (flag !== null) {
      const value = flag[2] ?? rest[(index += 1)];
      if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`--${flag[1]} 后面缺少内容。${USAGE}`);
      // A batch's number is its file's name: a whole number from 1.
      if (flag[1] === 'batch') {
        if (command.kind !== 'cases') throw new UsageError(`--batch 只用于导入交办批次（cases）。${USAGE}`);
        if (!/^[1-9]\d*$/.test(value.normalize('NFKC'))) throw new UsageError(`--batch "${value}" 不是批次号：请写第几批的数字，如 --batch 3`);
        command.batch = Number(value.normalize('NFKC'));
      } else {
        if (flag[1] === 'unit' && command.kind === 'cases') throw new UsageError(`导入交办批次不用 --unit：责任单位写在表中。${USAGE}`);
        command[flag[1] as 'unit' | 'date' | 'root'] = value;
      }
      continue;
    }
    if (arg.startsWith('--')) throw new UsageError(`不认识的选项 "${arg}"。${USAGE}`);
    if (command.file !== undefined) throw new UsageError(`一次只能导入一个文件（多了 "${arg}"）。${USAGE}`);
    command.file = arg;
  }
  if (command.file === undefined) throw new UsageError(`缺少要导入的文件。${USAGE}`);
  return { ...command, kind: command.kind!, file: command.file, root: resolve(command.root ?? '.') };
}

async function main(): Promise<number> {
  const command = parseArguments(process.argv.slice(2));
  let bytes: Uint8Array;
  try {
    const stats = statSync(command.file);
    if (!stats.isFile()) throw new UsageError(`"${command.file}" 不是文件`);
    // A file far beyond the importer's limit (src/import/file.ts) is refused unread.
    if (stats.size > 256 * 1024 * 1024) throw new UsageError(`${basename(command.file)}：文件过大（${Math.round(stats.size / 1024 / 1024)} MB），不是单位的报送表`);
    bytes = readFileSync(command.file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`找不到或无法读取文件 "${command.file}"（${(error as { code?: string }).code ?? String(error)}）`);
  }
  // Loaded only now: a mistake in the command is answered without loading the importer.
  const request = { root: command.root, name: basename(command.file), bytes, date: command.date, partial: command.partial, today: chinaDate() };
  const outcome =
    command.kind === 'cases'
      ? await (await import('../src/import/casesRun.ts')).importCases({ ...request, batch: command.batch })
      : command.kind === 'casework'
        ? await (await import('../src/import/caseworkRun.ts')).importCasework({ ...request, unit: command.unit })
        : await (await import('../src/import/run.ts')).importReport({ ...request, unit: command.unit });
  for (const line of outcome.lines) console.log(line);
  for (const line of outcome.errors) console.error(line);
  return outcome.ok ? 0 : 1;
}

await runCommand(main, (error) => error instanceof UsageError);
