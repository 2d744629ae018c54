/**
 * A small site for the index and view tests, written as an editor would write the files and
 * passed through the collection schemas, so the entries have exactly the shape the pages get.
 *
 * Two directives given out of order; six tasks covering each kind of deadline; units a, b and the
 * 板块 c; the group 各部门 (a, b) nested in the group 各单位 (各部门, c); three milestones, one
 * dated; two checklists; two reports and a sign-off (koujing 已销号 for a, taizhang 推进中 for a,
 * zhuanban 已完成 for b); one publication that changed a task; one 督查通报.
 */
import type { SiteEntries } from '~/data/entries';
import type { History } from '~/data/history';
import type { CommitEntries, Snapshot } from '~/lib/changes';
import { BulletinSchema, type BulletinInput } from '~/schemas/bulletin';
import { ChecklistSchema, type ChecklistInput } from '~/schemas/checklist';
import { DepartmentSchema, type DepartmentInput } from '~/schemas/department';
import { DirectiveSchema, type DirectiveInput } from '~/schemas/directive';
import { MeetingSchema, type MeetingInput } from '~/schemas/meeting';
import { MilestoneSchema, type MilestoneInput } from '~/schemas/milestone';
import { ReportSchema, type ReportInput } from '~/schemas/report';
import { SignoffSchema, type SignoffInput } from '~/schemas/signoff';
import { TaskSchema, type TaskInput } from '~/schemas/task';

/** The transcript: four paragraphs, p4 the omission mark. */
export const TRANSCRIPT = [
  '同志们：',
  '一、要抓好整改。各单位要在5月19日前完成自查。督察组进驻前一天报送台账。下沉督察之前完成整改。',
  '二、要统一口径。台账资料要真实反映。会后立即成立专班。今后要长期坚持。',
  '…………',
].join('\n\n');

const source = (quote: string) => ({ meeting: 'm', quote });

const meeting: MeetingInput = {
  title: '测试会议',
  host: '区委书记',
  date: '2022-05-10',
  agenda: [{ item: '部署工作', presenter: '区委书记' }],
  unreflected: [{ paragraph: 'p1', why: '称呼语。' }],
};

const directives: [string, DirectiveInput][] = [
  ['tongyi', { number: 2, title: '要统一口径', meeting: 'm', summary: '统一口径。', source: source('二、要统一口径。') }],
  [
    'zhenggai',
    {
      number: 1,
      title: '要抓好整改',
      meeting: 'm',
      summary: '抓好整改。',
      source: source('一、要抓好整改。'),
      requirements: [{ id: 'zicha', title: '完成自查', quote: '各单位要在5月19日前完成自查' }],
    },
  ],
];

const unit = (name: string, kind: DepartmentInput['kind'], members?: string[]): DepartmentInput => ({
  name,
  kind,
  ...(members === undefined ? {} : { members }),
  source: source('各单位'),
});

const departments: [string, DepartmentInput][] = [
  ['a', unit('区甲局', '职能部门')],
  ['b', unit('区乙局', '职能部门')],
  ['c', unit('丙镇', '板块')],
  ['bumen', unit('各部门', '单位组', ['a', 'b'])],
  ['all', unit('各单位', '单位组', ['bumen', 'c'])],
];

const milestones: MilestoneInput[] = [
  { id: 'changqi', name: '长期', date: null, source: source('今后要长期坚持') },
  { id: 'jinzhu', name: '督察组进驻', date: '2022-05-25', source: source('督察组进驻') },
  { id: 'xiachen', name: '下沉督察', date: null, source: source('下沉督察之前') },
];

const task = (title: string, directive: string, quote: string, responsibilities: TaskInput['responsibilities'], deadline: TaskInput['deadline'], extra: Partial<TaskInput> = {}): TaskInput => ({
  title,
  directive,
  responsibilities,
  deadline,
  source: source(quote),
  acceptance: '完成。',
  ...extra,
});

// Given out of the speech's order, which the index restores.
const tasks: [string, TaskInput][] = [
  ['changqi', task('长期坚持', 'tongyi', '今后要长期坚持', [{ unit: 'c', role: '牵头' }], { unspecified: true, text: '今后' }, { status: '长期坚持' })],
  ['zhuanban', task('成立专班', 'tongyi', '会后立即成立专班', [{ unit: 'b', role: '牵头' }, { unit: 'c', role: '督办' }], { immediate: true, text: '会后立即' })],
  ['koujing', task('统一口径', 'tongyi', '台账资料要真实反映', [{ unit: 'a', role: '牵头' }], { date: '2022-06-01', text: '6月1日前' }, { checklist: 'taizhang' })],
  ['zhenggai', task('完成整改', 'zhenggai', '下沉督察之前完成整改', [{ unit: 'bumen', role: '牵头' }, { unit: 'a', role: '配合' }], { milestone: 'xiachen', text: '下沉督察之前' })],
  ['taizhang', task('报送台账', 'zhenggai', '督察组进驻前一天报送台账', [{ unit: 'a', role: '牵头' }, { unit: 'b', role: '配合', who: '分管负责同志' }], { milestone: 'jinzhu', offsetDays: -1, text: '进驻前一天' })],
  [
    'zicha',
    task('完成自查', 'zhenggai', '各单位要在5月19日前完成自查', [{ unit: 'all', role: '牵头', who: '主要负责同志' }], { date: '2022-05-19', yearInferred: true, text: '5月19日前' }, {
      requirement: 'zicha',
      checklist: 'taizhang',
    }),
  ],
];

const checklists: [string, ChecklistInput][] = [
  [
    'taizhang',
    {
      title: '台账资料',
      appliesTo: ['bumen'],
      source: source('台账资料要真实反映'),
      items: [
        { id: 'zhenshi', text: '真实反映', quote: '台账资料要真实反映' },
        { id: 'koujing', text: '统一口径', unit: 'a' },
      ],
    },
  ],
  ['zhenban', { title: '专班', appliesTo: ['c'], source: source('会后立即成立专班'), items: [{ id: 'chengli', text: '成立专班' }] }],
];

/** One 督查通报, 第1期, issued the day after 完成自查 fell due. */
const bulletins: [string, BulletinInput][] = [['1', { date: '2022-05-20', rectifyBy: '2022-05-27', remarks: ['各单位要对照问题逐项整改。'], cc: ['区委、区政府主要领导'] }]];

/** Reports by id (`<unit>/<date>`). */
const reports: [string, ReportInput][] = [
  [
    'a/2022-05-15',
    {
      reporter: '王某某',
      tasks: [
        { task: 'koujing', state: '申请销号', progress: '口径已统一。', evidence: [{ title: '口径清单', file: 'koujing.pdf' }] },
        { task: 'taizhang', state: '推进中', progress: '台账已整理一半。', problems: '部分资料缺失。', nextSteps: '5月20日前补齐。', checklist: { taizhang: ['zhenshi'] } },
      ],
    },
  ],
  ['b/2022-05-14', { tasks: [{ task: 'zhuanban', state: '已完成', progress: '专班已成立。' }] }],
];

/** The office's decisions by task. */
const signoffs: [string, SignoffInput][] = [['koujing', { unit: 'a', date: '2022-05-16', decision: '同意销号', note: '经核查，口径统一。' }]];

/** An entry as a file held it at a commit. */
const snapshot = (collection: Snapshot['entry']['collection'], id: string, data: Snapshot['data']): Snapshot => ({ entry: { collection, id }, data, body: '正文。' });

/**
 * One publication that changed the status of task `taizhang`, added the unit `c`'s file, and
 * removed a task `gone` that unit b led; with an editor's 更新说明.
 */
export const COMMIT: CommitEntries = {
  hash: 'abc1234def',
  date: '2022-05-12',
  time: '2022-05-12T10:00:00+08:00',
  note: '按督查中心通知调整',
  before: [
    snapshot('tasks', 'taizhang', { title: '报送台账', status: '未开始' }),
    snapshot('tasks', 'gone', { title: '已撤销的任务', responsibilities: [{ unit: 'b', role: '牵头' }] }),
  ],
  after: [snapshot('tasks', 'taizhang', { title: '报送台账', status: '进行中' }), snapshot('departments', 'c', { name: '丙镇', kind: '板块' })],
};

/** The history: that commit, and the last change of one file. */
export const HISTORY: History = {
  available: true,
  last: new Map([['content/tasks/taizhang.md', COMMIT]]),
  recent: [COMMIT],
};

/** The fixture's entries, validated by the schemas; `history` defaults to `HISTORY`. */
export function fixtureEntries(history: History = HISTORY): SiteEntries {
  return {
    meetings: [{ id: 'm', data: MeetingSchema.parse(meeting), body: TRANSCRIPT, filePath: 'content/meetings/m.md' }],
    directives: directives.map(([id, data]) => ({ id, data: DirectiveSchema.parse(data), body: '正文。' })),
    tasks: tasks.map(([id, data]) => ({ id, data: TaskSchema.parse(data), body: '正文。', filePath: `content/tasks/${id}.md` })),
    departments: departments.map(([id, data]) => ({ id, data: DepartmentSchema.parse(data) })),
    checklists: checklists.map(([id, data]) => ({ id, data: ChecklistSchema.parse(data) })),
    milestones: milestones.map((data) => ({ id: data.id, data: MilestoneSchema.parse(data) })),
    bulletins: bulletins.map(([id, data]) => ({ id, data: BulletinSchema.parse(data), filePath: `content/bulletins/${id}.yaml` })),
    reports: reports.map(([id, data]) => ({ id, data: ReportSchema.parse(data), filePath: `content/reports/${id}.yaml` })),
    signoffs: signoffs.map(([task, data]) => ({ id: `${task}/${data.unit}/${data.date}`, data: SignoffSchema.parse(data), filePath: `content/signoffs/${task}.yaml` })),
    // Petition cases have a fixture of their own (./cases.ts), on top of this one.
    cases: [],
    casework: [],
    history,
  };
}

/**
 * The fixture plus what came after 第1期 (2022-05-20): 丙镇's first report on 2022-05-21 (zicha
 * 推进中), the office's 同意销号 of zhuanban for 区乙局 the same day, and 第2期 of 2022-05-26, after
 * 报送台账 fell due (2022-05-24, confirmed). 第1期 must read as before; 第2期 sees them.
 */
export function withLaterProgress(): SiteEntries {
  const entries = fixtureEntries();
  const report: ReportInput = { tasks: [{ task: 'zicha', state: '推进中', progress: '自查正在进行。' }] };
  const signoff: SignoffInput = { unit: 'b', date: '2022-05-21', decision: '同意销号', note: '专班已成立。' };
  const bulletin: BulletinInput = { date: '2022-05-26', rectifyBy: '2022-06-02', cc: ['区委、区政府主要领导'] };
  return {
    ...entries,
    reports: [...entries.reports, { id: 'c/2022-05-21', data: ReportSchema.parse(report), filePath: 'content/reports/c/2022-05-21.yaml' }],
    signoffs: [...entries.signoffs, { id: 'zhuanban/b/2022-05-21', data: SignoffSchema.parse(signoff), filePath: 'content/signoffs/zhuanban.yaml' }],
    bulletins: [...entries.bulletins, { id: '2', data: BulletinSchema.parse(bulletin), filePath: 'content/bulletins/2.yaml' }],
  };
}

/**
 * The fixture plus `count` more tasks led by unit `a` under the first directive, each due one day
 * after the last from `first` (or all on `first` with `sameDay`): for lists longer than a page.
 */
export function withManyTasks(count: number, first: string, sameDay = false): SiteEntries {
  const entries = fixtureEntries();
  const model = entries.tasks.find((entry) => entry.id === 'taizhang')!;
  const start = Date.parse(`${first}T00:00:00Z`);
  const extra = Array.from({ length: count }, (_, index) => {
    const date = new Date(start + (sameDay ? 0 : index) * 86_400_000).toISOString().slice(0, 10);
    const id = `extra-${String(index).padStart(3, '0')}`;
    return { ...model, id, data: { ...model.data, title: id, responsibilities: [{ unit: 'a', role: '牵头' as const }], deadline: { kind: 'date' as const, date, yearInferred: false, text: date } } };
  });
  return { ...entries, tasks: [...entries.tasks, ...extra] };
}
