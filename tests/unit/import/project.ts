/**
 * A throw-away content folder for the import tests: the good-content fixture (unit 区甲局 `a`,
 * 区乙局 `b`, the group 各单位 `g`, the task 完成自查 with the checklist 台账资料, two reports),
 * plus tasks written here so that 区甲局's sheet has rows of every kind: 完成自查 (its own, 牵头),
 * 报送台账 (牵头), 严格把关 (through the group 各单位), and 做到五个不放过, led by 区乙局 alone.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '~/check/checkContent';
import { tasksByUnit } from '~/data/views/exports';
import { projectSite } from '~/import/run';

const FIXTURE = join(import.meta.dirname, '../../fixtures/good-content/content');

/** A task file: its title, directive, units (`unit:role`) and quote, due before the milestone 下沉督察. */
function taskFile(title: string, directive: string, units: readonly string[], quote: string): string {
  return [
    '---',
    `title: ${title}`,
    `directive: ${directive}`,
    'responsibilities:',
    ...units.flatMap((entry) => {
      const [unit, role] = entry.split(':');
      return [`  - unit: ${unit}`, `    role: ${role}`];
    }),
    'deadline:',
    '  milestone: xiachen',
    '  text: 下沉督察前',
    'source:',
    '  meeting: m',
    `  quote: ${quote}`,
    'acceptance: 完成。',
    '---',
    '正文。',
    '',
  ].join('\n');
}

/** The extra tasks, by id. */
const TASKS: Record<string, string> = {
  taizhang: taskFile('报送台账', 'e', ['a:牵头', 'b:配合'], '台账资料要真实反映'),
  baguan: taskFile('严格把关', 'e', ['g:牵头'], '严格把关'),
  bufangguo: taskFile('做到五个不放过', 'd', ['b:牵头'], '做到“五个不放过”'),
};

/** A new project folder holding the content described above, valid as `npm run check` sees it. */
export function importProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-import-'));
  cpSync(FIXTURE, join(root, 'content'), { recursive: true });
  for (const [id, text] of Object.entries(TASKS)) writeFileSync(join(root, 'content/tasks', `${id}.md`), text);
  const { problems } = checkContent(root, { base: null });
  if (problems.length > 0) throw new Error(`the import project does not pass the check:\n${problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`).join('\n')}`);
  return root;
}

/** Unit a's tasks in its sheet's order, as ids. */
export function sheetOrder(root: string, unit: string): string[] {
  const site = projectSite(root);
  return (tasksByUnit(site, site.content.tasks).get(unit) ?? []).map((task) => task.id);
}
