/** The 报送 page's view (src/data/views/reportForm.ts) over the fixture site. */
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { REPORT_FORM_PAGE_SIZE, reportFormPages } from '~/data/views/reportForm';
import { fixtureEntries, withManyTasks } from '../fixture';

describe('reportFormPages', () => {
  it('gives each unit, not a group, its tasks in its sheet’s order with its part and time limit', () => {
    const pages = reportFormPages(indexSite(fixtureEntries()));
    expect(pages.map((page) => page.unit.id)).toEqual(['c', 'a', 'b']);
    const a = pages.find((page) => page.unit.id === 'a')!;
    expect(a.rows).toEqual([
      { id: 'zicha', number: 1, title: '完成自查', role: '作为“各单位”成员落实', deadline: '5月19日前' },
      { id: 'taizhang', number: 2, title: '报送台账', role: '牵头', deadline: '进驻前一天' },
      { id: 'zhenggai', number: 3, title: '完成整改', role: '配合', deadline: '下沉督察之前' },
      { id: 'koujing', number: 4, title: '统一口径', role: '牵头', deadline: '6月1日前' },
    ]);
    expect([a.total, a.page, a.pages]).toEqual([4, 1, 1]);
  });

  it('splits a long form into pages, numbering on', () => {
    const pages = reportFormPages(indexSite(withManyTasks(60, '2022-06-01'))).filter((page) => page.unit.id === 'a');
    expect(pages.map((page) => [page.page, page.pages, page.rows.length, page.rows[0]!.number, page.total])).toEqual([
      [1, 2, REPORT_FORM_PAGE_SIZE, 1, 64],
      [2, 2, 14, 51, 64],
    ]);
  });
});
