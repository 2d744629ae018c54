/**
 * Generates a synthetic but realistic content folder for benchmarks: meetings with transcripts,
 * directives, units and groups, tasks that quote the transcripts, checklists and milestones, and
 * half a year of progress: each unit's weekly reports (交账), the office's 销号 decisions and a
 * few 督查通报, and the inspection team's petition cases in daily batches with their handling
 * (./caseContent.ts) — all valid under `npm run check`. Written to a folder outside content/, never
 * committed.
 *
 *   node scripts/bench/generate.ts <out-dir> [tasks=5000] [units=200] [checklists=50] [meetings=20] [reports=26] [cases=0] [batches=60]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCases } from './caseContent.ts';

/** Sizes of a synthetic site. */
export interface SiteSize {
  tasks: number;
  units: number;
  checklists: number;
  meetings: number;
  /** Weekly reports per unit (交账), from the Friday after the last meeting; 0 for none. */
  reports?: number;
  /** Petition cases (交办信访件); 0 or absent for none. */
  cases?: number;
  /** The daily batches the cases come in (default 60). */
  batches?: number;
}

/**
 * How many of its tasks a unit reports on each week: a weekly sheet speaks of the work under way,
 * not of every task the unit has (a unit reached through 各板块各部门 has hundreds). The window
 * moves on each week, so over half a year most tasks get reports.
 */
const LINES_PER_REPORT = 20;
/** A 督查通报 every this many weeks of reports. */
const WEEKS_PER_BULLETIN = 6;
const PROGRESS = ['已完成方案制定，正在逐项推进。', '已开展专项排查，发现问题正在整改。', '台账资料已整理，正在核对。', '已召开专题会议部署，责任落实到人。'];
const PROBLEMS = ['部分资料尚未收集齐全。', '涉及多个部门，协调难度较大。'];

/** Phrases of the kind the meeting uses, combined into sentences. */
const SUBJECTS = ['台账资料', '信访件', '问题清单', '整改方案', '网格化管理', '环境执法', '舆情信息', '重点企业', '畜禽养殖', '扬尘治理', '河道保洁', '秸秆禁烧', '餐饮油烟', '工业固废', '危险废物', '饮用水源', '黑臭水体', '渣土运输', '露天焚烧', '噪声扰民'];
const VERBS = ['全面排查', '逐项整改', '建立台账', '回头看', '限期销号', '专项督查', '分类施策', '严格把关', '统一口径', '联合执法'];
const ENDS = ['确保不出问题', '做到清单之外无问题', '坚决防止反弹回潮', '经得起督察组审阅', '按时报送协调联络组'];
const KINDS = ['职能部门', '板块', '议事协调机构', '督查问责机构'] as const;
// A task's status is summed up from reports; only a standing rule says so in its file (one in five here).
const STATUS_LINES = ['', '', '', '', 'status: 长期坚持\n'] as const;
const ROLES = ['配合', '督办', '审核'] as const;

/** A deterministic pseudo-random sequence, so two runs generate the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const yaml = (value: string) => JSON.stringify(value);

/** Writes the content folder for `size` into `root/content`. */
export function generate(root: string, size: SiteSize): void {
  const next = random(20220519);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const content = join(root, 'content');
  rmSync(content, { recursive: true, force: true });
  for (const dir of ['meetings', 'directives', 'tasks', 'departments', 'checklists']) mkdirSync(join(content, dir), { recursive: true });

  // Units: numbered departments and 板块, and a handful of groups over them.
  const units = Array.from({ length: size.units }, (_, index) => ({
    id: `danwei-${index + 1}`,
    name: `第${index + 1}${index % 3 === 0 ? '街道' : '局'}`,
    kind: KINDS[index % KINDS.length]!,
  }));
  const groups = [
    { id: 'ge-bankuai', name: '各板块', members: units.filter((unit) => unit.kind === '板块').map((unit) => unit.id) },
    { id: 'ge-zhineng-bumen', name: '各职能部门', members: units.filter((unit) => unit.kind === '职能部门').map((unit) => unit.id) },
    { id: 'ge-bankuai-ge-bumen', name: '各板块各部门', members: ['ge-bankuai', 'ge-zhineng-bumen'] },
  ];

  // Meetings: each transcript holds one sentence per task, grouped ten to a paragraph.
  const perMeeting = Math.ceil(size.tasks / size.meetings);
  const sentences: { meeting: string; text: string }[] = [];
  for (let m = 0; m < size.meetings; m++) {
    const meeting = `huiyi-${m + 1}`;
    const paragraphs: string[] = [`第${m + 1}次迎查工作调度会议讲话。`];
    for (let p = 0; p * 10 < perMeeting; p++) {
      const sentence: string[] = [];
      for (let s = 0; s < 10 && p * 10 + s < perMeeting; s++) {
        const text = `第${m + 1}-${p * 10 + s + 1}项：${pick(SUBJECTS)}要${pick(VERBS)}，${pick(ENDS)}。`;
        sentence.push(text);
        sentences.push({ meeting, text });
      }
      paragraphs.push(sentence.join(''));
    }
    writeFileSync(
      join(content, 'meetings', `${meeting}.md`),
      `---\ntitle: ${yaml(`第${m + 1}次迎查工作调度会议`)}\nhost: 区委书记\ndate: 2022-05-${String((m % 28) + 1).padStart(2, '0')}\nagenda:\n  - item: 调度迎查工作\n    presenter: 区委书记\n---\n${paragraphs.join('\n\n')}\n`,
    );
    for (let d = 1; d <= 4; d++) {
      writeFileSync(
        join(content, 'directives', `${meeting}-${d}.mdx`),
        `---\nnumber: ${d}\ntitle: ${yaml(`第${d}项要求`)}\nmeeting: ${meeting}\nsummary: ${yaml(`${pick(SUBJECTS)}要${pick(VERBS)}。`)}\nsource:\n  meeting: ${meeting}\n  quote: ${yaml(`第${m + 1}次迎查工作调度会议讲话`)}\n---\n${pick(SUBJECTS)}要${pick(VERBS)}。\n`,
      );
    }
  }
  const source = (meeting: string, quote: string) => `source:\n  meeting: ${meeting}\n  quote: ${yaml(quote)}\n`;
  const first = sentences[0]!;

  for (const unit of units) {
    writeFileSync(join(content, 'departments', `${unit.id}.yaml`), `name: ${yaml(unit.name)}\nkind: ${unit.kind}\naliases: [${yaml(unit.name.slice(1))}]\n${source(first.meeting, first.text)}`);
  }
  for (const group of groups) {
    const members = group.members.length === 0 ? ' []\nmembersNote: 合成数据。' : `\n${group.members.map((id) => `  - ${id}`).join('\n')}`;
    writeFileSync(join(content, 'departments', `${group.id}.yaml`), `name: ${yaml(group.name)}\nkind: 单位组\nmembers:${members}\n${source(first.meeting, first.text)}`);
  }

  writeFileSync(
    join(content, 'milestones.yaml'),
    ['jinzhu', 'xiachen', 'fankui'].map((id, index) => `- id: ${id}\n  name: ${yaml(['督察组进驻', '下沉督察', '督察反馈'][index]!)}\n  date: ${index === 0 ? '2022-06-01' : 'null'}\n  ${source(first.meeting, first.text).replace(/\n(?=.)/g, '\n  ')}`).join(''),
  );

  for (let c = 0; c < size.checklists; c++) {
    const items = Array.from({ length: 8 }, (_, index) => `  - id: tiao-${index + 1}\n    text: ${yaml(`${pick(SUBJECTS)}${pick(VERBS)}`)}`).join('\n');
    const sentence = pick(sentences);
    writeFileSync(join(content, 'checklists', `qingdan-${c + 1}.yaml`), `title: ${yaml(`${pick(SUBJECTS)}核查清单${c + 1}`)}\nappliesTo: [${c % 5 === 0 ? 'ge-bankuai-ge-bumen' : pick(units).id}]\n${source(sentence.meeting, sentence.text)}items:\n${items}\n`);
  }

  // The tasks each unit reports on (牵头 or 配合, named or through the group), for its reports.
  const reporting = new Map<string, string[]>(units.map((unit) => [unit.id, []]));
  const everyUnitOfGroup = [...groups[0]!.members, ...groups[1]!.members];
  // 长期坚持 tasks never close: their units report them 推进中, and the office never signs them off.
  const standing = new Set<string>();
  sentences.slice(0, size.tasks).forEach((sentence, index) => {
    const lead = pick(units);
    let other = pick(units);
    if (other.id === lead.id) other = units[(units.indexOf(lead) + 1) % units.length]!;
    const role = pick(ROLES);
    const task = `renwu-${index + 1}`;
    const status = pick(STATUS_LINES);
    if (status !== '') standing.add(task);
    // A unit named in the task takes its named role, even when the group holds it too.
    const viaGroup = index % 10 === 0 ? everyUnitOfGroup.filter((unit) => unit !== other.id) : [];
    const reached = new Set([lead.id, ...(role === '配合' ? [other.id] : []), ...viaGroup]);
    for (const unit of reached) reporting.get(unit)!.push(task);
    const deadline = [
      `  date: 2022-0${5 + (index % 3)}-${String((index % 28) + 1).padStart(2, '0')}\n  text: ${yaml('限期完成')}`,
      `  milestone: ${pick(['jinzhu', 'xiachen', 'fankui'])}\n  offsetDays: -${index % 7}\n  text: 督察节点之前`,
      '  immediate: true\n  text: 会后立即',
      '  unspecified: true\n  text: 讲话未规定时限',
    ][index % 4];
    const directive = `${sentence.meeting}-${(index % 4) + 1}`;
    const group = index % 10 === 0 ? `  - unit: ge-bankuai-ge-bumen\n    role: 配合\n` : '';
    writeFileSync(
      join(content, 'tasks', `${task}.md`),
      `---\ntitle: ${yaml(sentence.text.replace(/^第[\d-]+项：/, '').replace(/。$/, ''))}\ndirective: ${directive}\nresponsibilities:\n  - unit: ${lead.id}\n    role: 牵头\n  - unit: ${other.id}\n    role: ${role}\n${group}deadline:\n${deadline}\n${status}${source(sentence.meeting, sentence.text)}acceptance: ${yaml(`${pick(SUBJECTS)}${pick(VERBS)}完毕，报协调联络组核定。`)}\n---\n${pick(SUBJECTS)}要${pick(VERBS)}，${pick(ENDS)}。\n`,
    );
  });

  if ((size.reports ?? 0) > 0) progress(content, reporting, standing, size.reports!, next);
  if ((size.cases ?? 0) > 0) generateCases(content, units, size.cases!, size.batches ?? 60, random(20220601));
}

/** `date` plus `days`, as `YYYY-MM-DD`. */
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Writes `weeks` weekly reports for every unit, from the Friday after the last meeting (2022-05-20),
 * each on the next `LINES_PER_REPORT` of its tasks; the office's 销号 of some tasks a unit last
 * reported 申请销号 (it reports no more on them; 长期坚持 tasks stay 推进中); and a 督查通报 every `WEEKS_PER_BULLETIN` weeks.
 */
function progress(content: string, reporting: ReadonlyMap<string, readonly string[]>, standing: ReadonlySet<string>, weeks: number, next: () => number): void {
  const fridays = Array.from({ length: weeks }, (_, week) => addDays('2022-05-27', week * 7));
  const signoffs = new Map<string, string[]>();
  for (const [unit, tasks] of reporting) {
    if (tasks.length === 0) continue;
    mkdirSync(join(content, 'reports', unit), { recursive: true });
    const lines = Math.min(LINES_PER_REPORT, tasks.length);
    // The weeks each task is reported on, so that its last report can ask for 销号.
    const window = (week: number) => Array.from({ length: lines }, (_, line) => tasks[(week * lines + line) % tasks.length]!);
    const lastWeek = new Map<string, number>();
    const seen = new Map<string, number>();
    fridays.forEach((_, week) => window(week).forEach((task) => lastWeek.set(task, week)));
    fridays.forEach((date, week) => {
      const body = window(week).map((task) => {
        const times = (seen.get(task) ?? 0) + 1;
        seen.set(task, times);
        const last = lastWeek.get(task) === week;
        const state = times === 1 ? (next() < 0.2 ? '未启动' : '推进中') : last && !standing.has(task) ? (next() < 0.5 ? '申请销号' : '已完成') : '推进中';
        if (state === '申请销号' && next() < 0.5) append(signoffs, task, `- unit: ${unit}\n  date: ${addDays(date, 3)}\n  decision: 同意销号\n  note: 经核查，整改到位。\n`);
        const problems = state === '推进中' && next() < 0.3 ? `    problems: ${yaml(PROBLEMS[Math.floor(next() * PROBLEMS.length)]!)}\n` : '';
        return `  - task: ${task}\n    state: ${state}\n    progress: ${yaml(PROGRESS[Math.floor(next() * PROGRESS.length)]!)}\n${problems}`;
      });
      writeFileSync(join(content, 'reports', unit, `${date}.yaml`), `reporter: 王某某\ntasks:\n${body.join('')}`);
    });
  }
  mkdirSync(join(content, 'signoffs'), { recursive: true });
  for (const [task, decisions] of signoffs) writeFileSync(join(content, 'signoffs', `${task}.yaml`), decisions.join(''));
  mkdirSync(join(content, 'bulletins'), { recursive: true });
  for (let number = 1; number * WEEKS_PER_BULLETIN <= weeks; number++) {
    const date = addDays(fridays[number * WEEKS_PER_BULLETIN - 1]!, 3);
    writeFileSync(join(content, 'bulletins', `${number}.yaml`), `date: ${date}\nrectifyBy: ${addDays(date, 7)}\nremarks:\n  - 各单位要对照问题逐项整改。\ncc:\n  - 区委、区政府主要领导\n`);
  }
}

/** Adds `value` to the list under `key`. */
function append(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

if (import.meta.main) {
  const [out, tasks = '5000', units = '200', checklists = '50', meetings = '20', reports = '26', cases = '0', batches = '60'] = process.argv.slice(2);
  if (out === undefined) {
    console.error('usage: node scripts/bench/generate.ts <out-dir> [tasks] [units] [checklists] [meetings] [reports] [cases] [batches]');
    process.exit(2);
  }
  generate(out, { tasks: Number(tasks), units: Number(units), checklists: Number(checklists), meetings: Number(meetings), reports: Number(reports), cases: Number(cases), batches: Number(batches) });
  console.log(`generated ${tasks} tasks and ${cases} cases in ${out}/content`);
}
