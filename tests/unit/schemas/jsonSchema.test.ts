/** The editor's JSON Schemas: in step with the zod schemas, and strict where a typo must show. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemas, schemaText } from '~/schemas/jsonSchema';

const root = join(import.meta.dirname, '../../..');
const schemas = jsonSchemas() as Record<string, { properties?: Record<string, { enum?: string[] }>; additionalProperties?: boolean; items?: { additionalProperties?: boolean } }>;

describe('JSON Schemas for editors', () => {
  it('match the committed files (run npm run check to regenerate)', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      expect(readFileSync(join(root, JSON_SCHEMA_DIR, name), 'utf8'), name).toBe(schemaText(schema));
    }
  });

  it('refuse unknown fields and list the allowed values, with descriptions', () => {
    const department = schemas['department.schema.json']!;
    expect(department.additionalProperties).toBe(false);
    expect(department.properties?.['kind']?.enum).toContain('单位组');
    expect(schemas['milestones.schema.json']!.items?.additionalProperties).toBe(false);
    expect(JSON.stringify(schemas['checklist.schema.json'])).toContain('条目编号：条目的 id，清单内唯一');
  });

  it('are wired for VS Code', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(Object.keys(settings['yaml.schemas']).sort()).toEqual(Object.keys(schemas).map((name) => `./${JSON_SCHEMA_DIR}/${name}`).sort());
  });
});
