import { describe, expect, it } from 'vitest';
import { cases as caseConfig } from '~/config';
import { indexCases } from '~/data/cases';
import { indexSite } from '~/data/site';
import { caseStatsPage, pressText, STATS_CHART_BARS } from '~/data/views/caseStats';
import { caseStats, type CountedCase } from '~/lib/caseStats';
import { addDays } from '~/lib/dates';
import { CaseBatchSchema } from '~/schemas/case';
import { caseEntries, PERSONAL } from '../cases.ts';
import { fixtureEntries } from '../fixture.ts';

const site = indexSite(caseEntries());
const page = caseStatsPage(site);

/** The text of the chart's bar labels, in order. */
const chartLabels = (svg: string) => [...(/<g class="labels"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/>([^<]+)<\/text>/g)].map((match) => match[1]);

// The figures are those of tests/unit/lib/caseStats.test.ts, worked out by hand from the header of tests/unit/data/cases.ts.
describe('caseStatsPage', () => {
  it('writes the day’s report in the published formula, up to the latest batch’s date', () => {
    expect(page.press).toBe(
      '截至9月21日，省环境保护督察组交办我区群众信访举报件共2批5件（其中9月21日第2批2件）。' +
        '按污染类型分（一件涉及多种污染类型的分别计入）：大气2件、噪声2件、水1件、扬尘1件、其他1件；' +
        '按行业分：餐饮业2件、化工1件、建筑业1件、未注明行业1件；按区域分：丙镇3件、丁街道2件。' +
        '已办结3件（含阶段性办结1件），正在办理1件，尚未报送办理情况1件，办结率60.0%。' +
        '已办结的3件中，属实1件、部分属实1件、不属实1件，属实率66.7%。',
    );
    expect([page.asOf, page.summary]).toEqual(['2022年9月21日', '共 2 批 5 件，其中重点关注 1 件。']);
  });

  it('states the rates with what they count and how they are rounded', () => {
    expect(page.rates).toEqual([
      '办结率 60.0%：已办结 3 件（含阶段性办结），交办 5 件。',
      '属实率 66.7%：属实和部分属实 2 件，已办结且已核实是否属实 3 件。',
      '办结含阶段性办结；办结率为已办结件数（含阶段性办结）除以交办件总数；属实率为属实与部分属实件数之和除以已办结（含阶段性办结）且已核实是否属实的件数。百分比保留一位小数，四舍五入。',
    ]);
  });

  it('tabulates every breakdown with its figures, and says under 污染类型 and 责任单位 that a case counts under each', () => {
    const tables = Object.fromEntries(page.tables.map((table) => [table.id, [table.title, table.columns, table.rows, table.note]]));
    expect(tables).toEqual({
      batch: ['按批次', ['批次', '交办日期', '件数', '累计'], [['第1批', '2022年9月20日', '3', '3'], ['第2批', '2022年9月21日', '2', '5']], undefined],
      day: ['按交办日期', ['交办日期', '批次', '件数', '累计'], [['2022年9月20日', '第1批', '3', '3'], ['2022年9月21日', '第2批', '2', '5']], undefined],
      type: [
        '按污染类型',
        ['污染类型', '件数', '占交办件比例'],
        [['大气', '2', '40.0%'], ['噪声', '2', '40.0%'], ['水', '1', '20.0%'], ['扬尘', '1', '20.0%'], ['其他', '1', '20.0%']],
        '一件涉及多种污染类型的分别计入，各类型件数之和（7 件）大于交办件总数（5 件）。占交办件比例保留一位小数，四舍五入。',
      ],
      industry: ['按行业', ['行业', '件数', '占交办件比例'], [['餐饮业', '2', '40.0%'], ['化工', '1', '20.0%'], ['建筑业', '1', '20.0%'], ['未注明行业', '1', '20.0%']], '占交办件比例保留一位小数，四舍五入。'],
      region: ['按区域', ['区域', '件数', '占交办件比例'], [['丙镇', '3', '60.0%'], ['丁街道', '2', '40.0%']], '占交办件比例保留一位小数，四舍五入。'],
      lead: ['按责任单位（牵头）', ['责任单位', '件数', '占交办件比例'], [['区甲局', '2', '40.0%'], ['区乙局', '2', '40.0%'], ['丙镇', '1', '20.0%']], '一件有多个牵头单位的分别计入。占交办件比例保留一位小数，四舍五入。'],
      source: ['按来源', ['来源', '件数', '占交办件比例'], [['来电', '3', '60.0%'], ['来信', '2', '40.0%']], '占交办件比例保留一位小数，四舍五入。'],
      state: ['按办理状态', ['办理状态', '件数', '占交办件比例'], [['已交办', '1', '20.0%'], ['办理中', '1', '20.0%'], ['阶段性办结', '1', '20.0%'], ['已办结', '2', '40.0%']], undefined],
      truth: ['按是否属实（已办结件）', ['是否属实', '件数', '占已核实件比例'], [['属实', '1', '33.3%'], ['部分属实', '1', '33.3%'], ['不属实', '1', '33.3%']], undefined],
    });
  });

  it('draws a chart for each breakdown, its bars in the table’s order', () => {
    const charts = Object.fromEntries(page.tables.map((table) => [table.id, chartLabels(table.chart)]));
    expect(charts).toMatchObject({ batch: ['第1批', '第2批'], day: ['9月20日', '9月21日'], type: ['大气', '噪声', '水', '扬尘', '其他'], region: ['丙镇', '丁街道'], state: [], truth: [] });
    expect(page.tables.find((table) => table.id === 'type')!.chart).toContain('aria-label="按污染类型（条形图）"');
    expect(page.tables.every((table) => table.chartCaption === undefined)).toBe(true);
  });

  it('shows no personal data', () => {
    for (const text of PERSONAL) expect(JSON.stringify(page)).not.toContain(text);
  });

  it('as of 9月25日, counts what had been reported by then', () => {
    const early = caseStatsPage(site, indexCases(site.content, '2022-09-25'));
    expect(early.press).toContain('已办结1件（含阶段性办结0件），正在办理1件，尚未报送办理情况3件，办结率20.0%。已办结的1件中，属实1件、部分属实0件、不属实0件，属实率100.0%。');
  });

  it('is empty without cases', () => {
    expect(caseStatsPage(indexSite(fixtureEntries()))).toEqual({ empty: true, press: '', asOf: undefined, summary: '', rates: [], tables: [] });
  });
});

describe('pressText', () => {
  const item = (batch: number, date: string, state: CountedCase['state'] = '已交办'): CountedCase => ({
    batch,
    date,
    state,
    data: { source: '来电', region: 'r', types: ['水'], lead: ['a'], focus: false },
    handling: undefined,
  });

  it('names two batches of the latest day together, and leaves out the 属实 sentence before any case is 办结', () => {
    const stats = caseStats([item(1, '2022-09-20'), item(2, '2022-09-21'), item(3, '2022-09-21'), item(3, '2022-09-21', '办理中')], caseConfig);
    expect(pressText(stats, { region: () => '甲街道' })).toBe(
      '截至9月21日，省环境保护督察组交办我区群众信访举报件共3批4件（其中9月21日第2、3批共3件）。' +
        '按污染类型分（一件涉及多种污染类型的分别计入）：水4件；按行业分：未注明行业4件；按区域分：甲街道4件。' +
        '已办结0件（含阶段性办结0件），正在办理1件，尚未报送办理情况3件，办结率0.0%。',
    );
  });
});

describe('caseStatsPage with many batches', () => {
  it('charts only the latest batches and days, and says so; the tables keep them all', () => {
    const entries = caseEntries();
    const more = Array.from({ length: STATS_CHART_BARS + 3 }, (_, index) => {
      const number = index + 3;
      const data = CaseBatchSchema.parse({ date: addDays('2022-10-01', index), cases: [{ id: `E${number}`, source: '自查', region: 'c', types: ['水'], summary: '反映某河道漂浮物。', lead: ['c'] }] });
      return { id: String(number), data, filePath: `content/cases/${number}.yaml` };
    });
    const view = caseStatsPage(indexSite({ ...entries, cases: [...entries.cases, ...more] }));
    const batch = view.tables.find((table) => table.id === 'batch')!;
    expect([batch.rows.length, chartLabels(batch.chart).length, chartLabels(batch.chart)[0], batch.chartCaption]).toEqual([35, 30, '第6批', '最近 30 项（全部见表格）']);
    expect(view.tables.find((table) => table.id === 'day')!.chartCaption).toBe('最近 30 项（全部见表格）');
  });
});
