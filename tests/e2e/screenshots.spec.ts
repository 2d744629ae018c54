/**
 * Screenshots for a reviewer: home, the directives, the task list, a unit, a task, the matrix (as
 * named and expanded), the timeline and the meetings at 1280 px and 360 px, saved under
 * test-results/screenshots/ (not committed). The unit and task are picked from the content. Run
 * alone with `npx playwright test screenshots`.
 */
import { join } from 'node:path';
import { test } from '@playwright/test';
import { READING_DAY } from './support/clock.ts';
import { busiestUnit, site } from './support/subjects.ts';

const pages = [
  ['home', ''],
  ['directives', 'directives/'],
  ['tasks', 'tasks/'],
  ['unit', `units/${busiestUnit.id}/`],
  ['task', `tasks/${site.content.tasks[0]!.id}/`],
  ['matrix', 'matrix/'],
  ['matrix-members', 'matrix/members/'],
  ['timeline', 'timeline/'],
  ['meetings', 'meetings/'],
] as const;

for (const width of [1280, 360]) {
  test(`screenshots at ${width} px`, async ({ page }) => {
    await page.clock.setFixedTime(READING_DAY);
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of pages) {
      await page.goto(path);
      await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screenshots', `${name}-${width}.png`), fullPage: true });
    }
  });
}
