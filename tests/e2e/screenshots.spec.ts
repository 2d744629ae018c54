/**
 * Screenshots for a reviewer: home, unit, task, matrix (as named and expanded) and timeline at
 * 1280 px and 360 px, saved under test-results/screenshots/ (not committed). Run alone with `npx playwright test screenshots`.
 */
import { join } from 'node:path';
import { test } from '@playwright/test';
import { READING_DAY } from './support/clock.ts';

const pages = [
  ['home', ''],
  ['unit', 'units/gongan/'],
  ['task', 'tasks/choudiao-zhudian/'],
  ['matrix', 'matrix/'],
  ['matrix-members', 'matrix/members/'],
  ['timeline', 'timeline/'],
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
