/**
 * Costs grow linearly with the content: ten times the tasks may cost at most twelve times the
 * build (check, Astro and Pagefind). Small sizes keep npm test short; npm run bench measures
 * 1,000 against 10,000.
 */
import { rmSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildProject, syntheticProject } from '../../scripts/bench/site.ts';

it('builds 2,000 tasks in at most 12 times the time of 200', () => {
  const times: number[] = [];
  for (const tasks of [200, 2000]) {
    const project = syntheticProject({ tasks, units: 40, checklists: 10, meetings: 4 });
    try {
      times.push(buildProject(project).seconds);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }
  const [small, large] = times as [number, number];
  console.log(`build: 200 tasks ${small.toFixed(1)} s, 2,000 tasks ${large.toFixed(1)} s (${(large / small).toFixed(1)}×)`);
  expect(large / small).toBeLessThanOrEqual(12);
}, 300_000);
