import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { evidenceFiles, unitReportsPage, unitReportsPaths } from '~/data/views/unitReports';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('unitReportsPage', () => {
  it('gives each report in full, at its anchor, with its evidence as links', () => {
    const view = unitReportsPage(site, 'a');
    expect(view.reports).toEqual([
      {
        date: '2022-05-15',
        dateText: '2022年5月15日',
        anchor: 'd2022-05-15',
        reporter: '王某某',
        tasks: [
          { task: 'koujing', title: '统一口径', state: '申请销号', progress: '口径已统一。', problems: undefined, nextSteps: undefined, evidence: [{ title: '口径清单', path: 'reports/a/2022-05-15/koujing.pdf', external: false }] },
          { task: 'taizhang', title: '报送台账', state: '推进中', progress: '台账已整理一半。', problems: '部分资料缺失。', nextSteps: '5月20日前补齐。', evidence: [] },
        ],
      },
    ]);
  });

  it('has a page for each unit that reported, and publishes each evidence file from its place', () => {
    expect(unitReportsPaths(site)).toEqual([{ params: { unit: 'a' } }, { params: { unit: 'b' } }]);
    expect(evidenceFiles(site)).toEqual([{ params: { report: 'a/2022-05-15', file: 'koujing.pdf' }, props: { path: 'content/reports/a/2022-05-15/koujing.pdf' } }]);
  });
});
