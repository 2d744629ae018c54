/**
 * The site index: everything pages show, computed once per build from the validated entries.
 * Pure — no `astro:content` here (src/data/load.ts feeds it), so unit tests build it from a few
 * entries written by hand. Five parts: the content and its lookups, the relations between
 * entries, the history of the files, the progress reported on the tasks, and the petition cases. Anything more than one page needs is computed here.
 */
import type { CheckResult } from '../check/checkContent.ts';
import { indexCases, type SiteCases } from './cases.ts';
import { indexContent, type SiteContent } from './content.ts';
import type { SiteEntries } from './entries.ts';
import { indexProgress, type SiteProgress } from './progress.ts';
import { indexRelations, type SiteRelations } from './relations.ts';
import { indexHistory, type SiteHistory } from './siteHistory.ts';

/** The indexed site. */
export interface Site {
  /** Every entry in reading order, and by id. */
  content: SiteContent;
  /** Reach, groups, deadlines, checklists per unit, tasks per directive. */
  relations: SiteRelations;
  /** Recent changes and the last change of each file. */
  history: SiteHistory;
  /** Each task's state for each unit that reports on it, each unit's reports, each task's status. */
  progress: SiteProgress;
  /** The petition cases (交办信访件): each case's handling, the batches, each unit's cases. */
  cases: SiteCases;
}

/** Indexes the entries of every collection and the content's history. */
export function indexSite(entries: SiteEntries): Site {
  const content = indexContent(entries);
  const relations = indexRelations(content);
  // Progress is indexed when first asked for: the importer indexes the site for its reach and
  // sheets, and at 10,000 tasks and 200 units the units' progress is a good part of its time.
  let progress: SiteProgress | undefined;
  return {
    content,
    relations,
    history: indexHistory(entries.history, relations),
    get progress() {
      return (progress ??= indexProgress(content, relations));
    },
    cases: indexCases(content),
  };
}

/**
 * The site index of content `checkContent` read, as the build makes it but without git history:
 * for the importer, the benchmarks and the tests, which read content/ without Astro.
 */
export function indexChecked(content: CheckResult['content']): Site {
  return indexSite({ ...content, meetings: content.meetings.map((meeting) => ({ ...meeting, body: meeting.data.body })), history: { available: false, last: new Map(), recent: [] } });
}
