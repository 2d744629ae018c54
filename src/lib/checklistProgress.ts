/**
 * Checklist progress kept on this device, per unit and checklist, and how it survives content
 * changes. Pure: the server, the elements in src/client/ and the tests share it; reading and
 * writing localStorage is src/client/progressStore.ts.
 *
 * Stored shape (localStorage, one key per unit and checklist), version 1:
 *
 *   key   `duban.checklist.v1:<unit id>:<checklist id>`
 *   value {"v":1,"items":{"<item id>":{"done":true,"note":"见台账第12号","hash":"9f1c2a3b","at":"2022-05-17"}}}
 *
 * `hash` is `textHash` of the item's text when it was last ticked or confirmed: when the text
 * changes in the content, the tick is kept and flagged for review. Items no longer in the
 * checklist are dropped; new items start unticked. Anything else in the value is ignored.
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
}

/** What is stored for one unit and checklist. */
export interface SavedProgress {
  v: typeof PROGRESS_VERSION;
  items: Record<string, SavedItem>;
}

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
export function parseProgress(raw: string | null): SavedProgress {
  const empty: SavedProgress = { v: PROGRESS_VERSION, items: {} };
  if (raw === null) return empty;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== PROGRESS_VERSION) return empty;
  const items = (value as { items?: unknown }).items;
  if (typeof items !== 'object' || items === null) return empty;
  const result: SavedProgress = { v: PROGRESS_VERSION, items: {} };
  for (const [id, item] of Object.entries(items)) {
    if (typeof item !== 'object' || item === null) continue;
    const { done, note, hash, at } = item as Record<string, unknown>;
    if (typeof done !== 'boolean' || typeof hash !== 'string') continue;
    result.items[id] = { done, note: typeof note === 'string' ? note : '', hash, at: typeof at === 'string' ? at : '' };
  }
  return result;
}

/**
 * The page's state from what was saved and what the content says now: removed items dropped,
 * new items unticked, re-worded items kept but flagged.
 */
export function reconcile(saved: SavedProgress, items: readonly CurrentItem[]): Map<string, ItemState> {
  return new Map(
    items.map((item) => {
      const old = saved.items[item.id];
      if (old === undefined) return [item.id, { done: false, note: '', hash: item.hash, at: '', stale: false }];
      return [item.id, { ...old, stale: (old.done || old.note !== '') && old.hash !== item.hash }];
    }),
  );
}

/** What to store for the page's state (only items with a tick or a note). */
export function toStored(state: ReadonlyMap<string, ItemState>): SavedProgress {
  const items: Record<string, SavedItem> = {};
  for (const [id, { done, note, hash, at }] of state) if (done || note !== '') items[id] = { done, note, hash, at };
  return { v: PROGRESS_VERSION, items };
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
