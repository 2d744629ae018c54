/**
 * The built site on disk, for the sweep over every page: its pages, and the checks that need only
 * the files (valid HTML, internal links and anchors).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';

/** The dist folder the browser tests' web server serves. */
export const DIST = join(import.meta.dirname, '../../../dist');

/**
 * Every HTML file in dist/, as its path relative to dist (`units/gongan/index.html`); empty when
 * the site is not built. The web server builds it before Playwright lists the tests, so the
 * sweep can make one test per page.
 */
export function htmlFiles(dir: string = DIST): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)).split(sep).join('/'))
    .sort();
}

/** The URL path (relative to the base) that serves an HTML file: `units/gongan/`. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.replace(/index\.html$/, '');
}

let validator: HtmlValidate | undefined;

/** What html-validate finds wrong in one built file, one line per message. */
export async function htmlProblems(file: string): Promise<string[]> {
  validator ??= new HtmlValidate(JSON.parse(readFileSync(join(import.meta.dirname, '../../../.htmlvalidate.json'), 'utf8')));
  const report = await validator.validateFile(join(DIST, file));
  return report.results.flatMap((result) => result.messages.map((message) => `${file}:${message.line}: ${message.ruleId}: ${message.message}`));
}

let anchors: Map<string, Set<string>> | undefined;

/** The ids of every built page, read once per worker: the targets a link's anchor may name. */
function pageAnchors(): Map<string, Set<string>> {
  anchors ??= new Map(htmlFiles().map((file) => [file, new Set([...readFileSync(join(DIST, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!))]));
  return anchors;
}

/**
 * The links of one built file that go nowhere: to a missing page, file or anchor, past the base
 * path, or off the site (only "编辑此页" may leave it: a link, not a request, to `repository`).
 */
export function brokenLinks(file: string, base: string, repository: string): string[] {
  const ids = pageAnchors();
  const broken: string[] = [];
  const html = readFileSync(join(DIST, file), 'utf8');
  for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
    const link = href!.replaceAll('&amp;', '&');
    if (/^[a-z]+:/.test(link)) {
      if (!link.startsWith(`${repository}/edit/`)) broken.push(`${file}: external link ${link}`);
      continue;
    }
    const [path, anchor] = link.split('#') as [string, string | undefined];
    let target = file;
    if (path !== '') {
      if (!path.startsWith(base)) {
        broken.push(`${file}: ${link} ignores the base path`);
        continue;
      }
      const rest = path.slice(base.length).split('?')[0]!;
      target = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
      if (rest.includes('.') && !existsSync(join(DIST, rest))) {
        broken.push(`${file}: ${link} has no file`);
        continue;
      }
      if (!ids.has(target) && !rest.includes('.')) {
        broken.push(`${file}: ${link} has no page`);
        continue;
      }
    }
    if (anchor !== undefined && anchor !== '' && !ids.get(target)?.has(decodeURIComponent(anchor))) broken.push(`${file}: ${link} has no anchor #${anchor}`);
  }
  return broken;
}
