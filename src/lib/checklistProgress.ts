/**
 * Checklist progress kept on this device, per unit and checklist, and how it survives content
 * changes, other tabs and renamed checklists. Pure: the server, the elements in src/client/ and
 * the tests share it; reading and writing localStorage is src/client/progressStore.ts.
 *
 * Stored shape (localStorage, one key per unit and checklist), version 1:
 *
 *   key   `duban.checklist.v1:<unit id>:<checklist id>`
 *   value {"v":1,"items":{"<item id>":{"done":true,"note":"见台账第12号","hash":"9f1c2a3b","at":"2022-05-17","t":1652749200000}}}
 *
 * `hash` is `textHash` of the item's text when it was last ticked or confirmed: when the text
 * changes in the content, the tick is kept and flagged for review. `t` is when the item was last
 * edited (milliseconds; 0 or absent for ticks saved before it was recorded): two copies of the same
 * progress (two tabs, storage and this page's memory, a checklist's old and new id) merge item by
 * item, the newest edit winning. An item cleared by an edit stays stored, unticked, so that its
 * clearing wins over an older tick elsewhere. Items no longer in the checklist are not shown but
 * stay stored: a tab still showing the previous build must not delete what a newer build's tab
 * saved. Anything else in the value is ignored.
 *
 * Item ids come from content and may be any slug, `constructor` included: every lookup by id goes
 * through a `Map`, never a plain object.
 */

/** The version of the stored shape; bump it, and read the old one, if the shape changes. */
export const PROGRESS_VERSION = 1;

/** One item's saved state. */
export interface SavedItem {
  done: boolean;
  note: string;
  /** `textHash` of the item text when saved. */
  hash: string;
  /** The day it was last changed, `YYYY-MM-DD`. */
  at: string;
  /** When it was last changed, in milliseconds since 1970; 0 when not known. */
  t: number;
}

/** What is stored for one unit and checklist: item id → its state. */
export type SavedProgress = ReadonlyMap<string, SavedItem>;

/** An item as the page knows it now. */
export interface CurrentItem {
  id: string;
  text: string;
  hash: string;
}

/** An item's state on the page: saved state reconciled with the current content. */
export interface ItemState extends SavedItem {
  /** Ticked against a different wording: "内容已更新，请复核". */
  stale: boolean;
}

/** The storage key for a unit's progress on a checklist. */
export function progressKey(unit: string, checklist: string): string {
  return `duban.checklist.v${PROGRESS_VERSION}:${unit}:${checklist}`;
}

/** A short, stable fingerprint of an item's text (FNV-1a, 32 bits, hex). */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Reads a stored value; anything corrupt or foreign gives an empty progress, never an error. */
export function parseProgress(raw: string | null): Map<string, SavedItem> {
  const result = new Map<string, SavedItem>();
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    return result;
  }
  const items = (value as { v?: unknown; items?: unknown } | null)?.v === PROGRESS_VERSION ? (value as { items?: unknown }).items : undefined;
  if (typeof items !== 'object' || items === null) return result;
  for (const [id, item] of Object.entries(items)) {
    if (typeof item !== 'object' || item === null) continue;
    const { done, note, hash, at, t } = item as Record<string, unknown>;
    if (typeof done !== 'boolean' || typeof hash !== 'string') continue;
    result.set(id, { done, note: typeof note === 'string' ? note : '', hash, at: typeof at === 'string' ? at : '', t: Number.isFinite(t) ? (t as number) : 0 });
  }
  return result;
}

/** The stored value of a progress, with nothing of the page's state (`stale`) in it. */
export function serializeProgress(progress: SavedProgress): string {
  // fromEntries defines keys as they are: an item id `__proto__` stays a key, not a prototype.
  const items = Object.fromEntries([...progress].map(([id, { done, note, hash, at, t }]) => [id, { done, note, hash, at, t }]));
  return JSON.stringify({ v: PROGRESS_VERSION, items });
}

/** Two copies of one progress as one: per item the newer edit wins, `newer`'s on a tie. */
export function mergeProgress(older: SavedProgress, newer: SavedProgress): Map<string, SavedItem> {
  const merged = new Map(older);
  for (const [id, item] of newer) if (item.t >= (merged.get(id)?.t ?? 0)) merged.set(id, item);
  return merged;
}

/**
 * The page's state from what was saved and what the content says now: items no longer in the
 * checklist left out, new items unticked, re-worded items kept but flagged.
 */
export function reconcile(saved: SavedProgress, items: readonly CurrentItem[]): Map<string, ItemState> {
  return new Map(
    items.map((item) => {
      const old = saved.get(item.id);
      if (old === undefined) return [item.id, { done: false, note: '', hash: item.hash, at: '', t: 0, stale: false }];
      return [item.id, { ...old, stale: (old.done || old.note !== '') && old.hash !== item.hash }];
    }),
  );
}

/** Ticked items out of all, and how many were ticked or noted against a wording since changed. */
export function countDone(state: ReadonlyMap<string, ItemState>): { done: number; total: number; stale: number } {
  let done = 0;
  let stale = 0;
  for (const item of state.values()) {
    if (item.done) done += 1;
    if (item.stale) stale += 1;
  }
  return { done, total: state.size, stale };
}
