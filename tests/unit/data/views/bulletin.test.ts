import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { SiteEntries } from '~/data/entries';
import { indexSite } from '~/data/site';
import { bulletinBodyFor, bulletinDocx, bulletinPage, bulletinPaths, bulletinsPage, noticeDocx, noticePage, noticePaths } from '~/data/views/bulletin';
import { ReportSchema } from '~/schemas/report';
import { SignoffSchema } from '~/schemas/signoff';
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
