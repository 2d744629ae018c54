/** Checklist progress in this device's storage (src/client/progressStore.ts). */
import { describe, expect, it } from 'vitest';
import { carryOver, loadProgress, saveProgress } from '~/client/progressStore';
import { progressKey, serializeProgress, type SavedItem } from '~/lib/checklistProgress';

const item = (t: number, change: Partial<SavedItem> = {}): SavedItem => ({ done: true, note: '', hash: '0badf00d', at: '2022-05-17', t, ...change });

/** A Storage stand-in over a Map, which can be told to refuse. */
function fakeStorage(refuse: { read?: boolean; write?: boolean } = {}) {
  const store = new Map<string, string>();
  return {
    store,
    get length() {
      return store.size;
    },
    clear: () => store.clear(),
    key: (index: number) => [...store.keys()][index] ?? null,
    removeItem: (key: string) => void store.delete(key),
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
    const ticked = new Map([['a', item(1, { note: '见台账' })]]);
    expect(saveProgress('gongan', 'wu-ge-bu-fangguo', ticked, storage)).toEqual({ progress: ticked, saved: true });
    expect(storage.store.get(progressKey('gongan', 'wu-ge-bu-fangguo'))).toBe(serializeProgress(ticked));
    expect(loadProgress('gongan', 'wu-ge-bu-fangguo', storage)).toEqual(ticked);
    expect(loadProgress('chengguan', 'wu-ge-bu-fangguo', storage)).toEqual(new Map());
  });

  it('merges each save into what another tab stored meanwhile, the newer edit of an item winning', () => {
    const storage = fakeStorage();
    // Two tabs opened on the same, empty progress; each ticks its own item, then the first unticks the second's.
    saveProgress('gongan', 'taizhang', new Map([['a', item(1)]]), storage);
    const second = saveProgress('gongan', 'taizhang', new Map([['b', item(2)]]), storage);
    expect([...second.progress.keys()]).toEqual(['a', 'b']);
    const first = saveProgress('gongan', 'taizhang', new Map([['b', item(3, { done: false })]]), storage);
    expect(first.progress).toEqual(new Map([['a', item(1)], ['b', item(3, { done: false })]]));
    expect(loadProgress('gongan', 'taizhang', storage)).toEqual(first.progress);
  });

  it('keeps what storage refuses for as long as the page is open, merged with what storage holds', () => {
    const storage = fakeStorage();
    saveProgress('huanbao', 'taizhang-ziliao', new Map([['a', item(1)]]), storage);
    const full = Object.assign(fakeStorage({ write: true }), { store: storage.store, getItem: storage.getItem });
    expect(saveProgress('huanbao', 'taizhang-ziliao', new Map([['b', item(2)]]), full).saved).toBe(false);
    // Another unit in between, then back: both ticks are there, the refused one from memory.
    expect(loadProgress('gongan', 'taizhang-ziliao', full)).toEqual(new Map());
    expect(loadProgress('huanbao', 'taizhang-ziliao', full)).toEqual(new Map([['a', item(1)], ['b', item(2)]]));
    // Once storage takes a write again, it gets everything, and memory lets go.
    expect(saveProgress('huanbao', 'taizhang-ziliao', new Map([['c', item(3)]]), storage).saved).toBe(true);
    expect(loadProgress('huanbao', 'taizhang-ziliao', fakeStorage())).toEqual(new Map());
    expect([...loadProgress('huanbao', 'taizhang-ziliao', storage).keys()]).toEqual(['a', 'b', 'c']);
  });

  it('keeps every edit in memory when there is no storage at all, or it cannot be read', () => {
    expect(saveProgress('huanbao', 'lianluo-wangluo', new Map([['a', item(1)]]), undefined).saved).toBe(false);
    expect(saveProgress('huanbao', 'lianluo-wangluo', new Map([['b', item(2)]]), fakeStorage({ read: true, write: true })).saved).toBe(false);
    expect([...loadProgress('huanbao', 'lianluo-wangluo', fakeStorage({ read: true })).keys()]).toEqual(['a', 'b']);
    expect(loadProgress('gongan', 'zhenggai-fangan', fakeStorage({ read: true }))).toEqual(new Map());
    expect(loadProgress('gongan', 'zhenggai-fangan', undefined)).toEqual(new Map());
  });
});

describe('a renamed checklist', () => {
  it('takes over what was saved under its former ids, merged, and the former keys go', () => {
    const storage = fakeStorage();
    storage.setItem(progressKey('gongan', 'jiu'), serializeProgress(new Map([['a', item(5)], ['b', item(1)]])));
    storage.setItem(progressKey('gongan', 'geng-jiu'), serializeProgress(new Map([['c', item(1)]])));
    storage.setItem(progressKey('huanbao', 'jiu'), serializeProgress(new Map([['a', item(1)]])));
    saveProgress('gongan', 'xin', new Map([['b', item(9, { done: false })]]), storage);
    carryOver('gongan', 'xin', ['geng-jiu', 'jiu'], storage);
    expect(loadProgress('gongan', 'xin', storage)).toEqual(new Map([['b', item(9, { done: false })], ['c', item(1)], ['a', item(5)]]));
    expect(storage.getItem(progressKey('gongan', 'jiu'))).toBeNull();
    expect(storage.getItem(progressKey('gongan', 'geng-jiu'))).toBeNull();
    // Another unit's ticks move when that unit's progress is first shown.
    expect(storage.getItem(progressKey('huanbao', 'jiu'))).not.toBeNull();
    carryOver('huanbao', 'xin', ['jiu'], storage);
    expect(loadProgress('huanbao', 'xin', storage)).toEqual(new Map([['a', item(1)]]));
  });

  it('keeps the former key when the move cannot be stored, and shows the ticks for the visit', () => {
    const storage = fakeStorage();
    storage.setItem(progressKey('gongan', 'jiu2'), serializeProgress(new Map([['a', item(1)]])));
    const full = Object.assign(fakeStorage({ write: true }), { store: storage.store, getItem: storage.getItem, removeItem: storage.removeItem });
    carryOver('gongan', 'xin2', ['jiu2'], full);
    expect(storage.getItem(progressKey('gongan', 'jiu2'))).not.toBeNull();
    expect(loadProgress('gongan', 'xin2', full)).toEqual(new Map([['a', item(1)]]));
    expect(() => carryOver('gongan', 'xin2', ['jiu2'], undefined)).not.toThrow();
    expect(() => carryOver('gongan', 'xin2', ['jiu2'], fakeStorage({ read: true }))).not.toThrow();
  });
});

describe('a retired item succeeded by another', () => {
  const move = 'lianluo-wangluo:choudiao-daowei:anshi-daowei';

  it('gives its tick and note to its successor, with its old words’ hash, and stays where it was', () => {
    const storage = fakeStorage();
    const retired = item(5, { note: '已到位' });
    saveProgress('gongan', 'lianluo-wangluo', new Map([['choudiao-daowei', retired], ['lianluoyuan', item(2)]]), storage);
    saveProgress('gongan', 'choudiao-renyuan', new Map([['renxuan', item(3)]]), storage);
    carryOver('gongan', 'choudiao-renyuan', [], storage, move);
    expect(loadProgress('gongan', 'choudiao-renyuan', storage)).toEqual(new Map([['renxuan', item(3)], ['anshi-daowei', retired]]));
    expect(loadProgress('gongan', 'lianluo-wangluo', storage).get('choudiao-daowei')).toEqual(retired);
    // Carried once: carrying again, or for another unit with nothing saved, changes nothing.
    const stored = storage.store.get(progressKey('gongan', 'choudiao-renyuan'));
    carryOver('gongan', 'choudiao-renyuan', [], storage, move);
    carryOver('fagai', 'choudiao-renyuan', [], storage, move);
    expect(storage.store.get(progressKey('gongan', 'choudiao-renyuan'))).toBe(stored);
    expect(storage.store.has(progressKey('fagai', 'choudiao-renyuan'))).toBe(false);
  });

  it('never overrides a newer edit of the successor, and carries an older tick cleared since as cleared', () => {
    const storage = fakeStorage();
    saveProgress('gongan', 'lianluo-wangluo', new Map([['choudiao-daowei', item(5)], ['cleared', item(9, { done: false })]]), storage);
    saveProgress('gongan', 'choudiao-renyuan', new Map([['anshi-daowei', item(7, { done: false })], ['renxuan', item(8)]]), storage);
    carryOver('gongan', 'choudiao-renyuan', [], storage, `${move} lianluo-wangluo:cleared:renxuan lianluo-wangluo:never-saved:quanli-zhichi`);
    expect(loadProgress('gongan', 'choudiao-renyuan', storage)).toEqual(new Map([['anshi-daowei', item(7, { done: false })], ['renxuan', item(9, { done: false })]]));
  });

  it('takes the newest of several retired items one item succeeds, after a renamed checklist’s own ticks', () => {
    const storage = fakeStorage();
    storage.setItem(progressKey('gongan', 'renyuan'), serializeProgress(new Map([['renxuan', item(1)]])));
    saveProgress('gongan', 'jiu', new Map([['a', item(4, { note: '旧' })]]), storage);
    saveProgress('gongan', 'lianluo-wangluo', new Map([['choudiao-daowei', item(6, { note: '新' })]]), storage);
    carryOver('gongan', 'choudiao-renyuan', ['renyuan'], storage, `jiu:a:anshi-daowei ${move}`);
    expect(loadProgress('gongan', 'choudiao-renyuan', storage)).toEqual(new Map([['renxuan', item(1)], ['anshi-daowei', item(6, { note: '新' })]]));
  });
});
