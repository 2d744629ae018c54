/** Checklist progress as stored, merged and reconciled with the content (src/lib/checklistProgress.ts). */
import { describe, expect, it } from 'vitest';
import { countDone, mergeProgress, parseProgress, progressKey, reconcile, serializeProgress, textHash, type SavedItem } from '~/lib/checklistProgress';

const items = [
  { id: 'a', text: '没有全面检查的不放过', hash: textHash('没有全面检查的不放过') },
  { id: 'b', text: '没有落实责任的不放过', hash: textHash('没有落实责任的不放过') },
  { id: 'c', text: '新增条目', hash: textHash('新增条目') },
];

/** A saved item: ticked at time `t` unless told otherwise. */
const saved = (t: number, change: Partial<SavedItem> = {}): SavedItem => ({ done: true, note: '', hash: items[0]!.hash, at: '2022-05-17', t, ...change });

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
    for (const raw of [null, '', '{', 'null', '5', '"x"', '[]', '{"v":2,"items":{}}', '{"v":1}', '{"v":1,"items":[1]}', '{"v":1,"items":null}']) {
      expect(parseProgress(raw)).toEqual(new Map());
    }
    expect(parseProgress('{"v":1,"items":{"a":{"done":"yes","hash":"x"},"b":{"done":true,"hash":"h","note":5,"t":"soon"},"c":null}}')).toEqual(
      new Map([['b', { done: true, note: '', hash: 'h', at: '', t: 0 }]]),
    );
  });

  it('reads and writes the shape it documents, and back', () => {
    const raw = '{"v":1,"items":{"a":{"done":true,"note":"见台账第12号","hash":"9f1c2a3b","at":"2022-05-17","t":1652749200000}}}';
    expect(parseProgress(raw)).toEqual(new Map([['a', { done: true, note: '见台账第12号', hash: '9f1c2a3b', at: '2022-05-17', t: 1652749200000 }]]));
    expect(serializeProgress(parseProgress(raw))).toBe(raw);
    // What the page adds (the review flag) is not stored.
    expect(serializeProgress(new Map([['a', { ...saved(1), stale: true }]]))).toBe(`{"v":1,"items":{"a":{"done":true,"note":"","hash":"${items[0]!.hash}","at":"2022-05-17","t":1}}}`);
  });

  it('keeps item ids that name Object members as plain ids', () => {
    const raw = '{"v":1,"items":{"constructor":{"done":true,"note":"甲","hash":"h","at":""},"__proto__":{"done":true,"note":"乙","hash":"h","at":""}}}';
    const progress = parseProgress(raw);
    expect([...progress.keys()]).toEqual(['constructor', '__proto__']);
    expect(parseProgress(serializeProgress(progress))).toEqual(progress);
    // A new device has nothing for them: unticked, with no note and nothing to review.
    const state = reconcile(new Map(), [{ id: 'constructor', text: '条目', hash: 'h' }, { id: 'toString', text: '条目', hash: 'h' }]);
    expect([...state.values()]).toEqual([
      { done: false, note: '', hash: 'h', at: '', t: 0, stale: false },
      { done: false, note: '', hash: 'h', at: '', t: 0, stale: false },
    ]);
    expect(countDone(state)).toEqual({ done: 0, total: 2, stale: 0 });
  });
});

describe('two copies of one progress', () => {
  it('merge item by item, the newer edit winning, and the newer copy on a tie', () => {
    const older = new Map([['a', saved(10)], ['b', saved(30, { note: '旧' })], ['gone', saved(5)]]);
    const newer = new Map([['b', saved(20, { done: false })], ['c', saved(20)], ['a', saved(10, { note: '同时' })]]);
    expect(mergeProgress(older, newer)).toEqual(new Map([['a', saved(10, { note: '同时' })], ['b', saved(30, { note: '旧' })], ['gone', saved(5)], ['c', saved(20)]]));
  });

  it('let a clearing win over an older tick, and an undated old tick lose to any edit', () => {
    const cleared = saved(20, { done: false });
    expect(mergeProgress(new Map([['a', saved(10)]]), new Map([['a', cleared]])).get('a')).toEqual(cleared);
    expect(mergeProgress(new Map([['a', cleared]]), new Map([['a', saved(0)]])).get('a')).toEqual(cleared);
  });
});

describe('reconciling with the content', () => {
  it('leaves out removed items, starts new ones unticked, flags re-worded ones', () => {
    const progress = parseProgress(JSON.stringify({
      v: 1,
      items: {
        a: { done: true, note: '', hash: items[0]!.hash, at: '2022-05-16' },
        b: { done: true, note: '旧', hash: textHash('没有落实职责的不放过'), at: '2022-05-16' },
        gone: { done: true, note: '', hash: 'x', at: '' },
      },
    }));
    const state = reconcile(progress, items);
    expect([...state.keys()]).toEqual(['a', 'b', 'c']);
    expect(state.get('a')).toMatchObject({ done: true, stale: false });
    expect(state.get('b')).toMatchObject({ done: true, note: '旧', stale: true });
    expect(state.get('c')).toMatchObject({ done: false, stale: false });
    expect(countDone(state)).toEqual({ done: 2, total: 3, stale: 1 });
  });

  it('does not flag a cleared item, whatever wording it was cleared against', () => {
    const state = reconcile(new Map([['b', saved(1, { done: false, hash: 'old' })]]), items);
    expect(state.get('b')).toMatchObject({ done: false, stale: false });
  });
});
