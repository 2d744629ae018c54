/**
 * Checklist progress on this device: the localStorage side of src/lib/checklistProgress.ts,
 * shared by <duban-checklist> and <duban-checklist-progress>. When the browser cannot store
 * (private mode, a full quota), progress is kept in memory while the page is open, for every
 * element on it.
 */
import { parseProgress, progressKey, type SavedProgress } from '~/lib/checklistProgress';
import { deviceStorage } from './storage.ts';

/** What could not be stored, by storage key: newer than anything in storage. */
const unsaved = new Map<string, string>();

/** A unit's saved progress on a checklist; empty when nothing (readable) was kept. */
export function loadProgress(unit: string, checklist: string, storage: Pick<Storage, 'getItem'> | undefined = deviceStorage()): SavedProgress {
  const key = progressKey(unit, checklist);
  let raw = unsaved.get(key) ?? null;
  if (raw === null) {
    try {
      raw = storage?.getItem(key) ?? null;
    } catch {
      // Unreadable storage holds nothing for this page.
    }
  }
  return parseProgress(raw);
}

/** Saves a unit's progress on a checklist; false when it is kept only until the page closes. */
export function saveProgress(unit: string, checklist: string, progress: SavedProgress, storage: Pick<Storage, 'setItem'> | undefined = deviceStorage()): boolean {
  const key = progressKey(unit, checklist);
  const value = JSON.stringify(progress);
  if (storage !== undefined) {
    try {
      storage.setItem(key, value);
      unsaved.delete(key);
      return true;
    } catch {
      // Full or refused: kept below instead.
    }
  }
  unsaved.set(key, value);
  return false;
}
