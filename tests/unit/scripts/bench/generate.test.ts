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

it('generates petition cases in daily batches, with their handling, that pass npm run check', () => {
  const root = mkdtempSync(join(tmpdir(), 'duban-generate-'));
  try {
    generate(root, { tasks: 40, units: 24, checklists: 2, meetings: 2, reports: 2, cases: 300, batches: 6 });
    const { problems, warnings, content } = checkContent(root);
    expect(problems).toEqual([]);
    // Marked names are masked as asked, and the texts hold no phone or ID number: nothing to warn of.
    expect(warnings).toEqual([]);
    expect(content.cases.map((batch) => [batch.id, batch.data.date, batch.data.cases.length])).toEqual([
      ['1', '2022-06-02', 50],
      ['2', '2022-06-03', 50],
      ['3', '2022-06-04', 50],
      ['4', '2022-06-05', 50],
      ['5', '2022-06-06', 50],
      ['6', '2022-06-07', 50],
    ]);
    // Most cases are handled: their lead units report them 办理中, then 办结 (238 of 300); some 配合 units report too.
    const states: Record<string, number> = {};
    for (const report of content.casework) for (const line of report.data.cases) states[line.state] = (states[line.state] ?? 0) + 1;
    expect(states).toEqual({ 办理中: 320, 已办结: 164, 阶段性办结: 74 });
    expect(content.casework.length).toBe(103);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
