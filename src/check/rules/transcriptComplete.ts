/**
 * A meeting has a transcript, and says what its "…………" gaps leave out: pages show the
 * speech as recorded, and a reader must know when something is missing.
 */
import { OMISSION_MARK } from '../../lib/transcript.ts';
import type { Rule } from '../rule.ts';

/** Meetings with no paragraphs, and gaps without an `omission` note. */
export const transcriptComplete: Rule = (site, report) => {
  for (const meeting of site.meetings) {
    const paragraphs = site.transcripts.get(meeting.id)!;
    if (paragraphs.length === 0) report(meeting, '', '会议记录正文为空：请在 --- 之后写入讲话全文，每段之间空一行');
    if (paragraphs.some((paragraph) => paragraph.omitted) && meeting.data.omission === undefined && !meeting.failed.has('omission')) {
      report(meeting, 'omission', `记录中有“${OMISSION_MARK}”省略处，请填写 omission 说明省略了什么`);
    }
  }
};
