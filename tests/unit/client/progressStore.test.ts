/** Checklist progress in this device's storage (src/client/progressStore.ts). */
import { describe, expect, it } from 'vitest';
import { loadProgress, saveProgress } from '~/client/progressStore';
import { progressKey, type SavedProgress } from '~/lib/checklistProgress';

const ticked: SavedProgress = { v: 1, items: { a: { done: true, note: '见台账', hash: '0badf00d', at: '2022-05-17' } } };
const empty: SavedProgress = { v: 1, items: {} };

/** A Storage stand-in over a Map, which can be told to refuse. */
function fakeStorage(refuse: { read?: boolean; write?: boolean } = {}) {
  const store = new Map<string, string>();
  return {
    store,
    getItem: (key: string) => {
      if (refuse.read) throw new Error('SecurityError');
      return store.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (refuse.write) throw new Error('QuotaExceededError');
      store.set(key, value);
    },
  };
}

describe('checklist progress on this device', () => {
  it('saves under the unit and checklist key and reads it back', () => {
    const storage = fakeStorage();
    expect(saveProgress('gongan', 'wu-ge-bu-fangguo', ticked, storage)).toBe(true);
    expect(storage.store.get(progressKey('gongan', 'wu-ge-bu-fangguo'))).toBe(JSON.stringify(ticked));
    expect(loadProgress('gongan', 'wu-ge-bu-fangguo', storage)).toEqual(ticked);
    expect(loadProgress('chengguan', 'wu-ge-bu-fangguo', storage)).toEqual(empty);
  });

  it('keeps what storage refuses for as long as the page is open, newer than what storage holds', () => {
    const storage = fakeStorage();
    saveProgress('huanbao', 'taizhang-ziliao', empty, storage);
    const full = Object.assign(storage, { setItem: () => { throw new Error('QuotaExceededError'); } });
    expect(saveProgress('huanbao', 'taizhang-ziliao', ticked, full)).toBe(false);
    expect(loadProgress('huanbao', 'taizhang-ziliao', full)).toEqual(ticked);
    expect(saveProgress('huanbao', 'lianluo-wangluo', ticked, undefined)).toBe(false);
    expect(loadProgress('huanbao', 'lianluo-wangluo', fakeStorage({ read: true }))).toEqual(ticked);
  });

  it('reads nothing, and does not throw, from storage that refuses to be read', () => {
    expect(loadProgress('gongan', 'zhenggai-fangan', fakeStorage({ read: true }))).toEqual(empty);
    expect(loadProgress('gongan', 'zhenggai-fangan', undefined)).toEqual(empty);
  });
});
