/**
 * Where each collection lives under content/ and which schema validates it. The one reader
 * (src/check/read.ts) reads these files for `npm run check` and, through the loader in
 * src/content.config.ts, for the build; both validate with these schemas.
 */
import { BulletinSchema } from './bulletin.ts';
import { CaseBatchSchema } from './case.ts';
import { CaseworkSchema } from './casework.ts';
import { ChecklistSchema } from './checklist.ts';
import type { CollectionName } from './common.ts';
import { DepartmentSchema } from './department.ts';
import { DirectiveSchema } from './directive.ts';
import { MeetingSchema } from './meeting.ts';
import { MilestoneSchema } from './milestone.ts';
import { ReportSchema } from './report.ts';
import { SignoffSchema } from './signoff.ts';
import { TaskSchema } from './task.ts';

/** The content folder, relative to the project root. */
export const CONTENT_DIR = 'content';

/**
 * A folder of one file per entry (the file name is the id); one file holding a list; a folder
 * per unit holding one YAML file per date (`dated`: `<unit>/<YYYY-MM-DD>.yaml`, the id
 * `<unit>/<date>`), each beside an optional folder of the same date for the files it attaches;
 * or a folder of YAML lists (`lists`: `<id>.yaml`, each item an entry `<id>/<unit>/<date>`).
 * `dated` and `lists` collections record what happens over time, and an `optional` folder may
 * be missing too (the site has no 督查通报 until the office issues one): all of these may be
 * empty, or absent, until the first file arrives.
 */
export type CollectionFiles =
  | { kind: 'folder'; dir: string; extensions: readonly ('.md' | '.mdx' | '.yaml')[]; optional?: true }
  | { kind: 'list'; file: string }
  | { kind: 'dated'; dir: string }
  | { kind: 'lists'; dir: string };

/** The files of each collection. */
export const COLLECTION_FILES = {
  meetings: { kind: 'folder', dir: 'meetings', extensions: ['.md'] },
  // Plain Markdown by default; .mdx only where the body uses a component (<Checklist id=… />):
  // every .mdx file is compiled as a module of its own, which slows a large build down markedly.
  directives: { kind: 'folder', dir: 'directives', extensions: ['.md', '.mdx'] },
  tasks: { kind: 'folder', dir: 'tasks', extensions: ['.md', '.mdx'] },
  departments: { kind: 'folder', dir: 'departments', extensions: ['.yaml'] },
  checklists: { kind: 'folder', dir: 'checklists', extensions: ['.yaml'] },
  milestones: { kind: 'list', file: 'milestones.yaml' },
  bulletins: { kind: 'folder', dir: 'bulletins', extensions: ['.yaml'], optional: true },
  reports: { kind: 'dated', dir: 'reports' },
  signoffs: { kind: 'lists', dir: 'signoffs' },
  // One file per batch of petition cases, written by the importer; absent until the first batch.
  cases: { kind: 'folder', dir: 'cases', extensions: ['.yaml'], optional: true },
  casework: { kind: 'dated', dir: 'casework' },
} as const satisfies Record<CollectionName, CollectionFiles>;

/** The schema of each collection's entries (for md/mdx: of the frontmatter). */
export const COLLECTION_SCHEMAS = {
  meetings: MeetingSchema,
  directives: DirectiveSchema,
  tasks: TaskSchema,
  departments: DepartmentSchema,
  checklists: ChecklistSchema,
  milestones: MilestoneSchema,
  bulletins: BulletinSchema,
  reports: ReportSchema,
  signoffs: SignoffSchema,
  cases: CaseBatchSchema,
  casework: CaseworkSchema,
} as const;
