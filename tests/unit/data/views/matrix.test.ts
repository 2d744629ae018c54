import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { matrixPage } from '~/data/views/matrix';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('matrixPage', () => {
  it('gives a column to each unit the page names, in the unit index order, and each cell its role', () => {
    const view = matrixPage(site, site.content.tasks);
    expect(view.units).toEqual(['a', 'b', 'c', 'bumen', 'all']);
    expect(view.rows.map((row) => [row.taskId, row.title, row.cells])).toEqual([
      ['zicha', '完成自查', [undefined, undefined, undefined, undefined, '牵头']],
      ['taizhang', '报送台账', ['牵头', '配合', undefined, undefined, undefined]],
      ['zhenggai', '完成整改', ['配合', undefined, undefined, '牵头', undefined]],
      ['koujing', '统一口径', ['牵头', undefined, undefined, undefined, undefined]],
      ['zhuanban', '成立专班', [undefined, '牵头', '督办', undefined, undefined]],
      ['changqi', '长期坚持', [undefined, undefined, '牵头', undefined, undefined]],
    ]);
  });

  it('leaves out the units no task on the page names', () => {
    expect(matrixPage(site, site.content.tasks.slice(5)).units).toEqual(['c']);
  });
});
