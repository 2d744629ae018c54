import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { BulletinEntry, SiteEntries } from '~/data/entries';
import { indexSite } from '~/data/site';
import { bulletinBodyFor, bulletinDocx, bulletinPage, bulletinPaths, bulletinsPage, noticeDocx, noticePage, noticePaths } from '~/data/views/bulletin';
import { CaseBatchSchema } from '~/schemas/case';
import { CaseworkSchema } from '~/schemas/casework';
import { ReportSchema } from '~/schemas/report';
import { SignoffSchema } from '~/schemas/signoff';
import { caseEntries } from '../cases';
import { fixtureEntries, withLaterProgress } from '../fixture';

const site = indexSite(fixtureEntries());
const bulletin = site.content.bulletinById.get('1')!;
const asOf = (date: string) => bulletinBodyFor(site, { ...bulletin, data: { ...bulletin.data, date } });

describe('bulletinBodyFor', () => {
  const body = bulletinBodyFor(site, bulletin);

  it('counts each unit that carries a task out (named or through a group) by its reports and sign-offs, in the district’s order', () => {
    // a: koujing 已销号 (5-16), taizhang 推进中 (5-15), zhenggai and zicha not reported on.
    // b: zhuanban 已完成 (5-14) but not signed off, due on the meeting's day: 逾期; zhenggai, taizhang, zicha not reported on.
    // c: changqi and zicha, never reported; it is only 督办 of zhuanban, and watching a task is not carrying it out.
    // zicha's 5月19日 has passed, but its year is inferred: no one is 逾期 on it.
    expect(body.rows).toEqual([
      { id: 'a', name: '区甲局', signedOff: 1, awaitingSignOff: 0, inProgress: 1, notStarted: 2, overdue: 0, lastReport: '2022-05-15' },
      { id: 'b', name: '区乙局', signedOff: 0, awaitingSignOff: 1, inProgress: 0, notStarted: 3, overdue: 1, lastReport: '2022-05-14' },
      { id: 'c', name: '丙镇', signedOff: 0, awaitingSignOff: 0, inProgress: 0, notStarted: 2, overdue: 0, lastReport: null },
    ]);
    expect([body.date, body.rectifyBy, body.tasks, body.remarks]).toEqual(['2022-05-20', '2022-05-27', 6, ['各单位要对照问题逐项整改。']]);
  });

  it('names the units with a task past its confirmed deadline, and those silent for longer than the cycle', () => {
    expect(body.overdue).toEqual([{ id: 'b', name: '区乙局', count: 1, tasks: [{ title: '成立专班', deadline: '会后立即' }] }]);
    // a (5 days) and b (6 days) reported within the week; c has had tasks since the meeting of 5-10 and never reported.
    expect(body.unreported).toEqual([{ id: 'c', name: '丙镇', lastReport: null }]);
  });

  it('as of the cycle’s last day no one is silent yet; as of the meeting’s eve there is nothing to count', () => {
    const weekOn = asOf('2022-05-17');
    expect(weekOn.unreported).toEqual([]);
    expect(weekOn.overdue.map((unit) => unit.id)).toEqual(['b']);
    expect(asOf('2022-05-09')).toMatchObject({ tasks: 0, rows: [], overdue: [], unreported: [] });
  });

  it('is not changed by later reports and sign-offs, which the next bulletin sees', () => {
    const later = indexSite(withLaterProgress());
    expect(bulletinBodyFor(later, later.content.bulletinById.get('1')!)).toEqual(body);
    const second = bulletinBodyFor(later, later.content.bulletinById.get('2')!);
    // zhuanban is signed off for b (5-21); c has reported on zicha (5-21); 报送台账 fell due on 5-24 for a (推进中) and b (never reported).
    expect(second.rows).toEqual([
      { id: 'a', name: '区甲局', signedOff: 1, awaitingSignOff: 0, inProgress: 1, notStarted: 2, overdue: 1, lastReport: '2022-05-15' },
      { id: 'b', name: '区乙局', signedOff: 1, awaitingSignOff: 0, inProgress: 0, notStarted: 3, overdue: 1, lastReport: '2022-05-14' },
      { id: 'c', name: '丙镇', signedOff: 0, awaitingSignOff: 0, inProgress: 1, notStarted: 1, overdue: 0, lastReport: '2022-05-21' },
    ]);
    const taizhang = [{ title: '报送台账', deadline: '进驻前一天' }];
    expect(second.overdue).toEqual([
      { id: 'a', name: '区甲局', count: 1, tasks: taizhang },
      { id: 'b', name: '区乙局', count: 1, tasks: taizhang },
    ]);
    expect(second.unreported).toEqual([
      { id: 'a', name: '区甲局', lastReport: '2022-05-15' },
      { id: 'b', name: '区乙局', lastReport: '2022-05-14' },
    ]);
  });

  it('leaves out the tasks of a later meeting, and owes no report for them', () => {
    // c reported both its tasks done on 5-11 and the office signed them off on 5-12; a meeting on
    // 5-22 gives it a new task. As of 5-20, c had nothing open: its silence since 5-11 is no 未报送.
    const entries = fixtureEntries();
    const [meeting] = entries.meetings;
    const changqi = entries.tasks.find((task) => task.id === 'changqi')!;
    const signedOff = (task: string) => ({ id: `${task}/c/2022-05-12`, data: SignoffSchema.parse({ unit: 'c', date: '2022-05-12', decision: '同意销号', note: '已核查。' }), filePath: `content/signoffs/${task}.yaml` });
    const report = ReportSchema.parse({ tasks: ['changqi', 'zicha'].map((task) => ({ task, state: '申请销号', progress: '已完成。' })) });
    const later: SiteEntries = {
      ...entries,
      meetings: [...entries.meetings, { ...meeting!, id: 'm2', data: { ...meeting!.data, date: '2022-05-22' } }],
      tasks: [...entries.tasks, { ...changqi, id: 'xin', data: { ...changqi.data, title: '新任务', status: '未开始', source: { ...changqi.data.source, meeting: 'm2' } } }],
      reports: [...entries.reports, { id: 'c/2022-05-11', data: report, filePath: 'content/reports/c/2022-05-11.yaml' }],
      signoffs: [...entries.signoffs, signedOff('changqi'), signedOff('zicha')],
    };
    const laterSite = indexSite(later);
    const body = bulletinBodyFor(laterSite, laterSite.content.bulletinById.get('1')!);
    expect(body.tasks).toBe(6);
    expect(body.rows.find((row) => row.id === 'c')).toEqual({ id: 'c', name: '丙镇', signedOff: 2, awaitingSignOff: 0, inProgress: 0, notStarted: 0, overdue: 0, lastReport: '2022-05-11' });
    expect(body.unreported).toEqual([]);
  });
});

describe('the bulletin pages', () => {
  it('list every bulletin with its notices', () => {
    expect(bulletinsPage(site)).toEqual({ bulletins: [{ id: '1', number: '第1期', date: '2022年5月20日', rectifyBy: '2022年5月27日', notices: 2 }] });
    expect(bulletinPaths(site)).toEqual([{ params: { number: '1' } }]);
    expect(noticePaths(site).map((path) => path.params)).toEqual([
      { number: '1', unit: 'b' },
      { number: '1', unit: 'c' },
    ]);
  });

  it('give a bulletin its 公文, its Word file under a dated name, and its notices', () => {
    const view = bulletinPage(site, '1');
    expect(view.title).toBe('督查通报 第1期');
    expect([view.document.masthead, view.document.number, view.document.issuer, view.document.date]).toEqual(['督查通报', '第1期', 'XX区两办督查中心', '2022年5月20日']);
    expect(view.docx).toEqual({ path: 'bulletins/1/bulletin.docx', saveAs: 'XX区-督查通报-第1期-2022-05-20.docx' });
    expect(view.notices).toEqual([
      { unit: 'b', name: '区乙局' },
      { unit: 'c', name: '丙镇' },
    ]);
    expect(view.document.cc).toBe('抄送：区委、区政府主要领导。');
  });

  it('give each named unit its 督办通知', () => {
    const view = noticePage(site, '1', 'b');
    expect(view.title).toBe('督办通知：区乙局（第1期）');
    expect(view.document.title).toBe('关于督促区乙局限期整改的督办通知');
    expect(view.docx).toEqual({ path: 'bulletins/1/notices/b/notice.docx', saveAs: '区乙局-督办通知-第1期-2022-05-20.docx' });
    expect(() => noticePage(site, '1', 'a')).toThrow('bulletin 1 names no unit "a"');
  });

  it('write both as Word files that hold their text', async () => {
    const text = async (bytes: Uint8Array) => (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const document = await text(await bulletinDocx(site, '1'));
    expect(document).toContain('本期督查任务6项，涉及3个单位，按单位计共10项。其中，已销号1项，已完成待销号1项，推进中1项，未启动7项；已超过完成时限仍未完成1项。');
    expect(document).toContain('1区甲局101202022年5月15日2区乙局010312022年5月14日3丙镇00020未报送合计11171');
    expect(document).toContain('区乙局有1项任务已超过完成时限仍未完成：成立专班（完成时限：会后立即）。');
    expect(document).toContain('丙镇（尚未报送）共1个单位未按时报送工作进展情况。');
    const notice = await text(await noticeDocx(site, '1', 'c'));
    expect(notice).toContain('丙镇：');
    expect(notice).not.toContain('成立专班');
  });
});

describe('the petition cases in a bulletin (the case fixture, ../cases.ts)', () => {
  const cases = indexSite(caseEntries());
  const first = cases.content.bulletinById.get('1')!;
  /** Bulletin 1 of the case fixture, dated `date`. */
  const dated = (date: string): BulletinEntry => ({ ...first, data: { ...first.data, date } });
  const on = (date: string) => bulletinBodyFor(cases, dated(date)).cases;

  it('count nothing before the first batch, and only the first batch on a date between the two', () => {
    expect(on('2022-09-19')).toBeUndefined();
    // 9-20: 第1批 (D1-D3) only; no report yet, and D3's 办理时限 (9-25) still ahead.
    expect(on('2022-09-20')).toEqual({ batches: 1, cases: 3, concluded: 0, partlyConcluded: 0, overdue: 0, overdueUnits: [] });
  });

  it('count 办结 as the leads last reported it by the date, and name the lead of each overdue case', () => {
    // 9-26: D1 已办结 (a, 9-25), D2 阶段性办结 and D5 已办结 (b, 9-26); D3 past 9-25 with no report (c); D4 due 10-06.
    expect(on('2022-09-26')).toEqual({ batches: 2, cases: 5, concluded: 3, partlyConcluded: 1, overdue: 1, overdueUnits: [{ id: 'c', name: '丙镇', cases: [{ id: 'D3', batch: 1, due: '2022-09-25' }] }] });
    // 10-10: D4 (a, 办理中) is past 10-06 too; D1's 销号 changes nothing, it was 办结 already.
    expect(on('2022-10-10')).toMatchObject({ concluded: 3, overdue: 2, overdueUnits: [{ id: 'a', name: '区甲局', cases: [{ id: 'D4', batch: 2, due: '2022-10-06' }] }, { id: 'c', name: '丙镇', cases: [{ id: 'D3', batch: 1, due: '2022-09-25' }] }] });
  });

  it('are not changed by a later batch or report', () => {
    const entries = caseEntries();
    const later: SiteEntries = {
      ...entries,
      cases: [...entries.cases, { id: '3', data: CaseBatchSchema.parse({ date: '2022-09-27', cases: [{ id: 'D6', source: '来电', region: 'c', types: ['水'], summary: '反映河道污染。', lead: ['c'] }] }), filePath: 'content/cases/3.yaml' }],
      casework: [...entries.casework, { id: 'c/2022-09-27', data: CaseworkSchema.parse({ cases: [{ case: 'D3', state: '已办结', verification: '经查属实。', truth: '属实', handling: '已取缔。' }] }), filePath: 'content/casework/c/2022-09-27.yaml' }],
    };
    const site = indexSite(later);
    expect(bulletinBodyFor(site, dated('2022-09-26')).cases).toEqual(on('2022-09-26'));
    expect(bulletinBodyFor(site, dated('2022-09-27')).cases).toMatchObject({ batches: 3, cases: 6, concluded: 4, overdue: 0 });
  });

  it('reach the page, the 督办通知 of the late lead and the Word files', async () => {
    const entries = caseEntries();
    const site = indexSite({ ...entries, bulletins: [{ ...entries.bulletins[0]!, data: { ...entries.bulletins[0]!.data, date: '2022-09-26', rectifyBy: '2022-09-30' } }] });
    const view = bulletinPage(site, '1');
    expect(view.notices.map((notice) => notice.unit)).toContain('c');
    expect(view.noticesHint).toBe('以下单位有逾期未完成的任务、逾期未办结的交办信访件或未按时报送进展情况，随本期通报各下发一份督办通知，限期整改：');
    expect(view.basis[1]).toBe('交办信访件依据截至印发日期交办的批次和各单位报送的办理情况计算，此后交办的批次和报送的办理情况不改变本期内容。');
    const text = async (bytes: Uint8Array) => (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const document = await text(await bulletinDocx(site, '1'));
    expect(document).toContain('交办信访件方面，截至2022年9月26日，共收到督察组交办信访件2批5件，已办结3件（含阶段性办结1件），已超过办理时限仍未办结1件。');
    expect(document).toContain('丙镇牵头办理的1件交办信访件已超过办理时限仍未办结：D3（第1批，办理时限：2022年9月25日）。');
    const notice = await text(await noticeDocx(site, '1', 'c'));
    expect(notice).toContain('你单位牵头办理的以下1件交办信访件已超过办理时限仍未办结：1．受理编号 D3（第1批，办理时限：2022年9月25日）');
    // The site without cases keeps its words.
    expect(bulletinPage(indexSite(fixtureEntries()), '1')).toMatchObject({ noticesHint: '以下单位有逾期未完成的任务或未按时报送进展情况，随本期通报各下发一份督办通知，限期整改：', basis: ['本期数字依据截至印发日期各单位报送（交账）的进展情况和办公室的销号决定计算，此后的报送不改变本期内容。'] });
  });
});
