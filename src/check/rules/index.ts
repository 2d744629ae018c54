/**
 * Every cross-entry rule: what no single schema can express. `npm run check`, the build and
 * `astro dev` run them all over every entry read, with the fields that passed their schemas.
 * Adding a rule is adding a file beside this one (with its test in tests/unit/check/rules/) and a
 * line below.
 */
import type { Rule } from '../rule.ts';
import { bulletinIssues } from './bulletinIssues.ts';
import { caseLedger } from './caseLedger.ts';
import { caseworkReach } from './caseworkReach.ts';
import { checklistRenames } from './checklistRenames.ts';
import { deadlineDates } from './deadlineDates.ts';
import { deadlinesBeforeMilestones } from './deadlinesBeforeMilestones.ts';
import { deadlinesInRange } from './deadlinesInRange.ts';
import { deadlineWording } from './deadlineWording.ts';
import { editorialMilestonesUnused } from './editorialMilestonesUnused.ts';
import { groupMembership } from './groupMembership.ts';
import { idsUnique } from './idsUnique.ts';
import { issuedBulletinsKept } from './issuedBulletinsKept.ts';
import { paragraphsAccountedFor } from './paragraphsAccountedFor.ts';
import { progressDates } from './progressDates.ts';
import { publishedItemsKept } from './publishedItemsKept.ts';
import { quotesDistinct } from './quotesDistinct.ts';
import { quotesInTranscript } from './quotesInTranscript.ts';
import { quotesUnique } from './quotesUnique.ts';
import { referencesExist } from './referencesExist.ts';
import { reportChecklists } from './reportChecklists.ts';
import { reportEvidence } from './reportEvidence.ts';
import { reportReach } from './reportReach.ts';
import { reportsAfterSignOff } from './reportsAfterSignOff.ts';
import { restorationsHold } from './restorationsHold.ts';
import { retiredIdsUnused } from './retiredIdsUnused.ts';
import { signoffReach } from './signoffReach.ts';
import { retiredSuccessors } from './retiredSuccessors.ts';
import { sourceMeetings } from './sourceMeetings.ts';
import { staleDateWords } from './staleDateWords.ts';
import { taskResponsibilities } from './taskResponsibilities.ts';
import { transcriptComplete } from './transcriptComplete.ts';

/** The rules, by name (a rule that fails is reported by it); the order does not matter, problems are sorted afterwards. */
export const RULES = {
  caseLedger,
  caseworkReach,
  referencesExist,
  idsUnique,
  groupMembership,
  taskResponsibilities,
  deadlinesBeforeMilestones,
  deadlinesInRange,
  deadlineDates,
  staleDateWords,
  sourceMeetings,
  deadlineWording,
  editorialMilestonesUnused,
  quotesInTranscript,
  quotesUnique,
  quotesDistinct,
  transcriptComplete,
  restorationsHold,
  paragraphsAccountedFor,
  retiredIdsUnused,
  retiredSuccessors,
  publishedItemsKept,
  checklistRenames,
  bulletinIssues,
  issuedBulletinsKept,
  reportReach,
  signoffReach,
  progressDates,
  reportsAfterSignOff,
  reportEvidence,
  reportChecklists,
} as const satisfies Record<string, Rule>;

/**
 * The rules that look at reports: what `npm run import` runs again over the unit's reports once it
 * has written one (recheckUnitReports in ../checkContent.ts). A new rule about reports goes here too.
 */
export const REPORT_RULES = { reportReach, progressDates, reportsAfterSignOff, reportEvidence, reportChecklists } as const satisfies Record<string, Rule>;
