/**
 * A restoration (the scraped copy's wording put back to the standard one) holds in the
 * transcript: the standard wording is there, and the copy's wording, where it differs, is gone.
 */
import { excerpt, type Rule } from '../rule.ts';

/** Restorations whose standard wording is missing, or whose copied wording is still present. */
export const restorationsHold: Rule = (site, report) => {
  for (const meeting of site.meetings) {
    const text = site.transcripts.get(meeting.id)!.map((paragraph) => paragraph.text).join('\n');
    meeting.data.restorations?.forEach(({ copy, standard }, index) => {
      if (!text.includes(standard)) {
        report(meeting, `restorations[${index}].standard`, `恢复后的表述未出现在会议记录中：${excerpt(standard)}（须与正文逐字一致）`);
      }
      if (copy !== standard && text.includes(copy)) {
        report(meeting, `restorations[${index}].copy`, `抓取稿原文仍在会议记录中：${excerpt(copy)}（正文应改为规范表述，或删除这条恢复记录）`);
      }
    });
  }
};
