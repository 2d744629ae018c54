/**
 * Checklist progress on this device: the localStorage side of src/lib/checklistProgress.ts,
 * shared by <duban-checklist> and <duban-checklist-progress>.
 *
 * Several tabs may edit one unit's progress at once, so a save never writes the page's copy
 * over the stored one: it re-reads, merges the edited items in (newest edit per item wins) and
 * writes the result. When a write fails (private mode, a full or zero quota), the merged progress
 * is kept in this page's memory, for every element on it, and merged into every later read: ticks
 * outlive a switch to another unit and back for as long as the page is open.
 */
import { mergeProgress, parseProgress, progressKey, serializeProgress, type SavedProgress } from '~/lib/checklistProgress';
import { deviceStorage } from './storage.ts';

/** What could not be stored, by storage key. */
const unsaved = new Map<string, SavedProgress>();

/** A unit's saved progress on a checklist, with what this page could not store; empty when nothing (readable) was kept. */
export function loadProgress(unit: string, checklist: string, storage: Pick<Storage, 'getItem'> | undefined = deviceStorage()): SavedProgress {
  const key = progressKey(unit, checklist);
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    // Unreadable storage holds nothing for this page.
  }
  return mergeProgress(parseProgress(raw), unsaved.get(key) ?? new Map());
}

/**
 * Saves edited items of a unit's progress on a checklist over what is stored now. Returns the
 * progress as it now is, and whether it was stored (false: kept only until the page closes).
 */
export function saveProgress(
  unit: string,
  checklist: string,
  edits: SavedProgress,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = deviceStorage(),
): { progress: SavedProgress; saved: boolean } {
  const key = progressKey(unit, checklist);
  const progress = mergeProgress(loadProgress(unit, checklist, storage), edits);
  try {
    if (storage !== undefined) {
      storage.setItem(key, serializeProgress(progress));
      unsaved.delete(key);
      return { progress, saved: true };
    }
  } catch {
    // Full or refused: kept below instead.
  }
  unsaved.set(key, progress);
  return { progress, saved: false };
}

/**
 * Moves a unit's progress saved under a checklist's former ids (`renamedFrom`) to its id, merged
 * item by item with what is there: on the first page that shows the unit's progress on it. A
 * former key is removed only once the move is stored.
 *
 * `moves` are the retired items whose work items of this checklist now ask (`successors`; the
 * view's `successorMoves`, `from:item:to` separated by spaces): what a unit saved on one, when
 * newer than anything saved on its successor, is carried to it, as any newer edit wins. It comes
 * with the retired item's text hash, so a tick shows "内容已更新，请复核" until the unit confirms
 * it. The retired item stays where it was (a page of an earlier build may still show it), so
 * carrying again changes nothing.
 */
export function carryOver(unit: string, checklist: string, formerIds: readonly string[], storage: Storage | undefined = deviceStorage(), moves = ''): void {
  try {
    for (const former of formerIds) {
      const key = progressKey(unit, former);
      const saved = parseProgress(storage?.getItem(key) ?? null);
      if (saved.size > 0 && saveProgress(unit, checklist, saved, storage).saved) storage?.removeItem(key);
    }
    for (const move of moves.split(' ')) {
      // Three slugs, from the view; an empty attribute gives one empty part, which finds nothing.
      const [from, item, to] = move.split(':') as [string, string, string];
      const tick = loadProgress(unit, from, storage).get(item);
      if (tick && tick.t > (loadProgress(unit, checklist, storage).get(to)?.t ?? -1)) saveProgress(unit, checklist, new Map([[to, tick]]), storage);
    }
  } catch {
    // Storage that cannot be read has nothing to carry over.
  }
}

