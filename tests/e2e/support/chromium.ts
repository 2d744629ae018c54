/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download if one is installed. Playwright cannot download browsers on a closed
 * network, so when none is found the error says how to install one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium on a closed network: without the networking ones it keeps
 * trying to reach Google's services and floods the network with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The path of the Chromium to launch; throws with installation advice when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const configured = env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    if (exists(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} does not exist. Point it at a Chromium binary, or unset it to use /usr/bin/chromium.`);
  }
  if (exists('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled !== undefined && exists(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the browser tests. Install one:\n' +
      '  Debian/Ubuntu: apt-get install -y chromium fonts-noto-cjk\n' +
      '  or set CHROMIUM_PATH=/path/to/chromium\n' +
      '  or, where downloads are allowed: npx playwright install chromium',
  );
}
