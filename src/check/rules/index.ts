/**
 * Every cross-entry rule: what no single schema can express. `npm run check`, the build and
 * `astro dev` run them all over the entries that passed their schemas. Adding a rule is adding a
 * file beside this one (with its test in tests/unit/check/rules/) and a line below.
 */
import type { Problem } from '../../lib/problems.ts';
import { checkSite, type CheckSiteOptions, type ContentSet } from '../context.ts';
import { runRules, type Rule } from '../rule.ts';
import { deadlinesBeforeMilestones } from './deadlinesBeforeMilestones.ts';
import { deadlineWording } from './deadlineWording.ts';
import { editorialMilestonesUnused } from './editorialMilestonesUnused.ts';
import { groupMembership } from './groupMembership.ts';
import { idsUnique } from './idsUnique.ts';
import { paragraphsAccountedFor } from './paragraphsAccountedFor.ts';
import { publishedItemsKept } from './publishedItemsKept.ts';
import { quotesDistinct } from './quotesDistinct.ts';
import { quotesInTranscript } from './quotesInTranscript.ts';
import { referencesExist } from './referencesExist.ts';
import { restorationsHold } from './restorationsHold.ts';
import { retiredIdsUnused } from './retiredIdsUnused.ts';
import { taskResponsibilities } from './taskResponsibilities.ts';
import { transcriptComplete } from './transcriptComplete.ts';

/** The rules, by name; the order does not matter, problems are sorted afterwards. */
export const RULES = {
  referencesExist,
  idsUnique,
  groupMembership,
  taskResponsibilities,
  deadlinesBeforeMilestones,
  deadlineWording,
  editorialMilestonesUnused,
  quotesInTranscript,
  quotesDistinct,
  transcriptComplete,
  restorationsHold,
  paragraphsAccountedFor,
  retiredIdsUnused,
  publishedItemsKept,
} as const satisfies Record<string, Rule>;

/** Every rule's problems in `content`, unsorted; the context is built once for all of them. */
export function ruleProblems(content: ContentSet, options: CheckSiteOptions): Problem[] {
  return runRules(checkSite(content, options), Object.values(RULES));
}
