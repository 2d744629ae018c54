/**
 * The fixture site (./fixture.ts) with a second, later meeting, as an editor adds one: its own
 * transcript, two directives numbered 一 and 二 again (so two "二、" exist), three tasks — 会后立即,
 * 今天会议以后 and a date — and a checklist of its own. The first meeting's entries are unchanged,
 * so every test of the one-meeting fixture still holds for them. `addMeeting` and `secondMeeting`
 * are how ./twoMeetings.ts adds its own second meeting too.
 */
import type { SiteEntries } from '~/data/entries';
import { ChecklistSchema, type ChecklistInput } from '~/schemas/checklist';
import { DirectiveSchema, type DirectiveInput } from '~/schemas/directive';
import { MeetingSchema, type MeetingInput } from '~/schemas/meeting';
import { TaskSchema, type TaskInput } from '~/schemas/task';
import { fixtureEntries } from './fixture';

/** The second meeting's record in both fixtures: 区长在整改推进会上的讲话, 2022-07-15, chaired by the 区长. */
export const secondMeeting = (fields: Partial<MeetingInput> = {}): MeetingInput => ({
  title: '区长在整改推进会上的讲话',
  host: '区长',
  date: '2022-07-15',
  agenda: [{ item: '推进整改', presenter: '区长' }],
  ...fields,
});

/** A meeting and what came from it, as files an editor adds: each entry by id, as written. */
export interface MeetingAddition {
  id: string;
  meeting: MeetingInput;
  transcript: string;
  directives: readonly (readonly [string, DirectiveInput])[];
  tasks: readonly (readonly [string, TaskInput])[];
  checklists?: readonly (readonly [string, ChecklistInput])[];
  /** List the meeting and its tasks before the site's own (the index, not the order read, must decide). */
  first?: boolean;
}

/** `entries` with the meeting of `addition` and its directives, tasks and checklists, each validated by its schema. */
export function addMeeting(entries: SiteEntries, addition: MeetingAddition): SiteEntries {
  const meeting = { id: addition.id, data: MeetingSchema.parse(addition.meeting), body: addition.transcript, filePath: `content/meetings/${addition.id}.md` };
  const tasks = addition.tasks.map(([id, data]) => ({ id, data: TaskSchema.parse(data), body: '正文。', filePath: `content/tasks/${id}.md` }));
  const [before, after] = addition.first === true ? [true, false] : [false, true];
  return {
    ...entries,
    meetings: [...(before ? [meeting] : []), ...entries.meetings, ...(after ? [meeting] : [])],
    directives: [...entries.directives, ...addition.directives.map(([id, data]) => ({ id, data: DirectiveSchema.parse(data), body: '正文。' }))],
    tasks: [...(before ? tasks : []), ...entries.tasks, ...(after ? tasks : [])],
    checklists: [...entries.checklists, ...(addition.checklists ?? []).map(([id, data]) => ({ id, data: ChecklistSchema.parse(data) }))],
  };
}

/** The second meeting's transcript: three paragraphs. */
export const SECOND_TRANSCRIPT = [
  '一、要加快整改。会后立即召开推进会。7月31日前完成整改。',
  '二、要严格督办。今天会议以后每周报送进展。',
  '督办情况要列入考核。',
].join('\n\n');

const source = (quote: string) => ({ meeting: 'm2', quote });

const directives: [string, DirectiveInput][] = [
  ['dubang', { number: 2, title: '要严格督办', meeting: 'm2', summary: '严格督办。', source: source('二、要严格督办。') }],
  ['jiakuai', { number: 1, title: '要加快整改', meeting: 'm2', summary: '加快整改。', source: source('一、要加快整改。') }],
];

const task = (title: string, directive: string, quote: string, lead: string, deadline: TaskInput['deadline']): TaskInput => ({
  title,
  directive,
  responsibilities: [{ unit: lead, role: '牵头' }],
  deadline,
  source: source(quote),
  acceptance: '完成。',
});

// Given out of the speech's order, as in the first meeting.
const tasks: [string, TaskInput][] = [
  ['zhoubao', task('每周报送进展', 'dubang', '今天会议以后每周报送进展', 'b', { start: true, text: '今天会议以后' })],
  ['wancheng', task('完成整改', 'jiakuai', '7月31日前完成整改', 'c', { date: '2022-07-31', text: '7月31日前' })],
  ['tuijin', task('召开推进会', 'jiakuai', '会后立即召开推进会', 'a', { immediate: true, text: '会后立即' })],
];

/** The fixture plus meeting `m2` (区长在整改推进会上的讲话, 2022-07-15, or `date`) and what came from it. */
export function withSecondMeeting(date: string | null = '2022-07-15'): SiteEntries {
  return addMeeting(fixtureEntries(), {
    id: 'm2',
    meeting: secondMeeting({ date }),
    transcript: SECOND_TRANSCRIPT,
    directives,
    tasks,
    checklists: [['kaohe', { title: '督办考核', appliesTo: ['all'], source: source('督办情况要列入考核'), items: [{ id: 'lieru', text: '列入考核' }] }]],
    first: true,
  });
}
