import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/chromium.ts';

/** The browser tests build and serve the site under a sub-path, as an intranet would. */
export const BASE_PATH = '/ducha/';
/** The repository the "编辑此页" links point at in the tested build. */
export const REPOSITORY = 'https://git.example.invalid/district/duban';
/** `E2E_PORT` lets two checkouts on one machine run their browser tests side by side. */
const PORT = Number(process.env['E2E_PORT'] ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npm run build && npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    // COMPRESS: the .gz copies a deployment serves (tests/e2e/nginx.spec.ts sends them through nginx).
    env: { BASE_PATH, DUBAN_REPOSITORY: REPOSITORY, COMPRESS: '1' },
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    timeout: 180_000,
    reuseExistingServer: !process.env['CI'],
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
