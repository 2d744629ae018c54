/** The milestone list: each inspection event, its date if known, and where the speech names it. */
import type { Paragraph } from '../../lib/transcript.ts';
import { paragraphOf } from '../content.ts';
import type { MilestoneEntry } from '../entries.ts';
import type { Site } from '../site.ts';

/** What the milestone list shows. */
export interface MilestonesPage {
  rows: readonly { milestone: MilestoneEntry; paragraph: Paragraph | undefined }[];
}

/** The milestone list's view, in the index's order (by date, then as the speech mentions them). */
export function milestonesPage(site: Site): MilestonesPage {
  return { rows: site.content.milestones.map((milestone) => ({ milestone, paragraph: paragraphOf(site.content, milestone.data.source) })) };
}
