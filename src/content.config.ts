import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTION_FILES, COLLECTION_SCHEMAS, CONTENT_DIR } from './schemas/collections.ts';

/** A folder of one file per entry: the file name (without extension) is the entry's id. */
function folder(spec: { dir: string; extensions: readonly string[] }) {
  const names = spec.extensions.map((extension) => extension.slice(1));
  return glob({ pattern: names.length === 1 ? `*.${names[0]}` : `*.{${names.join(',')}}`, base: `./${CONTENT_DIR}/${spec.dir}` });
}

export const collections = {
  /** Meeting records with their transcripts: the meeting page, and every "原文" link. */
  meetings: defineCollection({ loader: folder(COLLECTION_FILES.meetings), schema: COLLECTION_SCHEMAS.meetings }),
  /** The numbered directives of a speech and their requirements: directive pages, task grouping. */
  directives: defineCollection({ loader: folder(COLLECTION_FILES.directives), schema: COLLECTION_SCHEMAS.directives }),
  /** Assignments with units, deadlines and 销号 requirements: task pages, unit pages, lists. */
  tasks: defineCollection({ loader: folder(COLLECTION_FILES.tasks), schema: COLLECTION_SCHEMAS.tasks }),
  /** Units and groups of units: unit pages and every unit link. */
  departments: defineCollection({ loader: folder(COLLECTION_FILES.departments), schema: COLLECTION_SCHEMAS.departments }),
  /** Checklists with stable item ids: checklist pages, unit pages. */
  checklists: defineCollection({ loader: folder(COLLECTION_FILES.checklists), schema: COLLECTION_SCHEMAS.checklists }),
  /** Named inspection events that relative deadlines hang on: task pages, milestone list. */
  milestones: defineCollection({ loader: file(`./${CONTENT_DIR}/${COLLECTION_FILES.milestones.file}`), schema: COLLECTION_SCHEMAS.milestones }),
};
