/**
 * A checklist's progress export read as ticks (src/import/checklist.ts), on the fixture site: the
 * checklist 台账资料 (items 真实反映, 统一口径) belongs to the tasks 完成自查 and 统一口径, both 区甲局's.
 */
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { importChecklistCsv } from '~/import/checklist';
import { readCsv } from '~/import/csv';
import { csvDocument } from '~/lib/csv';
import { progressCsv } from '~/lib/progressReport';
import { fixtureEntries } from '../data/fixture';

const site = indexSite(fixtureEntries());
const WORDS = { unitLabel: '单位：', dateLabel: '日期：', done: '已完成', notDone: '未完成', stale: '内容已更新，请复核', noteLabel: '备注：', csvColumns: '核查清单,单位,序号,条目,状态,复核,备注,更新日期' };

/** The export as the checklist page writes it. */
function exported(unit: string, done: readonly boolean[]) {
  const text = progressCsv(
    { checklist: '台账资料', unit, date: '2022-05-20', items: ['真实反映', '统一口径'].map((item, index) => ({ text: item, done: done[index]!, note: '', at: '2022-05-19', stale: false })) },
    WORDS,
  );
  const read = readCsv(new TextEncoder().encode(text), 100);
  if (!read.ok) throw new Error(read.message);
  return read.table;
}

describe('importChecklistCsv', () => {
  it('gives the ticks to every task of the unit that names the checklist, with the state the ticks show', () => {
    expect(importChecklistCsv(exported('区甲局', [true, false]), site, { today: '2022-05-25', fileDate: '2022-05-20' })).toEqual({
      unit: 'a',
      date: '2022-05-20',
      tasks: [
        { task: 'zicha', checklist: { taizhang: ['zhenshi'] }, stateIfNew: '推进中' },
        { task: 'koujing', checklist: { taizhang: ['zhenshi'] }, stateIfNew: '推进中' },
      ],
      checklists: [{ id: 'taizhang', ticked: 1, total: 2 }],
      problems: [],
      notes: ['核查清单的导出文件不记报送日期，按文件名中的导出日期记为 2022年5月20日 报送；如不对，请删去写入的文件，加 --date 重新导入'],
    });
  });

  it('enters nothing ticked as 未启动', () => {
    const read = importChecklistCsv(exported('区甲局', [false, false]), site, { today: '2022-05-25', date: '2022-05-20' });
    expect(read.tasks.map((task) => [task.task, task.checklist, task.stateIfNew])).toEqual([
      ['zicha', { taizhang: [] }, '未启动'],
      ['koujing', { taizhang: [] }, '未启动'],
    ]);
  });

  it('reads an export made before the column was named 核查清单 (清单), and 清单条目 for 条目', () => {
    const read = readCsv(new TextEncoder().encode(csvDocument([['清单', '单位', '序号', '清单条目', '状态'], ['台账资料', '区甲局', '1', '真实反映', '已完成']])), 10);
    expect(read.ok && importChecklistCsv(read.table, site, { today: '2022-05-25', date: '2022-05-20' })).toMatchObject({
      unit: 'a',
      tasks: [
        { task: 'zicha', checklist: { taizhang: ['zhenshi'] } },
        { task: 'koujing', checklist: { taizhang: ['zhenshi'] } },
      ],
      problems: [],
    });
  });

  it('says when nothing is below the header', () => {
    const read = readCsv(new TextEncoder().encode(csvDocument([WORDS.csvColumns.split(',')])), 10);
    expect(read.ok && importChecklistCsv(read.table, site, { today: '2022-05-25', unit: 'a', date: '2022-05-20' }).problems).toEqual([
      { message: '表头下面没有任何条目：请单位在核查清单页面重新导出进度（CSV）后发送' },
    ]);
  });
});
