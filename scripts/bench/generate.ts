/**
 * Generates a synthetic but realistic content folder for benchmarks: meetings with transcripts,
 * directives, units and groups, tasks that quote the transcripts, checklists and milestones —
 * all valid under `npm run check`. Written to a folder outside content/, never committed.
 *
 *   node scripts/bench/generate.ts <out-dir> [tasks=5000] [units=200] [checklists=50] [meetings=20]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Sizes of a synthetic site. */
export interface SiteSize {
  tasks: number;
  units: number;
  checklists: number;
  meetings: number;
}

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

  sentences.slice(0, size.tasks).forEach((sentence, index) => {
    const lead = pick(units);
    let other = pick(units);
    if (other.id === lead.id) other = units[(units.indexOf(lead) + 1) % units.length]!;
    const deadline = [
      `  date: 2022-0${5 + (index % 3)}-${String((index % 28) + 1).padStart(2, '0')}\n  text: ${yaml('限期完成')}`,
      `  milestone: ${pick(['jinzhu', 'xiachen', 'fankui'])}\n  offsetDays: -${index % 7}\n  text: 督察节点之前`,
      '  immediate: true\n  text: 会后立即',
      '  unspecified: true\n  text: 讲话未规定时限',
    ][index % 4];
    const directive = `${sentence.meeting}-${(index % 4) + 1}`;
    const group = index % 10 === 0 ? `  - unit: ge-bankuai-ge-bumen\n    role: 配合\n` : '';
    writeFileSync(
      join(content, 'tasks', `renwu-${index + 1}.md`),
      `---\ntitle: ${yaml(sentence.text.replace(/^第[\d-]+项：/, '').replace(/。$/, ''))}\ndirective: ${directive}\nresponsibilities:\n  - unit: ${lead.id}\n    role: 牵头\n  - unit: ${other.id}\n    role: ${pick(ROLES)}\n${group}deadline:\n${deadline}\n${pick(STATUS_LINES)}${source(sentence.meeting, sentence.text)}acceptance: ${yaml(`${pick(SUBJECTS)}${pick(VERBS)}完毕，报协调联络组核定。`)}\n---\n${pick(SUBJECTS)}要${pick(VERBS)}，${pick(ENDS)}。\n`,
    );
  });
}

if (import.meta.main) {
  const [out, tasks = '5000', units = '200', checklists = '50', meetings = '20'] = process.argv.slice(2);
  if (out === undefined) {
    console.error('usage: node scripts/bench/generate.ts <out-dir> [tasks] [units] [checklists] [meetings]');
    process.exit(2);
  }
  generate(out, { tasks: Number(tasks), units: Number(units), checklists: Number(checklists), meetings: Number(meetings) });
  console.log(`generated ${tasks} tasks in ${out}/content`);
}
