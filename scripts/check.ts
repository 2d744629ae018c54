/**
 * npm run check [-- <project root>] — validates all of content/ and prints one line per problem:
 * `file: field: what is wrong (the fix)`. Exits 1 when anything is wrong.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/check/checkContent.ts';
import { formatProblem } from '../src/lib/problems.ts';

const root = resolve(process.argv[2] ?? '.');
const { problems, counts } = checkContent(root);
const total = Object.values(counts).reduce((sum, count) => sum + count, 0);

if (problems.length === 0) {
  const summary = Object.entries(counts).map(([name, count]) => `${name} ${count}`).join(', ');
  console.log(`内容检查通过：${total} 个条目（${summary}）`);
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(`\n内容检查未通过：${files} 个文件中共 ${problems.length} 个问题。逐条修改后重新运行 npm run check。`);
  process.exitCode = 1;
}
