/**
 * The realistic editor's change set of issue 14, applied to a copy of content/: what an editor
 * did by following README and CONTRIBUTING alone, so that tests can prove an ordinary content
 * change leaves them green.
 *
 * 1. A second meeting, written with `npm run new` as CONTRIBUTING 3.1 says: the 整改推进会 of
 *    2022-07-15 chaired by the 区长, its four directives, nine tasks, a milestone, a checklist and
 *    two new 街道 — the files of tests/fixtures/editor-change-set/, laid out as under content/
 *    (its milestones.yaml holds only the new milestone, appended to the real file). The two
 *    街道 are named 板块 by the speech, so they join 各板块 (CONTRIBUTING 2.3), and the new
 *    checklist is recorded in published.json, as `npm run check` does for an editor.
 * 2. The secondment's 5月19日 moved to 5月20日 the way CONTRIBUTING 2.6 says (`deadline.adjusted`,
 *    the speech's words kept, the old day left nowhere else on the page).
 * 3. 区环保局 renamed 区生态环境局 the way CONTRIBUTING 2.7 says (name, short, aliases, note).
 *
 * The edits are text edits on the real files: when the real content no longer holds the text an
 * edit expects (an editor changed it since), applying throws, naming the file, rather than
 * silently applying less than the change set.
 *
 * As a command (Node 24 strips the types): `node tests/support/editorChangeSet.ts <contentDir>`.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';

/** The change set's new files, laid out as under content/. */
export const CHANGE_SET_DIR = resolve(import.meta.dirname, '../fixtures/editor-change-set');

/** One text edit on a file of content/: `find` must occur exactly once. */
interface TextEdit {
  /** The file, relative to content/. */
  file: string;
  /** What the edit is, for the error when it no longer applies. */
  why: string;
  find: string;
  replace: string;
}

/** The edits the change set makes to files that exist in content/ today. */
const EDITS: readonly TextEdit[] = [
  {
    file: 'tasks/choudiao-zhudian.md',
    why: 'the secondment deadline moved to 2022-05-20 (CONTRIBUTING 2.6)',
    find: '  date: 2022-05-19\n  yearInferred: true\n  text: 5月19日前\n',
    replace:
      '  date: 2022-05-19\n  yearInferred: true\n  text: 5月19日前\n  adjusted:\n    date: 2022-05-20\n    reason: 经协调联络组办公室同意，延后一天\n    decidedOn: 2022-05-18\n',
  },
  {
    file: 'tasks/choudiao-zhudian.md',
    why: "the moved day in the task's acceptance, which the check refuses to leave at 5月19日",
    find: 'acceptance: 10个部门各一名熟悉业务的工作人员在5月19日前到区环保局驻点脱产办公。',
    replace: 'acceptance: 10个部门各一名熟悉业务的工作人员在5月20日前到区环保局驻点脱产办公。',
  },
  {
    file: 'checklists/choudiao-renyuan.yaml',
    why: "the moved day in the task's checklist item (its id and quote unchanged)",
    find: '  - id: anshi-daowei\n    text: 5月19日前抽调到位\n',
    replace: '  - id: anshi-daowei\n    text: 5月20日前抽调到位\n',
  },
  {
    file: 'departments/huanbao.yaml',
    why: '区环保局 renamed 区生态环境局 (CONTRIBUTING 2.7)',
    find: 'name: 区环保局\nshort: 环保局\nkind: 职能部门\naliases: [环保局, 环保]\nnote: 协调联络组办公室设在区环保局；10个部门抽调的工作人员到区环保局驻点脱产办公。\n',
    replace:
      'name: 区生态环境局\nshort: 生态环境局\nkind: 职能部门\naliases: [区环保局, 环保局, 环保]\nnote: 2022年6月由区环保局更名为区生态环境局。协调联络组办公室设在该局；10个部门抽调的工作人员到该局驻点脱产办公。\n',
  },
  {
    file: 'departments/ge-bankuai.yaml',
    why: 'the two 街道 the second meeting names as 板块 join 各板块 (CONTRIBUTING 2.3)',
    find: 'members: []\nmembersNote: 讲话未列出各板块的名称，待编辑按本区实际补充。\n',
    replace: 'members: [chengnan-jiedao, chengbei-jiedao]\nmembersNote: 整改推进会点名了城南街道、城北街道两个板块；其余板块的名称，两次会议均未列出，待编辑按本区实际补充。\n',
  },
];

/** The change set's files that are appended to, not copied: milestones are one file. */
const MILESTONES = 'milestones.yaml';

/** The published record, as `npm run check` writes it (src/check/published.ts). */
const PUBLISHED = 'published.json';

/** Every file under `dir`, relative to it, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** `file`'s text, or an error naming it. */
function read(contentDir: string, file: string): string {
  const path = join(contentDir, file);
  if (!existsSync(path)) throw new Error(`editor change set: ${path} does not exist (is ${contentDir} a copy of content/?)`);
  return readFileSync(path, 'utf8');
}

/** The ids of the milestones in a milestones.yaml text. */
function milestoneIds(text: string): string[] {
  return [...text.matchAll(/^- id: (\S+)$/gm)].map((match) => match[1]!);
}

/** published.json with the change set's checklists and their item ids added, sorted as the check sorts them. */
function withChecklists(contentDir: string, checklists: readonly string[]): string {
  const record = JSON.parse(read(contentDir, PUBLISHED)) as { checklists: Record<string, string[]> };
  for (const file of checklists) {
    const id = file.replace(/^checklists\//, '').replace(/\.yaml$/, '');
    if (Object.hasOwn(record.checklists, id)) throw new Error(`editor change set: ${join(contentDir, PUBLISHED)} already records a checklist "${id}"`);
    const data = yaml.load(readFileSync(join(CHANGE_SET_DIR, file), 'utf8')) as { items: { id: string }[] };
    record.checklists[id] = data.items.map((item) => item.id).sort();
  }
  record.checklists = Object.fromEntries(Object.entries(record.checklists).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * Applies the editor's change set to `contentDir`, a copy of content/ (never the real one: it
 * writes). Throws, naming the file, when a new file already exists there or an edited file no
 * longer holds the text the change set edits.
 */
export function applyEditorChangeSet(contentDir: string): void {
  const added = filesUnder(CHANGE_SET_DIR).filter((file) => file !== MILESTONES);
  for (const file of added) {
    if (existsSync(join(contentDir, file))) throw new Error(`editor change set: ${join(contentDir, file)} already exists; the change set adds it`);
  }

  // Make every edit in memory before writing any, so that a failure leaves the copy as it was.
  const texts = new Map<string, string>();
  for (const edit of EDITS) {
    const text = texts.get(edit.file) ?? read(contentDir, edit.file);
    const count = text.split(edit.find).length - 1;
    if (count !== 1) {
      throw new Error(
        `editor change set: ${join(contentDir, edit.file)} ${count === 0 ? 'no longer holds' : `holds ${count} times`} the text to edit for ${edit.why}:\n${edit.find}` +
          '\nUpdate the edit in tests/support/editorChangeSet.ts to the file as it is now.',
      );
    }
    texts.set(edit.file, text.replace(edit.find, edit.replace));
  }
  const milestones = read(contentDir, MILESTONES);
  const newMilestones = readFileSync(join(CHANGE_SET_DIR, MILESTONES), 'utf8');
  const taken = milestoneIds(newMilestones).filter((id) => milestoneIds(milestones).includes(id));
  if (taken.length > 0) throw new Error(`editor change set: ${join(contentDir, MILESTONES)} already has the milestone "${taken.join('", "')}"`);
  texts.set(MILESTONES, `${milestones}${milestones.endsWith('\n') ? '' : '\n'}${newMilestones}`);
  texts.set(PUBLISHED, withChecklists(contentDir, added.filter((file) => file.startsWith('checklists/'))));

  for (const file of added) cpSync(join(CHANGE_SET_DIR, file), join(contentDir, file));
  for (const [file, text] of texts) writeFileSync(join(contentDir, file), text);
}

if (import.meta.main) {
  const [contentDir] = process.argv.slice(2);
  if (contentDir === undefined) {
    console.error('usage: node tests/support/editorChangeSet.ts <contentDir>  (a copy of content/; it is changed in place)');
    process.exitCode = 2;
  } else {
    try {
      applyEditorChangeSet(resolve(contentDir));
      console.log(`Applied the editor's change set to ${resolve(contentDir)}: ${filesUnder(CHANGE_SET_DIR).length - 1} new files, a milestone, ${EDITS.length} edits.`);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    }
  }
}
