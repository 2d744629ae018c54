/**
 * A throw-away project for the petition-case import tests: the good-content fixture (区甲局 `a`,
 * 区乙局 `b`, the group 各单位 `g`) and the units of the case fixture (丙镇 `c`, a 板块; 丁街道 `d`),
 * with names that make matching interesting: 区甲局 has the short name 甲局 and the alias 甲局执法,
 * 区乙局 and a third unit 区戊局 (`e`) share the alias 执法局, and 戊街道 (`f`) is a second 街道.
 * No batch yet, unless `withFixtureCases` adds the case fixture's two batches and three reports.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** A unit file. */
const unit = (lines: readonly string[]) => [...lines, 'source:', '  meeting: m', '  quote: 各单位', ''].join('\n');

/** A new project folder as described above. */
export function caseProject(options: { withFixtureCases?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-cases-'));
  cpSync(join(FIXTURES, 'good-content/content'), join(root, 'content'), { recursive: true });
  cpSync(join(FIXTURES, 'case-content/content/departments'), join(root, 'content/departments'), { recursive: true });
  if (options.withFixtureCases === true) cpSync(join(FIXTURES, 'case-content/content'), join(root, 'content'), { recursive: true });
  const departments = join(root, 'content/departments');
  writeFileSync(join(departments, 'a.yaml'), unit(['name: 区甲局', 'short: 甲局', 'kind: 职能部门', 'aliases: [甲局执法]']));
  writeFileSync(join(departments, 'b.yaml'), unit(['name: 区乙局', 'kind: 职能部门', 'aliases: [执法局]']));
  writeFileSync(join(departments, 'e.yaml'), unit(['name: 区戊局', 'kind: 职能部门', 'aliases: [执法局]']));
  writeFileSync(join(departments, 'f.yaml'), unit(['name: 戊街道', 'kind: 街道']));
  return root;
}
