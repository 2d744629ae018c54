import { describe, expect, it } from 'vitest';
import { countDone, parseProgress, progressKey, reconcile, textHash, toStored } from '~/lib/checklistProgress';

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
    expect(countDone(state)).toEqual({ done: 2, total: 3, stale: 1 });
    expect(Object.keys(toStored(state).items)).toEqual(['a', 'b']);
  });
});
