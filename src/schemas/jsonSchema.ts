/**
 * JSON Schemas for the YAML collections, generated from the zod schemas, so that an editor (VS
 * Code with the YAML extension, see .vscode/settings.json) underlines a misspelt field or an
 * unknown status while typing. Written to json-schemas/ by `npm run check`; a test keeps them in sync.
 */
import { z } from 'astro/zod';
import { ChecklistSchema } from './checklist.ts';
import { DepartmentSchema } from './department.ts';
import { MilestoneSchema } from './milestone.ts';
import { ReportSchema } from './report.ts';
import { SignoffSchema } from './signoff.ts';

/** The folder the schemas are written to, from the project root. */
export const JSON_SCHEMA_DIR = 'json-schemas';

/** File name → schema document; each names the files it is for in `description`. */
export function jsonSchemas(): Record<string, unknown> {
  const schema = (type: z.ZodType, title: string, files: string) => ({
    ...z.toJSONSchema(type, { io: 'input', unrepresentable: 'any' }),
    title,
    description: `${files}（由 src/schemas/ 自动生成，请勿手改；运行 npm run check 更新）`,
  });
  return {
    'department.schema.json': schema(DepartmentSchema, '单位', 'content/departments/*.yaml'),
    'checklist.schema.json': schema(ChecklistSchema, '清单', 'content/checklists/*.yaml'),
    'milestones.schema.json': schema(z.array(MilestoneSchema), '时间节点', 'content/milestones.yaml'),
    'report.schema.json': schema(ReportSchema, '报送', 'content/reports/*/*.yaml'),
    'signoffs.schema.json': schema(z.array(SignoffSchema), '销号决定', 'content/signoffs/*.yaml'),
  };
}

/** A schema file's text: stable key order as generated, two-space indent, final newline. */
export function schemaText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
