/**
 * npm run check [-- <project root>] — validates all of content/ and prints one line per problem:
 * `file: field: what is wrong (the fix)`. Exits 1 when anything is wrong. Also regenerates the
 * editor's JSON Schemas in json-schemas/ when the zod schemas changed, and, when everything passes,
 * brings content/published.json (what has been published of the checklists) up to date. In CI
 * (`CI` set) nothing is written: a record that is not up to date is a problem, to be fixed by
 * running the check locally and committing the file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/check/checkContent.ts';
import { PUBLISHED_FILE } from '../src/check/published.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { JSON_SCHEMA_DIR, jsonSchemas, schemaText } from '../src/schemas/jsonSchema.ts';

const root = resolve(process.argv[2] ?? '.');

// Keep the editor's JSON Schemas in step with the zod schemas (only in this project, not for a
// content folder checked from elsewhere).
if (process.argv[2] === undefined) {
  mkdirSync(join(root, JSON_SCHEMA_DIR), { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const path = join(root, JSON_SCHEMA_DIR, name);
    const text = schemaText(schema);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      writeFileSync(path, text);
      console.log(`已更新 ${JSON_SCHEMA_DIR}/${name}（编辑器自动补全用的 JSON Schema）`);
    }
  }
}
const inCi = !['', '0', 'false'].includes(process.env['CI'] ?? '');
const { problems, warnings, counts, published } = checkContent(root, { verifyPublished: inCi });
for (const warning of warnings) console.warn(`提示：${formatProblem(warning)}`);
if (!inCi && problems.length === 0 && !published.current) {
  writeFileSync(join(root, PUBLISHED_FILE), published.text);
  console.log(`已更新 ${PUBLISHED_FILE}（已发布的清单及条目 id，请随内容一并提交）`);
}
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
