/**
 * npm run new: every kind writes a file that passes the check, in the meeting it belongs to, with
 * the next free id; every flag an editor sets reaches the file; every mistake on the command line
 * is one line in Chinese.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { latestMeeting, missingFlags, missingMessage, nextFreeId, parseFlags, scaffold, transcriptBody, usage } from '../../../../scripts/new/scaffold.ts';

const script = join(import.meta.dirname, '../../../../scripts/new.ts');
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the valid fixture content, with a second, later meeting (n, 2022-06-10) beside m. */
function project(): string {
  root = mkdtempSync(join(tmpdir(), 'duban-new-'));
  cpSync(join(import.meta.dirname, '../../../fixtures/good-content/content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content/meetings/n.md'), '---\ntitle: 整改推进会\nhost: 区长\ndate: 2022-06-10\nagenda:\n  - { item: 部署, presenter: 区长 }\nunreflected:\n  - { paragraph: p1, why: 称呼语。 }\n---\n同志们：\n\n一、要加快整改进度。各街道要在6月15日前完成问题整改，请会后立即部署。\n\n二、要压实属地责任。\n');
  writeFileSync(join(root, 'content/directives/n1.md'), '---\nnumber: 1\ntitle: 要加快整改进度\nmeeting: n\nsummary: 加快整改。\nsource: { meeting: n, quote: 一、要加快整改进度。 }\n---\n正文。\n');
  return root;
}
/** Each run is a node process reading the content twice: well under a second, but slow on a busy machine. */
const SPAWNS = 60_000;
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args, '--root', root], { encoding: 'utf8', input: '', cwd: root });
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const error = (action: () => unknown) => {
  try {
    action();
  } catch (thrown) {
    return (thrown as Error).message;
  }
  return undefined;
};

describe('npm run new: ids, meetings and transcripts', () => {
  it('takes the next free id', () => {
    expect(nextFreeId('task', new Set(['good', 'renwu-2', 'renwu-10']))).toBe('renwu-11');
    expect(nextFreeId('unit', new Set())).toBe('danwei-1');
    expect(nextFreeId('meeting', new Set(['yingcha-anpai']))).toBe('huiyi-1');
  });

  it('defaults to the latest meeting by date, not the first; an undated one only when it is alone', () => {
    expect(latestMeeting([{ id: 'yingcha-anpai', date: null }, { id: 'tuijin', date: '2022-06-10' }, { id: 'fankui', date: '2022-06-01' }])).toBe('tuijin');
    expect(latestMeeting([{ id: 'yingcha-anpai', date: null }])).toBe('yingcha-anpai');
    expect(latestMeeting([{ id: 'a', date: null }, { id: 'b', date: null }])).toBeUndefined();
  });

  it('reads a transcript with a paragraph per line, or paragraphs between blank lines', () => {
    expect(transcriptBody('\uFEFF同志们：\r\n　　一、要加快整改进度。\r\n二、要压实属地责任。\r\n')).toBe('同志们：\n\n一、要加快整改进度。\n\n二、要压实属地责任。');
    expect(transcriptBody('同志们：\n\n一、要加快\n整改进度。\n\n\n二、要压实属地责任。')).toBe('同志们：\n\n一、要加快整改进度。\n\n二、要压实属地责任。');
  });
});

describe('npm run new: mistakes on the command line, one line each', () => {
  it('names an unknown kind or flag, a flag without its value, and lists what is allowed', () => {
    expect(usage(undefined)).toBe('用法：npm run new -- <meeting|directive|task|unit|checklist|milestone> --参数 值 …，如 npm run new -- task --title "……" --directive xingdong-youli --lead gongan --quote "……"');
    expect(usage('tsak')).toBe('种类 "tsak" 不存在（是否想写 "task"？可用：meeting、directive、task、unit、checklist、milestone）');
    expect(error(() => parseFlags('unit', ['--metting', 'n']))).toBe('未知参数 --metting（是否想写 --meeting？unit 可用：--id、--meeting、--name、--short、--kind、--aliases、--members、--members-note、--note、--editor-note、--quote）');
    expect(error(() => parseFlags('meeting', ['--meeting', 'n']))).toBe('未知参数 --meeting（meeting 可用：--id、--title、--host、--date、--date-note、--agenda、--transcript、--omission、--unreflected）');
    expect(error(() => parseFlags('task', ['--title']))).toBe('参数 --title 缺少取值（写成 --title "……"）');
    expect(error(() => parseFlags('task', ['--title', '--lead', 'a']))).toBe('参数 --title 缺少取值（写成 --title "……"）');
    expect(error(() => parseFlags('task', ['--immediate=true']))).toBe('参数 --immediate 不带取值（只写 --immediate）');
    expect(error(() => parseFlags('task', ['--title', 'a', '--title', 'b']))).toBe('参数 --title 写了两次（只保留一个）');
    expect(error(() => parseFlags('milestone', ['下沉', '督察']))).toBe('多余的参数 "下沉"（参数值含空格时，用英文双引号把整个值括起来；milestone 可用：--id、--meeting、--name、--date、--date-inferred、--note、--quote）');
  });

  it('reads values after = or the next word, even one that starts with a minus sign, and repeats in order', () => {
    expect(parseFlags('task', ['--title=补齐台账', '--offset-days', '-3', '--immediate', '--who', '主要负责同志', '--who', 'b=一把手'])).toEqual({
      title: ['补齐台账'], 'offset-days': ['-3'], immediate: [''], who: ['主要负责同志', 'b=一把手'],
    });
  });

  it('asks for the words of a deadline, and for one kind of deadline only', () => {
    const flags = (...args: string[]) => parseFlags('task', ['--title', 't', '--directive', 'd', '--lead', 'a', '--quote', 'q', ...args]);
    expect(missingFlags('task', flags('--immediate')).map((flag) => flag.name)).toEqual(['deadline-text']);
    expect(missingMessage(missingFlags('task', parseFlags('task', ['--title', 't', '--immediate'])))).toBe(
      '缺少 --directive：所属要求的 id（content/directives/ 下的文件名）；--lead：牵头单位 id（多个用逗号分开，如 gongan,fagai）；--quote：讲话中布置这项任务的原文（从会议记录逐字复制，不跨段）；--deadline-text：讲话对时限的原话（如 5月19日前、请会后立即落实）',
    );
    expect(error(() => missingFlags('task', flags('--date', '2022-06-15', '--immediate')))).toBe('时限只能有一种：--date、--milestone、--immediate、--start、--unspecified 只写一个（现有 --date 和 --immediate）');
    expect(error(() => missingFlags('task', flags('--deadline-text', '会后立即')))).toBe('--deadline-text 须与 --date、--milestone、--immediate、--start、--unspecified 之一同用（讲话未规定时限、也没有相关原话时，这几个参数都不写）');
  });

  it('writes the deadline the flags choose, and 讲话未规定时限 when they choose none', () => {
    const task = (...args: string[]) => scaffold('task', { id: 'x', meeting: 'm', values: parseFlags('task', ['--lead', 'a', ...args]) }).text;
    expect(task('--start', '--deadline-text', '今天会议以后')).toContain('deadline:\n  start: true\n  text: "今天会议以后"\n');
    expect(task('--unspecified', '--deadline-text', '长期坚持')).toContain('deadline:\n  unspecified: true\n  text: "长期坚持"\n');
    expect(task()).toContain('deadline:\n  unspecified: true\n  text: "讲话未规定时限"\n');
  });

  it('shows the shape wanted for a list item written wrongly', () => {
    const values = (kind: 'meeting' | 'directive' | 'task', ...args: string[]) => ({ id: 'x', meeting: 'm', values: parseFlags(kind, args) });
    expect(error(() => scaffold('meeting', values('meeting', '--agenda', '部署工作')))).toBe('--agenda "部署工作" 应写成“主讲人：议程内容”，如 --agenda "区长：部署整改推进工作"');
    expect(error(() => scaffold('meeting', values('meeting', '--agenda', '区长:部署', '--unreflected', 'p1')))).toBe('--unreflected "p1" 应写成“段落=原因”，如 --unreflected "p1=称呼语，无具体要求。"');
    expect(error(() => scaffold('directive', values('directive', '--requirement', 'zicha=完成自查')))).toBe('--requirement "zicha=完成自查" 应写成“id=名称=原文”，如 --requirement "zicha=完成自查=各单位要在5月19日前完成自查"');
    expect(error(() => scaffold('task', values('task', '--lead', 'a', '--unit', 'ducha')))).toBe('--unit "ducha" 应写成“单位id=角色”，如 --unit "ducha-zhongxin=督办"');
    expect(error(() => scaffold('task', values('task', '--lead', 'a', '--who', 'zz=一把手')))).toBe('--who 指定的单位 "zz" 不在 --lead、--support、--unit 之中（写给每个牵头单位时，只写人员，如 --who "主要负责同志"）');
  });

  it('prints the line and exits 2, never a stack trace', () => {
    project();
    const results = [run('task', '--metting', 'n'), run('unit', '--meeting', 'nn', '--name', '区测试局', '--quote', '各单位'), run('unit', '--name', '区测试局'), run('task', '--id', 'good')];
    expect(results.map((result) => [result.status, result.stdout, result.stderr.trim()])).toEqual([
      [2, '', '未知参数 --metting（是否想写 --meeting？task 可用：--id、--meeting、--title、--directive、--requirement、--lead、--support、--unit、--who、--quote、--date、--year-inferred、--milestone、--offset-days、--immediate、--start、--unspecified、--deadline-text、--status、--checklist、--acceptance、--location）'],
      [2, '', '会议 "nn" 不存在（是否想写 "n"？）'],
      [2, '', '缺少 --quote：讲话中提到该单位的原文（从会议记录逐字复制，不跨段）'],
      [2, '', 'id "good" 已被使用，请换一个（或不写 --id，自动取 renwu-1）'],
    ]);
  }, SPAWNS);
});

describe('npm run new: every kind, every field', () => {
  it('writes a meeting from its transcript, and says which paragraphs still wait for entries', () => {
    project();
    writeFileSync(join(root, '督察反馈会.txt'), '同志们：\n一、要全面整改反馈问题。\n');
    const result = run('meeting', '--id', 'fankui', '--title', '督察反馈会', '--host', '区委书记', '--date', '2022-07-01', '--date-note', '日期见通知。', '--agenda', '区委书记：部署反馈问题整改',
      '--agenda', '区长：通报问题清单', '--transcript', '督察反馈会.txt', '--unreflected', 'p1=称呼语。', '--omission', '无');
    expect([result.status, result.stdout.trim().split('\n')]).toEqual([0, [
      '已写入 content/meetings/fankui.md（id: fankui，讲话共 2 段）',
      '会议 fankui 还有 1 段讲话未被任何条目引用：p2（用 npm run new -- directive、task 等为它们新建条目，或在会议记录的 unreflected 中说明原因）',
      '新文件检查通过。',
    ]]);
    expect(read('content/meetings/fankui.md')).toBe([
      '---', 'title: "督察反馈会"', 'host: "区委书记"', 'date: 2022-07-01', 'dateNote: "日期见通知。"', 'agenda:',
      '  - item: "部署反馈问题整改"', '    presenter: "区委书记"', '  - item: "通报问题清单"', '    presenter: "区长"', 'omission: "无"',
      'unreflected:', '  - paragraph: p1', '    why: "称呼语。"', '---', '同志们：', '', '一、要全面整改反馈问题。', '',
    ].join('\n'));
  }, SPAWNS);

  it('writes each other kind into the latest meeting, or the task\'s directive\'s, so that it passes the check', () => {
    project();
    const runs = [
      run('directive', '--title', '要压实属地责任', '--quote', '二、要压实属地责任。', '--requirement', 'taizhang=建立台账=要压实属地责任', '--command', 'g=请会后立即部署'),
      run('task', '--title', '完成问题整改', '--directive', 'n1', '--lead', 'a,b', '--unit', 'g=督办', '--who', '主要负责同志', '--who', 'g=分管负责同志', '--quote', '各街道要在6月15日前完成问题整改',
        '--date', '2022-06-15', '--year-inferred', '--deadline-text', '6月15日前', '--status', '长期坚持', '--checklist', 'good', '--acceptance', '整改完成并销号。', '--location', 'b'),
      run('task', '--id', 'bushu', '--title', '部署整改', '--directive', 'n1', '--lead', 'a', '--support', 'b', '--quote', '请会后立即部署', '--immediate', '--deadline-text', '请会后立即部署'),
      run('task', '--title', '统一口径', '--directive', 'e', '--lead', 'a', '--quote', '统一口径、严格把关', '--milestone', 'xiachen', '--offset-days', '-3', '--deadline-text', '下沉督察前3天'),
      run('unit', '--id', 'jia-jiedao', '--name', '甲街道', '--short', '甲', '--kind', '街道', '--aliases', '甲街,甲街道办', '--note', '新设街道。', '--editor-note', '全称待核对。', '--quote', '各街道'),
      run('unit', '--name', '各街道', '--members', 'jia-jiedao', '--quote', '各街道要在6月15日前'),
      run('checklist', '--title', '整改清单', '--description', '逐项整改。', '--applies-to', 'g', '--item', '逐项整改=完成问题整改', '--item', '报送台账', '--quote', '完成问题整改，请会后'),
      run('milestone', '--meeting', 'm', '--name', '督察反馈', '--date', '2022-07-01', '--date-inferred', '--note', '日期为推断。', '--quote', '五个不放过'),
    ];
    expect(runs.map((result) => [result.status, result.stderr, result.stdout.trim().split('\n').filter((line) => !line.startsWith('会议 '))])).toEqual([
      [0, '', ['已写入 content/directives/yaoqiu-1.md（id: yaoqiu-1，会议 n）', '新文件检查通过。']],
      [0, '', ['已写入 content/tasks/renwu-1.md（id: renwu-1，会议 n）', '新文件检查通过。']],
      [0, '', ['已写入 content/tasks/bushu.md（id: bushu，会议 n）', '新文件检查通过。']],
      [0, '', ['已写入 content/tasks/renwu-2.md（id: renwu-2，会议 m）', '新文件检查通过。']],
      [0, '', ['已写入 content/departments/jia-jiedao.yaml（id: jia-jiedao，会议 n）', '新文件检查通过。']],
      [0, '', ['已写入 content/departments/danwei-1.yaml（id: danwei-1，会议 n）', '新文件检查通过。']],
      [0, '', ['已写入 content/checklists/qingdan-1.yaml（id: qingdan-1，会议 n）', '新文件检查通过。']],
      [0, '', ['已写入 content/milestones.yaml（id: jiedian-1，会议 m）', '新文件检查通过。']],
    ]);
    expect(checkContent(root).problems).toEqual([]);
    expect(read('content/directives/yaoqiu-1.md')).toBe('---\nnumber: 2\ntitle: "要压实属地责任"\nmeeting: n\nsummary: "要压实属地责任"\nsource:\n  meeting: n\n  quote: "二、要压实属地责任。"\ncommand:\n  unit: g\n  quote: "请会后立即部署"\nrequirements:\n  - id: taizhang\n    title: "建立台账"\n    quote: "要压实属地责任"\n---\n要压实属地责任\n');
    expect(read('content/tasks/renwu-1.md')).toBe([
      '---', 'title: "完成问题整改"', 'directive: n1', 'responsibilities:', '  - unit: a', '    role: 牵头', '    who: "主要负责同志"', '  - unit: b', '    role: 牵头', '    who: "主要负责同志"',
      '  - unit: g', '    role: 督办', '    who: "分管负责同志"', 'deadline:', '  date: 2022-06-15', '  yearInferred: true', '  text: "6月15日前"', 'status: "长期坚持"',
      'source:', '  meeting: n', '  quote: "各街道要在6月15日前完成问题整改"', 'location: b', 'checklist: good', 'acceptance: "整改完成并销号。"', '---', '> 各街道要在6月15日前完成问题整改', '',
    ].join('\n'));
    expect(read('content/tasks/bushu.md')).toContain('deadline:\n  immediate: true\n  text: "请会后立即部署"\n');
    expect(read('content/tasks/renwu-2.md')).toContain('deadline:\n  milestone: xiachen\n  offsetDays: -3\n  text: "下沉督察前3天"\n');
    expect(read('content/departments/jia-jiedao.yaml')).toBe('name: "甲街道"\nshort: "甲"\nkind: "街道"\naliases: ["甲街", "甲街道办"]\nnote: "新设街道。"\neditorNote: "全称待核对。"\nsource:\n  meeting: n\n  quote: "各街道"\n');
    expect(read('content/departments/danwei-1.yaml')).toContain('kind: "单位组"\naliases: []\nmembers: [jia-jiedao]\n');
    expect(read('content/checklists/qingdan-1.yaml')).toContain('items:\n  - id: tiaomu-1\n    text: "逐项整改"\n    quote: "完成问题整改"\n  - id: tiaomu-2\n    text: "报送台账"\n');
    expect(read('content/milestones.yaml')).toContain('- id: jiedian-1\n  name: "督察反馈"\n  date: 2022-07-01\n  dateIsInferred: true\n  note: "日期为推断。"\n  source:\n    meeting: m\n');
  }, SPAWNS);

  it('says what is still wrong when it could write', () => {
    project();
    const wrong = run('task', '--title', '无', '--directive', 'e', '--lead', 'zz', '--quote', '要加快整改进度', '--status', '完成');
    expect([wrong.status, wrong.stderr.trim().split('\n')]).toEqual([1, [
      '新文件还有这些问题，请修改后再运行 npm run check：',
      'content/tasks/renwu-1.md: responsibilities[0].unit: 单位 "zz" 不存在（可用：a, b, g）',
      'content/tasks/renwu-1.md: source.quote: 引文未在会议记录 "m" 中找到，但在另一次会议 "n" 中找到（p2）：“要加快整改进度”（引的若是那次会议，请把 source.meeting 改为 n，directive 也须是那次会议的要求；否则须从 content/meetings/m.md 逐字复制，且不跨段）',
      'content/tasks/renwu-1.md: status: status "完成" 无效：只能写 长期坚持（讲话要求长期坚持、不销号的任务）；其他任务不写 status，状态由报送和销号自动得出',
    ]]);
  }, SPAWNS);
});
