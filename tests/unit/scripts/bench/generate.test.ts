/** The benchmark's synthetic content is valid content: otherwise the benchmark measures errors. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { generate } from '../../../../scripts/bench/generate.ts';

it('generates content that passes npm run check, at the size asked', () => {
  const root = mkdtempSync(join(tmpdir(), 'duban-generate-'));
  try {
    generate(root, { tasks: 120, units: 30, checklists: 6, meetings: 4 });
    const { problems, counts } = checkContent(root);
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ tasks: 120, departments: 33, checklists: 6, meetings: 4, directives: 16 });
    expect(readdirSync(join(root, 'content/tasks')).length).toBe(120);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
