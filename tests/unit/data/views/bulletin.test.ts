import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { bulletinBodyFor, bulletinDocx, bulletinPage, bulletinPaths, bulletinsPage, noticeDocx, noticePage, noticePaths } from '~/data/views/bulletin';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());
const bulletin = site.content.bulletinById.get('1')!;

describe('bulletinBodyFor', () => {
  const body = bulletinBodyFor(site, bulletin);

  it('counts each unit that carries a task out (named or through a group) by the task’s status, in the district’s order', () => {
    // c is only 督办 of zhuanban: watching a task is not carrying it out.
    expect(body.rows).toEqual([
      { id: 'a', name: '区甲局', signedOff: 1, awaitingSignOff: 0, inProgress: 1, notStarted: 2, overdue: 1, lastReport: null },
      { id: 'b', name: '区乙局', signedOff: 0, awaitingSignOff: 1, inProgress: 1, notStarted: 2, overdue: 1, lastReport: null },
      { id: 'c', name: '丙镇', signedOff: 0, awaitingSignOff: 0, inProgress: 1, notStarted: 1, overdue: 1, lastReport: null },
    ]);
    expect([body.date, body.rectifyBy, body.tasks, body.remarks]).toEqual(['2022-05-20', '2022-05-27', 6, ['各单位要对照问题逐项整改。']]);
  });

  it('names the tasks past their deadline on the bulletin’s date, and says nothing of reports it does not have', () => {
    const zicha = [{ title: '完成自查', deadline: '5月19日前' }];
    expect(body.overdue).toEqual([
      { id: 'a', name: '区甲局', tasks: zicha },
      { id: 'b', name: '区乙局', tasks: zicha },
      { id: 'c', name: '丙镇', tasks: zicha },
    ]);
    expect(body.unreported).toBeUndefined();
  });

  it('as of an earlier date, nothing is overdue yet; tasks of later meetings are left out', () => {
    const early = bulletinBodyFor(site, { ...bulletin, data: { ...bulletin.data, date: '2022-05-19' } });
    expect(early.overdue).toEqual([]);
    expect(bulletinBodyFor(site, { ...bulletin, data: { ...bulletin.data, date: '2022-05-09' } }).tasks).toBe(0);
  });
});

describe('the bulletin pages', () => {
  it('list every bulletin with its notices', () => {
    expect(bulletinsPage(site)).toEqual({ bulletins: [{ id: '1', number: '第1期', date: '2022年5月20日', rectifyBy: '2022年5月27日', notices: 3 }] });
    expect(bulletinPaths(site)).toEqual([{ params: { number: '1' } }]);
    expect(noticePaths(site).map((path) => path.params)).toEqual([
      { number: '1', unit: 'a' },
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
      { unit: 'a', name: '区甲局' },
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
    expect(() => noticePage(site, '1', 'bumen')).toThrow('bulletin 1 names no unit "bumen"');
  });

  it('write both as Word files that hold their text', async () => {
    const text = async (bytes: Uint8Array) => (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(await text(await bulletinDocx(site, '1'))).toContain('区甲局有1项任务已超过完成时限仍未完成：完成自查（完成时限：5月19日前）。');
    expect(await text(await noticeDocx(site, '1', 'c'))).toContain('丙镇：');
  });
});
