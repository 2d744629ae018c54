/**
 * npm run import -- report <file.xlsx|file.csv> [--unit <id>] [--date YYYY-MM-DD] [--partial]
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

const USAGE = '用法：npm run import -- report <文件.xlsx 或 文件.csv> [--unit 单位id] [--date YYYY-MM-DD] [--partial]';

/** A mistake on the command line. */
class UsageError extends Error {}

/** The command line, read. */
interface Command {
  file: string;
  unit?: string;
  date?: string;
  partial: boolean;
  root: string;
}

function parseArguments(args: readonly string[]): Command {
  const [kind, ...rest] = args;
  if (kind !== 'report') throw new UsageError(kind === undefined ? USAGE : `不认识的导入类型 "${kind}"：目前只能导入 report（单位报送）。${USAGE}`);
  const command: Partial<Command> & { partial: boolean } = { partial: false };
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    if (arg === '--partial') {
      command.partial = true;
      continue;
    }
    const flag = /^--(unit|date|root)(?:=(.*))?$/.exec(arg);
    if (flag !== null) {
      const value = flag[2] ?? rest[(index += 1)];
      if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`--${flag[1]} 后面缺少内容。${USAGE}`);
      command[flag[1] as 'unit' | 'date' | 'root'] = value;
      continue;
    }
    if (arg.startsWith('--')) throw new UsageError(`不认识的选项 "${arg}"。${USAGE}`);
    if (command.file !== undefined) throw new UsageError(`一次只能导入一个文件（多了 "${arg}"）。${USAGE}`);
    command.file = arg;
  }
  if (command.file === undefined) throw new UsageError(`缺少要导入的文件。${USAGE}`);
  return { ...command, file: command.file, root: resolve(command.root ?? '.') };
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
  const { importReport } = await import('../src/import/run.ts');
  const outcome = await importReport({ root: command.root, name: basename(command.file), bytes, unit: command.unit, date: command.date, partial: command.partial, today: chinaDate() });
  for (const line of outcome.lines) console.log(line);
  for (const line of outcome.errors) console.error(line);
  return outcome.ok ? 0 : 1;
}

await runCommand(main, (error) => error instanceof UsageError);
