/**
 * The rules no single schema can express: references resolve, quotes are in the transcript,
 * ids are unique, groups do not contain themselves, every paragraph of a speech is accounted for.
 * Pure: takes validated entries, returns problems. `npm run check` and the build both run it.
 */
import { resolveDeadline } from '../lib/deadline.ts';
import { findCycles } from '../lib/groups.ts';
import type { Problem } from '../lib/problems.ts';
import { suggestion } from './suggest.ts';
import { findQuote, OMISSION_MARK, parseTranscript, type Paragraph } from '../lib/transcript.ts';
import type { Checklist } from './checklist.ts';
import { COLLECTION_LABELS, type CollectionName } from './common.ts';
import type { Deadline } from './deadline.ts';
import type { Department } from './department.ts';
import type { Directive } from './directive.ts';
import type { Meeting } from './meeting.ts';
import type { Milestone } from './milestone.ts';
import type { Task } from './task.ts';

/** A validated entry and where it came from. */
export interface Checked<T> {
  id: string;
  /** The file, from the project root. */
  file: string;
  /** Prefix of field paths inside the file: `[2].` for the third milestone of milestones.yaml. */
  at: string;
  data: T;
}

/** Everything that passed its schema, plus the ids of every entry that exists at all. */
export interface ContentSet {
  meetings: Checked<Meeting & { body: string }>[];
  directives: Checked<Directive>[];
  tasks: Checked<Task>[];
  departments: Checked<Department>[];
  checklists: Checked<Checklist>[];
  milestones: Checked<Milestone>[];
  /**
   * Ids of every entry found, valid or not, so that a reference to an entry with its own error
   * is not reported a second time as missing.
   */
  existing: Record<CollectionName, ReadonlySet<string>>;
}

/** Runs every cross-entry rule. */
export function crossEntryProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: Checked<unknown>, field: string, message: string): void => {
    problems.push({ file: entry.file, field: `${entry.at}${field}`.replace(/\.$/, ''), message });
  };

  const sortedIds = Object.fromEntries(
    Object.entries(content.existing).map(([collection, ids]) => [collection, [...ids].sort()]),
  ) as Record<CollectionName, string[]>;
  const resolve = (entry: Checked<unknown>, field: string, collection: CollectionName, id: string | undefined): void => {
    if (id === undefined || content.existing[collection].has(id)) return;
    report(entry, field, `${COLLECTION_LABELS[collection]} "${id}" 不存在（${suggestion(id, sortedIds[collection])}）`);
  };

  const transcripts = new Map(content.meetings.map((meeting) => [meeting.id, parseTranscript(meeting.data.body)]));
  /** Paragraph ids that some quote falls in, per meeting. */
  const quoted = new Map<string, Set<string>>(content.meetings.map((meeting) => [meeting.id, new Set<string>()]));
  const checkQuote = (entry: Checked<unknown>, field: string, meeting: string, quote: string): void => {
    const paragraphs = transcripts.get(meeting);
    if (paragraphs === undefined) return; // the meeting itself is missing or invalid: reported there
    const paragraph = findQuote(paragraphs, quote);
    if (paragraph === undefined) {
      report(entry, field, `引文未在会议记录 "${meeting}" 中找到：${excerpt(quote)}（须从 content/meetings/${meeting}.md 逐字复制，且不跨段）`);
    } else {
      quoted.get(meeting)!.add(paragraph.id);
    }
  };
  const checkSource = (entry: Checked<{ source: { meeting: string; quote: string } }>): void => {
    resolve(entry, 'source.meeting', 'meetings', entry.data.source.meeting);
    checkQuote(entry, 'source.quote', entry.data.source.meeting, entry.data.source.quote);
  };

  uniqueIds(content.milestones, '节点', (entry, message) => report(entry, 'id', message));

  // Departments: sources; group members exist; no group contains itself.
  const members = new Map<string, readonly string[]>();
  for (const unit of content.departments) {
    checkSource(unit);
    if (unit.data.members === undefined) continue;
    members.set(unit.id, unit.data.members);
    seenTwice(unit.data.members).forEach((index) =>
      report(unit, `members[${index}]`, `成员 "${unit.data.members![index]}" 重复列出（请删除重复的一行）`),
    );
    unit.data.members.forEach((member, index) => {
      if (member === unit.id) report(unit, `members[${index}]`, `单位组不能包含自身 "${unit.id}"（请删除这一行）`);
      else resolve(unit, `members[${index}]`, 'departments', member);
    });
  }
  const units = new Map(content.departments.map((unit) => [unit.id, unit]));
  for (const cycle of findCycles(members)) {
    if (cycle.length <= 2) continue; // a group listing itself is reported above
    report(units.get(cycle[0]!)!, 'members', `单位组循环包含：${cycle.join(' → ')}（请从其中一个单位组的 members 中删除另一个）`);
  }

  for (const milestone of content.milestones) checkSource(milestone);

  // Directives: meeting, source, unique numbers, requirement ids and quotes.
  const numbers = new Map<string, Checked<Directive>>();
  for (const directive of content.directives) {
    const { data } = directive;
    resolve(directive, 'meeting', 'meetings', data.meeting);
    checkSource(directive);
    const key = `${data.meeting}#${data.number}`;
    const other = numbers.get(key);
    if (other !== undefined) report(directive, 'number', `序号 ${data.number} 已被 ${other.file} 使用（同一会议的要求序号不能重复）`);
    else numbers.set(key, directive);
    seenTwice(data.requirements.map((requirement) => requirement.id)).forEach((index) =>
      report(directive, `requirements[${index}].id`, `要求 id "${data.requirements[index]!.id}" 在本条中重复（每个要求的 id 须不同）`),
    );
    data.requirements.forEach((requirement, index) =>
      checkQuote(directive, `requirements[${index}].quote`, data.meeting, requirement.quote),
    );
  }
  const directives = new Map(content.directives.map((directive) => [directive.id, directive.data]));

  // Tasks: references, one 牵头 at least, no unit twice, quote, requirement.
  const quotedBy = new Map<string, Checked<Task>>();
  const milestoneDates = new Map(content.milestones.map((milestone) => [milestone.id, { date: milestone.data.date, dateIsInferred: milestone.data.dateIsInferred }]));
  const meetingDates = new Map(content.meetings.map((meeting) => [meeting.id, meeting.data.date]));
  for (const task of content.tasks) {
    const quoteKey = `${task.data.source.meeting}#${task.data.source.quote}`;
    const first = quotedBy.get(quoteKey);
    if (first === undefined) quotedBy.set(quoteKey, task);
    else report(task, 'source.quote', `与 ${first.file} 的引文相同（同一句话只对应一个任务；如需拆分，各自引用不同的部分）`);
    const late = pastMilestone(task.data.deadline, resolveDeadline(task.data.deadline, milestoneDates, meetingDates.get(task.data.source.meeting) ?? null).date, content.milestones);
    if (late !== undefined) report(task, 'deadline', late);
    const { data } = task;
    resolve(task, 'directive', 'directives', data.directive);
    const directive = directives.get(data.directive);
    if (data.requirement !== undefined && directive !== undefined) {
      const ids = directive.requirements.map((requirement) => requirement.id);
      if (!ids.includes(data.requirement)) {
        const hint = ids.length === 0 ? `该要求下没有分项，请删除 requirement` : suggestion(data.requirement, ids);
        report(task, 'requirement', `要求 "${data.directive}" 中没有分项 "${data.requirement}"（${hint}）`);
      }
    }
    data.responsibilities.forEach((line, index) => resolve(task, `responsibilities[${index}].unit`, 'departments', line.unit));
    if (!data.responsibilities.some((line) => line.role === '牵头')) {
      report(task, 'responsibilities', '没有牵头单位：至少一个单位的 role 须为 牵头');
    }
    seenTwice(data.responsibilities.map((line) => line.unit)).forEach((index) =>
      report(task, `responsibilities[${index}].unit`, `单位 "${data.responsibilities[index]!.unit}" 重复出现（同一单位只列一次，只保留一个角色）`),
    );
    if (data.deadline.kind === 'milestone') resolve(task, 'deadline.milestone', 'milestones', data.deadline.milestone);
    resolve(task, 'checklist', 'checklists', data.checklist);
    checkSource(task);
  }

  // Checklists: units, item ids unique, item quotes.
  for (const checklist of content.checklists) {
    const { data } = checklist;
    data.appliesTo.forEach((unit, index) => resolve(checklist, `appliesTo[${index}]`, 'departments', unit));
    checkSource(checklist);
    data.items.forEach((item, index) => {
      if (data.retired.includes(item.id)) report(checklist, `items[${index}].id`, `条目 id "${item.id}" 已列在 retired 中，不能再用（请给这个条目起新 id）`);
    });
    seenTwice(data.items.map((item) => item.id)).forEach((index) =>
      report(checklist, `items[${index}].id`, `条目 id "${data.items[index]!.id}" 在本清单中重复（每个条目的 id 须不同；已发布的 id 不要改，给新条目起新 id）`),
    );
    data.items.forEach((item, index) => {
      resolve(checklist, `items[${index}].unit`, 'departments', item.unit);
      if (item.quote !== undefined) checkQuote(checklist, `items[${index}].quote`, data.source.meeting, item.quote);
    });
  }

  // Meetings: the gap is explained, restorations hold, every paragraph is accounted for.
  for (const meeting of content.meetings) {
    problems.push(...meetingProblems(meeting, transcripts.get(meeting.id)!, quoted.get(meeting.id)!));
  }

  return problems;
}

/** The meeting's own rules, which need its transcript and the set of quoted paragraphs. */
function meetingProblems(meeting: Checked<Meeting & { body: string }>, paragraphs: Paragraph[], quoted: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, message: string): void => {
    problems.push({ file: meeting.file, field, message });
  };
  const { data } = meeting;
  const text = paragraphs.map((paragraph) => paragraph.text).join('\n');
  if (paragraphs.length === 0) report('', '会议记录正文为空：请在 --- 之后写入讲话全文，每段之间空一行');
  if (paragraphs.some((paragraph) => paragraph.omitted) && data.omission === undefined) {
    report('omission', `记录中有“${OMISSION_MARK}”省略处，请填写 omission 说明省略了什么`);
  }
  data.restorations.forEach((restoration, index) => {
    if (!text.includes(restoration.standard)) {
      report(`restorations[${index}].standard`, `恢复后的表述未出现在会议记录中：${excerpt(restoration.standard)}（须与正文逐字一致）`);
    }
    if (restoration.copy !== restoration.standard && text.includes(restoration.copy)) {
      report(`restorations[${index}].copy`, `抓取稿原文仍在会议记录中：${excerpt(restoration.copy)}（正文应改为规范表述，或删除这条恢复记录）`);
    }
  });
  const ids = new Set(paragraphs.map((paragraph) => paragraph.id));
  const listed = new Set<string>();
  data.unreflected.forEach((entry, index) => {
    const field = `unreflected[${index}].paragraph`;
    if (!ids.has(entry.paragraph)) report(field, `段落 ${entry.paragraph} 不存在（正文共 ${paragraphs.length} 段：p1 至 p${paragraphs.length}）`);
    else if (listed.has(entry.paragraph)) report(field, `段落 ${entry.paragraph} 重复列出（请删除重复的一项）`);
    else if (quoted.has(entry.paragraph)) report(field, `段落 ${entry.paragraph} 已被任务、要求或清单引用，不应再列为未转化（请删除这一项）`);
    listed.add(entry.paragraph);
  });
  for (const paragraph of paragraphs) {
    if (paragraph.omitted || quoted.has(paragraph.id) || listed.has(paragraph.id)) continue;
    report('unreflected', `段落 ${paragraph.id}（${excerpt(paragraph.text)}）既未被任何条目引用，也未列入 unreflected（请为它建立任务或清单，或在 unreflected 中说明原因）`);
  }
  return problems;
}

/**
 * A deadline the speech places before a milestone ("下沉督察之前") that resolves to a later
 * date than that milestone: the message, or undefined when it is in order.
 */
function pastMilestone(deadline: Deadline, date: string | null, milestones: readonly Checked<Milestone>[]): string | undefined {
  if (date === null) return undefined;
  for (const milestone of milestones) {
    const { name, date: at } = milestone.data;
    if (at === null || !new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*之?前`).test(deadline.text)) continue;
    if (date > at) return `时限（${date}）晚于“${name}”（${at}），而原话要求在其之前（请改日期或原话）`;
  }
  return undefined;
}

/** Duplicate ids across entries of one collection (milestones.yaml holds many in one file). */
function uniqueIds<T>(entries: readonly Checked<T>[], label: string, report: (entry: Checked<T>, message: string) => void): void {
  const first = new Map<string, Checked<T>>();
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, entry);
    else report(entry, `${label} id "${entry.id}" 重复（已用于 ${earlier.file} ${earlier.at.replace(/\.$/, '')}；请换一个 id）`);
  }
}

/** Indexes of values that already appeared earlier in the list. */
function seenTwice(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeats.push(index);
    seen.add(value);
  });
  return repeats;
}

/** A quote shortened for a message: “前二十个字…”. */
function excerpt(text: string): string {
  const chars = [...text];
  return `“${chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : text}”`;
}
