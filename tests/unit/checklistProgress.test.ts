import { describe, expect, it } from 'vitest';
import { countDone, parseProgress, progressCsv, progressKey, progressText, reconcile, textHash, toStored, type ReportWords } from '~/lib/checklistProgress';
import { safeCell } from '~/lib/csv';

const items = [
  { id: 'a', text: '没有全面检查的不放过', hash: textHash('没有全面检查的不放过') },
  { id: 'b', text: '没有落实责任的不放过', hash: textHash('没有落实责任的不放过') },
  { id: 'c', text: '新增条目', hash: textHash('新增条目') },
];

describe('stored progress', () => {
  it('is keyed by version, unit and checklist', () => {
    expect(progressKey('gongan', 'wu-ge-bu-fangguo')).toBe('duban.checklist.v1:gongan:wu-ge-bu-fangguo');
  });

  it('fingerprints text stably and tells wordings apart', () => {
    expect(textHash('没有落实责任的不放过')).toBe(textHash('没有落实责任的不放过'));
    expect(textHash('没有落实责任的不放过')).not.toBe(textHash('没有落实职责的不放过'));
    expect(textHash('')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('reads nothing from corrupt, foreign or partial data, and never throws', () => {
    for (const raw of [null, '', '{', 'null', '[]', '{"v":2,"items":{}}', '{"v":1}', '{"v":1,"items":[1]}']) {
      expect(parseProgress(raw)).toEqual({ v: 1, items: {} });
    }
    expect(parseProgress('{"v":1,"items":{"a":{"done":"yes","hash":"x"},"b":{"done":true,"hash":"h","note":5},"c":null}}')).toEqual({
      v: 1,
      items: { b: { done: true, note: '', hash: 'h', at: '' } },
    });
  });

  it('reconciles with the content: removed dropped, new unticked, re-worded flagged', () => {
    const saved = parseProgress(JSON.stringify({
      v: 1,
      items: {
        a: { done: true, note: '', hash: items[0]!.hash, at: '2022-05-16' },
        b: { done: true, note: '旧', hash: textHash('没有落实职责的不放过'), at: '2022-05-16' },
        gone: { done: true, note: '', hash: 'x', at: '' },
      },
    }));
    const state = reconcile(saved, items);
    expect([...state.keys()]).toEqual(['a', 'b', 'c']);
    expect(state.get('a')).toMatchObject({ done: true, stale: false });
    expect(state.get('b')).toMatchObject({ done: true, note: '旧', stale: true });
    expect(state.get('c')).toMatchObject({ done: false, stale: false });
    expect(countDone(state)).toEqual({ done: 2, total: 3 });
    expect(Object.keys(toStored(state).items)).toEqual(['a', 'b']);
  });
});

const words: ReportWords = { unit: '单位：', date: '日期：', done: '已完成', notDone: '未完成', stale: '内容已更新，请复核', note: '备注：', columns: ['清单', '单位', '序号', '条目', '状态', '复核', '备注', '更新日期'] };
const report = {
  checklist: '五个不放过',
  unit: '区公安分局',
  date: '2022-05-17',
  items: [
    { ...items[0]!, done: true, note: '=1+1', at: '2022-05-17', stale: false },
    { ...items[1]!, done: true, note: '含"引号",逗号\n换行', at: '2022-05-16', stale: true },
  ],
};

describe('reports', () => {
  it('summarise as plain text', () => {
    expect(progressText(report, words)).toBe(
      '五个不放过（2 / 2）\n单位：区公安分局　日期：2022-05-17\n\n1. [✓] 没有全面检查的不放过（已完成）\n   备注：=1+1\n2. [✓] 没有落实责任的不放过（已完成，内容已更新，请复核）\n   备注：含"引号",逗号\n换行\n',
    );
  });

  it('export a CSV with BOM, quoting and no live formulas', () => {
    const csv = progressCsv(report, words);
    expect(csv.startsWith('\uFEFF清单,单位,序号,条目,状态,复核,备注,更新日期\r\n')).toBe(true);
    expect(csv).toContain("\r\n五个不放过,区公安分局,1,没有全面检查的不放过,已完成,,'=1+1,2022-05-17\r\n");
    expect(csv).toContain('五个不放过,区公安分局,2,没有落实责任的不放过,已完成,内容已更新，请复核,"含""引号"",逗号\n换行",2022-05-16\r\n');
    for (const start of ['=', '+', '-', '@', '\t']) expect(safeCell(`${start}x`)).toBe(`'${start}x`);
    expect(safeCell('台账')).toBe('台账');
  });
});
