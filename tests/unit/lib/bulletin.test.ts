/**
 * The 督查通报 and 督办通知 as documents, from a body written here: the exact sentences staff read,
 * with the string table's words, when reports are collected and while they are not.
 */
import { describe, expect, it } from 'vitest';
import { bulletinWords } from '~/data/views/bulletin';
import { bulletinDocument, bulletinTotals, noticeDocument, noticeUnits, type BulletinBody, type BulletinCases, type BulletinHeader } from '~/lib/bulletin';
import type { OfficialBlock } from '~/lib/officialDocx';

const words = bulletinWords();
const header: BulletinHeader = { number: 3, issuer: 'XX区两办督查中心', cc: ['区委、区政府主要领导', '区纪委监委'] };

/** Three units: 住建 late on two tasks and silent since May 6; 城管 never reported; 水利 in order. */
const BODY: BulletinBody = {
  date: '2022-05-20',
  rectifyBy: '2022-05-27',
  tasks: 5,
  rows: [
    { id: 'zhujian', name: '区住建局', signedOff: 1, awaitingSignOff: 0, inProgress: 2, notStarted: 1, overdue: 2, lastReport: '2022-05-06' },
    { id: 'chengguan', name: '区城管局', signedOff: 0, awaitingSignOff: 1, inProgress: 1, notStarted: 0, overdue: 0, lastReport: null },
    { id: 'shuili', name: '区水利局', signedOff: 2, awaitingSignOff: 1, inProgress: 0, notStarted: 0, overdue: 0, lastReport: '2022-05-20' },
  ],
  overdue: [{ id: 'zhujian', name: '区住建局', count: 2, tasks: [{ title: '抽调人员到位', deadline: '5月19日前' }, { title: '建立问题清单', deadline: '督察组进驻前' }] }],
  unreported: [
    { id: 'zhujian', name: '区住建局', lastReport: '2022-05-06' },
    { id: 'chengguan', name: '区城管局', lastReport: null },
  ],
  remarks: ['各单位要对照问题逐项整改。'],
  cases: undefined,
};

/** The same, once the inspection team has handed over cases: 水利 leads two overdue ones, 开发区 (no task, no row) one. */
const CASES: BulletinCases = {
  batches: 3,
  cases: 40,
  concluded: 25,
  partlyConcluded: 4,
  overdue: 3,
  overdueUnits: [
    { id: 'shuili', name: '区水利局', cases: [{ id: 'D3SX202205100001', batch: 1, due: '2022-05-15' }, { id: 'D3SX202205110002', batch: 2, due: '2022-05-16' }] },
    { id: 'kaifaqu', name: '开发区', cases: [{ id: 'D3SX202205100003', batch: 1, due: '2022-05-15' }] },
  ],
};
const WITH_CASES: BulletinBody = { ...BODY, cases: CASES };

/** The blocks as lines: headings and paragraphs as their text, a table as its rows joined by |. */
const lines = (blocks: readonly OfficialBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'table' ? [block.caption, block.columns.join('|'), ...block.rows.map((row) => row.join('|')), block.total?.join('|') ?? ''] : [block.text]));

describe('bulletinDocument', () => {
  it('writes the 通报 in the office’s words: totals, the table, who is late and who is silent, and 限期整改', () => {
    const document = bulletinDocument(BODY, header, words);
    expect([document.masthead, document.number, document.issuer, document.date, document.title, document.addressee]).toEqual([
      '督查通报',
      '第3期',
      'XX区两办督查中心',
      '2022年5月20日',
      '关于各单位工作任务推进情况的通报',
      '各有关单位：',
    ]);
    expect(lines(document.blocks)).toEqual([
      '为推动各项工作任务按期落实，XX区两办督查中心对各单位任务推进情况进行了督查。现将截至2022年5月20日的情况通报如下。',
      '一、总体情况',
      '本期督查任务5项，涉及3个单位，按单位计共9项。其中，已销号3项，已完成待销号2项，推进中3项，未启动1项；已超过完成时限仍未完成2项。',
      '各单位任务推进情况见下表。',
      '各单位任务推进情况表',
      '序号|单位|已销号|已完成待销号|推进中|未启动|逾期|最近报送',
      '1|区住建局|1|0|2|1|2|2022年5月6日',
      '2|区城管局|0|1|1|0|0|未报送',
      '3|区水利局|2|1|0|0|0|2022年5月20日',
      '合计||3|2|3|1|2|',
      '二、存在的问题',
      '（一）逾期未完成的任务',
      '区住建局有2项任务已超过完成时限仍未完成：抽调人员到位（完成时限：5月19日前）；建立问题清单（完成时限：督察组进驻前）。',
      '（二）未按时报送进展情况的单位',
      '区住建局（最近一次报送为2022年5月6日）、区城管局（尚未报送）共2个单位未按时报送工作进展情况。',
      '三、下步工作要求',
      '各单位要对照问题逐项整改。',
      '对上述逾期未完成任务、未按时报送进展情况的单位，XX区两办督查中心另行下发督办通知，限期整改。被通报单位要切实履行主体责任，坚决克服推诿扯皮、行动迟缓、落实不力的情况，于2022年5月27日前整改到位，并将整改情况书面报送XX区两办督查中心。已完成的任务要及时申请销号。',
    ]);
    expect([document.cc, document.printed]).toEqual(['抄送：区委、区政府主要领导，区纪委监委。', '2022年5月20日印发']);
  });

  it('while reports are not collected, says nothing of reporting: no 最近报送 column, no 未报送 section', () => {
    const document = bulletinDocument({ ...BODY, unreported: undefined }, { ...header, cc: [] }, words);
    const text = lines(document.blocks);
    expect(text).toContain('序号|单位|已销号|已完成待销号|推进中|未启动|逾期');
    expect(text.slice(text.indexOf('二、存在的问题'), text.indexOf('三、下步工作要求') + 1)).toEqual([
      '二、存在的问题',
      '区住建局有2项任务已超过完成时限仍未完成：抽调人员到位（完成时限：5月19日前）；建立问题清单（完成时限：督察组进驻前）。',
      '三、下步工作要求',
    ]);
    expect(text.at(-1)).toMatch(/^对上述逾期未完成任务的单位，/);
    expect(document.cc).toBeUndefined();
  });

  it('when nobody is late or silent, says so and asks only to keep to the time limits', () => {
    const text = lines(bulletinDocument({ ...BODY, overdue: [], unreported: [], remarks: [] }, header, words).blocks);
    expect(text).toContain('截至2022年5月20日，没有超过完成时限仍未完成的任务。');
    expect(text).toContain('各单位均按时报送了工作进展情况。');
    expect(text.at(-1)).toBe('各单位要对照完成时限，坚决克服推诿扯皮、行动迟缓、落实不力的情况，确保各项任务按期完成；已完成的任务要及时申请销号。');
  });
});

describe('a unit with many overdue tasks', () => {
  const tasks = ['甲', '乙', '丙', '丁'].map((title) => ({ title, deadline: '5月19日前' }));
  const body: BulletinBody = { ...BODY, overdue: [{ id: 'zhujian', name: '区住建局', count: tasks.length, tasks }] };

  it('is named in the 通报 with its count and its first three tasks; its 督办通知 names them all', () => {
    expect(lines(bulletinDocument(body, header, words).blocks)).toContain(
      '区住建局有4项任务已超过完成时限仍未完成，包括甲（完成时限：5月19日前）；乙（完成时限：5月19日前）；丙（完成时限：5月19日前）等（逾期任务见督办通知）。',
    );
    expect(lines(noticeDocument(body, header, 'zhujian', words)!.blocks).slice(1, 5)).toEqual(['1．甲（完成时限：5月19日前）', '2．乙（完成时限：5月19日前）', '3．丙（完成时限：5月19日前）', '4．丁（完成时限：5月19日前）']);
  });
});

describe('a unit late on more tasks than a notice lists', () => {
  it('gets a 督办通知 listing the first 30, counting the rest and naming the page that lists them all', () => {
    const tasks = Array.from({ length: 32 }, (_, index) => ({ title: `第${index + 1}项`, deadline: '5月19日前' }));
    // The body keeps the first 30 of a unit's 32 overdue tasks, and their count.
    const text = lines(noticeDocument({ ...BODY, overdue: [{ id: 'zhujian', name: '区住建局', count: 32, tasks: tasks.slice(0, 30) }] }, header, 'zhujian', words)!.blocks);
    expect(text[0]).toBe('根据第3期督查通报，截至2022年5月20日，你单位承担的以下32项任务已超过完成时限仍未完成：');
    expect(text.slice(30, 33)).toEqual([
      '30．第30项（完成时限：5月19日前）',
      '以上列出其中30项，另有2项逾期任务未逐项列出，全部任务及最新进展见督办平台“区住建局各项任务落实情况”页面。',
      '此外，你单位自2022年5月6日以来未报送工作进展情况。',
    ]);
  });
});

describe('many late units', () => {
  it('are named with their counts in one paragraph, their tasks left to their 督办通知', () => {
    const overdue = Array.from({ length: 21 }, (_, index) => ({ id: `u${index}`, name: `第${index + 1}局`, count: 1, tasks: [{ title: '甲', deadline: '5月19日前' }] }));
    const text = lines(bulletinDocument({ ...BODY, overdue, unreported: undefined }, header, words).blocks);
    const named = overdue.map((unit) => `${unit.name}（1项）`).join('、');
    expect(text.slice(text.indexOf('二、存在的问题') + 1, text.indexOf('三、下步工作要求'))).toEqual([`共21个单位有任务已超过完成时限仍未完成：${named}。各单位逾期的任务见其督办通知。`]);
  });
});

describe('noticeUnits and noticeDocument', () => {
  it('name each unit late or silent once, in the table’s order', () => {
    expect(noticeUnits(BODY)).toEqual([
      { id: 'zhujian', name: '区住建局', overdue: BODY.overdue[0]!.tasks, overdueCount: 2, unreported: { lastReport: '2022-05-06' }, cases: [] },
      { id: 'chengguan', name: '区城管局', overdue: [], overdueCount: 0, unreported: { lastReport: null }, cases: [] },
    ]);
  });

  it('write a unit’s 督办通知: its late tasks, its silence, and the 整改期限', () => {
    const document = noticeDocument(BODY, header, 'zhujian', words)!;
    expect([document.masthead, document.number, document.title, document.addressee]).toEqual(['督办通知', undefined, '关于督促区住建局限期整改的督办通知', '区住建局：']);
    expect(lines(document.blocks)).toEqual([
      '根据第3期督查通报，截至2022年5月20日，你单位承担的以下2项任务已超过完成时限仍未完成：',
      '1．抽调人员到位（完成时限：5月19日前）',
      '2．建立问题清单（完成时限：督察组进驻前）',
      '此外，你单位自2022年5月6日以来未报送工作进展情况。',
      '请你单位高度重视，由主要负责同志亲自部署，坚决克服推诿扯皮、行动迟缓、落实不力的情况，于2022年5月27日前整改到位，并将整改情况书面报送XX区两办督查中心。对整改不力的，将按有关规定严肃问责。',
    ]);
    expect(lines(noticeDocument(BODY, header, 'chengguan', words)!.blocks)[0]).toBe('根据第3期督查通报，截至2022年5月20日，你单位至今未报送工作进展情况。');
    expect(noticeDocument(BODY, header, 'shuili', words)).toBeUndefined();
  });
});

describe('the petition cases in the 通报', () => {
  it('add their totals under 总体情况 and their late lead units as the last part of 存在的问题', () => {
    const text = lines(bulletinDocument(WITH_CASES, header, words).blocks);
    expect(text[text.indexOf('合计||3|2|3|1|2|') + 1]).toBe(
      '交办信访件方面，截至2022年5月20日，共收到督察组交办信访件3批40件，已办结25件（含阶段性办结4件），已超过办理时限仍未办结3件。',
    );
    expect(text.slice(text.indexOf('（二）未按时报送进展情况的单位') + 2, text.indexOf('三、下步工作要求'))).toEqual([
      '（三）逾期未办结的交办信访件',
      '区水利局牵头办理的2件交办信访件已超过办理时限仍未办结：D3SX202205100001（第1批，办理时限：2022年5月15日）、D3SX202205110002（第2批，办理时限：2022年5月16日）。',
      '开发区牵头办理的1件交办信访件已超过办理时限仍未办结：D3SX202205100003（第1批，办理时限：2022年5月15日）。',
    ]);
    expect(text.at(-1)).toMatch(/^对上述逾期未完成任务、未按时报送进展情况、交办信访件逾期未办结的单位，/);
  });

  it('take the second heading while reports are not collected, and say so when none is late', () => {
    const text = lines(bulletinDocument({ ...WITH_CASES, overdue: [], unreported: undefined, cases: { ...CASES, overdue: 0, overdueUnits: [] } }, header, words).blocks);
    expect(text.slice(text.indexOf('二、存在的问题') + 1, text.indexOf('三、下步工作要求'))).toEqual([
      '（一）逾期未完成的任务',
      '截至2022年5月20日，没有超过完成时限仍未完成的任务。',
      '（二）逾期未办结的交办信访件',
      '截至2022年5月20日，没有超过办理时限仍未办结的交办信访件。',
    ]);
    expect(text.at(-1)).toMatch(/^各单位要对照完成时限，/);
  });

  it('name a unit’s first five cases in the 通报 and all of them in its 督办通知', () => {
    const many = Array.from({ length: 6 }, (_, index) => ({ id: `D${index + 1}`, batch: 1, due: '2022-05-15' }));
    const body: BulletinBody = { ...BODY, cases: { ...CASES, overdueUnits: [{ id: 'shuili', name: '区水利局', cases: many }] } };
    const label = (id: string) => `${id}（第1批，办理时限：2022年5月15日）`;
    expect(lines(bulletinDocument(body, header, words).blocks)).toContain(
      `区水利局牵头办理的6件交办信访件已超过办理时限仍未办结，包括${['D1', 'D2', 'D3', 'D4', 'D5'].map(label).join('、')}等（全部信访件见督办通知）。`,
    );
    expect(lines(noticeDocument(body, header, 'shuili', words)!.blocks).slice(1, 7)).toEqual(many.map((item, index) => `${index + 1}．受理编号 ${label(item.id)}`));
  });

  it('list a unit’s first thirty cases in its 督办通知 and count the rest', () => {
    const many = Array.from({ length: 32 }, (_, index) => ({ id: `D${index + 1}`, batch: 1, due: '2022-05-15' }));
    const text = lines(noticeDocument({ ...BODY, overdue: [], unreported: undefined, cases: { ...CASES, overdueUnits: [{ id: 'shuili', name: '区水利局', cases: many }] } }, header, 'shuili', words)!.blocks);
    expect(text.slice(30, 33)).toEqual(['30．受理编号 D30（第1批，办理时限：2022年5月15日）', '以上列出前30件，其余2件可在交办信访件台账中按责任单位查看。', text.at(-1)]);
  });

  it('beyond twenty late units, name each with its count in one paragraph', () => {
    const overdueUnits = Array.from({ length: 21 }, (_, index) => ({ id: `u${index}`, name: `第${index + 1}街道`, cases: [{ id: `D${index}`, batch: 1, due: '2022-05-15' }] }));
    const text = lines(bulletinDocument({ ...BODY, cases: { ...CASES, overdueUnits } }, header, words).blocks);
    const named = overdueUnits.map((unit) => `${unit.name}（1件）`).join('、');
    expect(text.slice(text.indexOf('（三）逾期未办结的交办信访件') + 1, text.indexOf('三、下步工作要求'))).toEqual([`共21个单位牵头办理的交办信访件已超过办理时限仍未办结：${named}。各单位逾期的信访件见其督办通知。`]);
  });

  it('give a 督办通知 to each late lead unit, one without a task row after the table’s units, naming its cases', () => {
    expect(noticeUnits(WITH_CASES).map((notice) => [notice.id, notice.cases.map((item) => item.id)])).toEqual([
      ['zhujian', []],
      ['chengguan', []],
      ['shuili', ['D3SX202205100001', 'D3SX202205110002']],
      ['kaifaqu', ['D3SX202205100003']],
    ]);
    expect(lines(noticeDocument(WITH_CASES, header, 'shuili', words)!.blocks).slice(0, 3)).toEqual([
      '根据第3期督查通报，截至2022年5月20日，你单位牵头办理的以下2件交办信访件已超过办理时限仍未办结：',
      '1．受理编号 D3SX202205100001（第1批，办理时限：2022年5月15日）',
      '2．受理编号 D3SX202205110002（第2批，办理时限：2022年5月16日）',
    ]);
    const both: BulletinBody = { ...WITH_CASES, cases: { ...CASES, overdueUnits: [{ id: 'zhujian', name: '区住建局', cases: [{ id: 'D9', batch: 2, due: '2022-05-16' }] }] } };
    expect(lines(noticeDocument(both, header, 'zhujian', words)!.blocks).slice(3, 6)).toEqual([
      '此外，你单位牵头办理的以下1件交办信访件已超过办理时限仍未办结：',
      '1．受理编号 D9（第2批，办理时限：2022年5月16日）',
      '此外，你单位自2022年5月6日以来未报送工作进展情况。',
    ]);
  });
});

describe('bulletinTotals', () => {
  it('adds up the rows', () => {
    expect(bulletinTotals(BODY)).toEqual({ units: 3, assignments: 9, signedOff: 3, awaitingSignOff: 2, inProgress: 3, notStarted: 1, overdue: 2 });
  });
});
