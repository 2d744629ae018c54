/**
 * Every paragraph of a speech is accounted for: some task, requirement or checklist quotes it,
 * or the meeting's `unreflected` list says why nothing does. The list itself names paragraphs
 * that exist, once each, and none that is quoted.
 */
import { excerpt, type Rule } from '../rule.ts';

/** Wrong lines of `unreflected`, and paragraphs neither quoted nor listed there. */
export const paragraphsAccountedFor: Rule = (site, report) => {
  for (const meeting of site.meetings) {
    // With its list unreadable, no paragraph can be said to be missing from it.
    if (meeting.data.unreflected === undefined) continue;
    const paragraphs = site.transcripts.get(meeting.id)!;
    const quoted = site.quoted.get(meeting.id)!;
    const ids = new Set(paragraphs.map((paragraph) => paragraph.id));
    const listed = new Set<string>();
    meeting.data.unreflected.forEach(({ paragraph }, index) => {
      const field = `unreflected[${index}].paragraph`;
      if (!ids.has(paragraph)) report(meeting, field, `段落 ${paragraph} 不存在（正文共 ${paragraphs.length} 段：p1 至 p${paragraphs.length}）`);
      else if (listed.has(paragraph)) report(meeting, field, `段落 ${paragraph} 重复列出（请删除重复的一项）`);
      else if (quoted.has(paragraph)) report(meeting, field, `段落 ${paragraph} 已被任务、要求或清单引用，不应再列为未转化（请删除这一项）`);
      listed.add(paragraph);
    });
    for (const paragraph of paragraphs) {
      if (paragraph.omitted || quoted.has(paragraph.id) || listed.has(paragraph.id)) continue;
      report(meeting, 'unreflected', `段落 ${paragraph.id}（${excerpt(paragraph.text)}）既未被任何条目引用，也未列入 unreflected（请为它建立任务或清单，或在 unreflected 中说明原因）`);
    }
  }
};
