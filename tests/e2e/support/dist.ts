/** The built site on disk: its pages as URL paths under the base, for sweeps over every page. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The dist folder the browser tests' web server serves. */
export const DIST = join(import.meta.dirname, '../../../dist');

/** Every HTML file in dist/, as its path relative to dist (`units/gongan/index.html`). */
export function htmlFiles(dir: string = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)).split(sep).join('/'))
    .sort();
}

/** The URL path (relative to the base) that serves an HTML file: `units/gongan/`. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.replace(/index\.html$/, '');
}
