/**
 * The fixture site (./fixture.ts) after a second meeting, added as an editor adds one: a 整改推进会
 * `n` (2022-07-15, chaired by the 区长) with two points of its own numbered 一、二、, three tasks
 * (a dated one that unit a leads with the new 街道 d supporting, a 会后立即 one addressed to the new
 * group 各街道, a standing rule for the new 街道 e), and the new group joining 各单位 — so the new
 * 街道 are reached by the first meeting's task 完成自查, which was changed before they existed.
 *
 * Kept apart from fixture.ts, which the tests of one meeting read unchanged; the meeting is added
 * as ./secondMeeting.ts adds its own (`addMeeting`), on the same record with its own agenda.
 */
import type { SiteEntries } from '~/data/entries';
import type { History } from '~/data/history';
import type { CommitEntries, Snapshot } from '~/lib/changes';
import { DepartmentSchema, type DepartmentInput } from '~/schemas/department';
import type { TaskInput } from '~/schemas/task';
import { COMMIT, fixtureEntries } from './fixture';
import { addMeeting, secondMeeting } from './secondMeeting';

/** The second meeting's transcript: three paragraphs. */
export const SECOND_TRANSCRIPT = [
  '同志们：',
  '一、要推进整改。各街道会后立即部署整改工作。区甲局要在7月31日前推进整改，丁街道配合。',
  '二、要建立长效机制。戊街道要长期坚持，建立长效机制。',
].join('\n\n');

const source = (quote: string) => ({ meeting: 'n', quote });

const meeting = secondMeeting({ agenda: [{ item: '推进整改工作', presenter: '区长' }], unreflected: [{ paragraph: 'p1', why: '称呼语。' }] });

/** Its two points, given out of order: id, number, title and the words that state it. */
const directives: readonly (readonly [string, number, string, string])[] = [
  ['changxiao', 2, '要建立长效机制', '二、要建立长效机制。'],
  ['tuijin', 1, '要推进整改', '一、要推进整改。'],
];

/** The two new 街道 and their group; 各单位 (`all`) now holds the group too. */
const departments: readonly (readonly [string, string, DepartmentInput['kind'], string[]?])[] = [
  ['d', '丁街道', '街道'],
  ['e', '戊街道', '街道'],
  ['jiedao', '各街道', '单位组', ['d', 'e']],
];

/** Its tasks: id, title, directive, quote, units, deadline and status. */
const tasks: readonly (readonly [string, string, string, string, TaskInput['responsibilities'], TaskInput['deadline'], TaskInput['status']])[] = [
  ['changxiao', '建立长效机制', 'changxiao', '戊街道要长期坚持，建立长效机制', [{ unit: 'e', role: '牵头' }], { unspecified: true, text: '长期坚持' }, '长期坚持'],
  ['tuijin', '推进整改', 'tuijin', '区甲局要在7月31日前推进整改', [{ unit: 'a', role: '牵头' }, { unit: 'd', role: '配合' }], { date: '2022-07-31', text: '7月31日前' }, undefined],
  ['bushu', '部署整改工作', 'tuijin', '各街道会后立即部署整改工作', [{ unit: 'jiedao', role: '牵头' }], { immediate: true, text: '会后立即' }, undefined],
];

/** An entry as a file held it at a commit. */
const snapshot = (collection: Snapshot['entry']['collection'], id: string, data: Snapshot['data']): Snapshot => ({ entry: { collection, id }, data, body: '正文。' });

/** The first meeting's task 完成自查 (addressed to 各单位) with a status. */
const zicha = (status: string) => snapshot('tasks', 'zicha', { title: '完成自查', responsibilities: [{ unit: 'all', role: '牵头' }], status });

/**
 * Three publications, newest first: 完成自查 marked done (after the new 街道 exist); the second
 * meeting with the new 街道 and their group, which joins 各单位; 完成自查 started, before either 街道
 * existed, and the fixture's own publication of 2022-05-12.
 */
export const SECOND_MEETING_COMMITS: readonly CommitEntries[] = [
  { hash: 'c3', date: '2022-07-20', time: '2022-07-20T10:00:00+08:00', note: undefined, before: [zicha('进行中')], after: [zicha('已完成')] },
  {
    hash: 'c2',
    date: '2022-07-15',
    time: '2022-07-15T18:00:00+08:00',
    note: '新增整改推进会',
    before: [snapshot('departments', 'all', { name: '各单位', kind: '单位组', members: ['bumen', 'c'] })],
    after: [
      snapshot('meetings', 'n', { title: meeting.title }),
      snapshot('departments', 'd', { name: '丁街道', kind: '街道' }),
      snapshot('departments', 'e', { name: '戊街道', kind: '街道' }),
      snapshot('departments', 'jiedao', { name: '各街道', kind: '单位组', members: ['d', 'e'] }),
      snapshot('departments', 'all', { name: '各单位', kind: '单位组', members: ['bumen', 'c', 'jiedao'] }),
      snapshot('tasks', 'tuijin', { title: '推进整改', responsibilities: [{ unit: 'a', role: '牵头' }, { unit: 'd', role: '配合' }] }),
    ],
  },
  { hash: 'c1', date: '2022-06-01', time: '2022-06-01T10:00:00+08:00', note: undefined, before: [zicha('未开始')], after: [zicha('进行中')] },
  COMMIT,
];

/** The history of the two-meeting site: the publications above. */
export const SECOND_MEETING_HISTORY: History = { available: true, last: new Map(), recent: [...SECOND_MEETING_COMMITS] };

/** The fixture's entries with the second meeting added; `history` defaults to `SECOND_MEETING_HISTORY`. */
export function twoMeetingEntries(history: History = SECOND_MEETING_HISTORY): SiteEntries {
  const first = addMeeting(fixtureEntries(history), {
    id: 'n',
    meeting,
    transcript: SECOND_TRANSCRIPT,
    directives: directives.map(([id, number, title, quote]) => [id, { number, title, meeting: 'n', summary: `${title.slice(1)}。`, source: source(quote) }] as const),
    tasks: tasks.map(([id, title, directive, quote, responsibilities, deadline, status]) => [id, { title, directive, responsibilities, deadline, status, source: source(quote), acceptance: '完成。' }] as const),
  });
  return {
    ...first,
    departments: [
      ...first.departments.map((entry) => (entry.id === 'all' ? { ...entry, data: { ...entry.data, members: ['bumen', 'c', 'jiedao'] } } : entry)),
      ...departments.map(([id, name, kind, members]) => ({ id, data: DepartmentSchema.parse({ name, kind, ...(members === undefined ? {} : { members }), source: source('各街道') } satisfies DepartmentInput) })),
    ],
  };
}
