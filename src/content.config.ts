import { defineCollection } from 'astro:content';
import { contentLoader } from './check/loader.ts';
import { COLLECTION_SCHEMAS } from './schemas/collections.ts';

// Every collection is read by the content check's reader (src/check/read.ts), through one loader.
export const collections = {
  /** Meeting records with their transcripts: the meeting page, and every "原文" link. */
  meetings: defineCollection({ loader: contentLoader('meetings'), schema: COLLECTION_SCHEMAS.meetings }),
  /** The numbered directives of a speech and their requirements: directive pages, task grouping. */
  directives: defineCollection({ loader: contentLoader('directives'), schema: COLLECTION_SCHEMAS.directives }),
  /** Assignments with units, deadlines and 销号 requirements: task pages, unit pages, lists. */
  tasks: defineCollection({ loader: contentLoader('tasks'), schema: COLLECTION_SCHEMAS.tasks }),
  /** Units and groups of units: unit pages and every unit link. */
  departments: defineCollection({ loader: contentLoader('departments'), schema: COLLECTION_SCHEMAS.departments }),
  /** Checklists with stable item ids: checklist pages, unit pages. */
  checklists: defineCollection({ loader: contentLoader('checklists'), schema: COLLECTION_SCHEMAS.checklists }),
  /** Named inspection events that relative deadlines hang on: task pages, milestone list. */
  milestones: defineCollection({ loader: contentLoader('milestones'), schema: COLLECTION_SCHEMAS.milestones }),
  /** The office's 督查通报 (期号, date, 整改期限): the bulletin pages, their 督办通知 and .docx files. */
  bulletins: defineCollection({ loader: contentLoader('bulletins'), schema: COLLECTION_SCHEMAS.bulletins }),
  /** Each unit's progress reports (交账), by unit and date: the progress of tasks on task, unit and overview pages. */
  reports: defineCollection({ loader: contentLoader('reports'), schema: COLLECTION_SCHEMAS.reports }),
  /** The office's 销号 decisions, by task, unit and date: the progress of tasks, with the reports. */
  signoffs: defineCollection({ loader: contentLoader('signoffs'), schema: COLLECTION_SCHEMAS.signoffs }),
  /** The petition cases (交办信访件), one file per batch: case pages, the ledger, statistics, disclosure tables. */
  cases: defineCollection({ loader: contentLoader('cases'), schema: COLLECTION_SCHEMAS.cases }),
  /** Each unit's reports on its cases (办理情况), by unit and date: a case's handling and its history. */
  casework: defineCollection({ loader: contentLoader('casework'), schema: COLLECTION_SCHEMAS.casework }),
};
