/**
 * The checks every fixture spec makes of its own pages (the dist sweep makes them of the real
 * site's): html-validate on the built file, axe on the page as the browser shows it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let validator: HtmlValidate | undefined;

/** What html-validate finds wrong in a built file (a full path), `line: message` each. */
export async function validationMessages(file: string): Promise<string[]> {
  validator ??= new HtmlValidate(JSON.parse(readFileSync(join(import.meta.dirname, '../../../.htmlvalidate.json'), 'utf8')));
  const report = await validator.validateFile(file);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.line}: ${message.message}`));
}

/** What axe finds on the page now shown (WCAG 2.2 AA), `rule: targets` each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
