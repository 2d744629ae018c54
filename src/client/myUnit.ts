/**
 * "本单位" on this device: one id in localStorage, offered first by the unit picker and the
 * checklists. Storage may be unavailable (private mode, a locked-down intranet browser): then
 * nothing is remembered and nothing breaks.
 */
import { deviceStorage } from './storage.ts';

/** The localStorage key. Version it if the stored shape ever changes. */
export const MY_UNIT_KEY = 'duban.myUnit.v1';

/** A unit id as the content gives them; anything else in storage is someone else's. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The remembered unit id, if any and well-formed. */
export function rememberedUnit(storage: Pick<Storage, 'getItem'> | undefined = deviceStorage()): string | undefined {
  try {
    const value = storage?.getItem(MY_UNIT_KEY) ?? null;
    return value !== null && SLUG.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers a unit id; returns false when the device cannot store it. */
export function rememberUnit(id: string, storage: Pick<Storage, 'setItem'> | undefined = deviceStorage()): boolean {
  try {
    storage?.setItem(MY_UNIT_KEY, id);
    return storage !== undefined;
  } catch {
    return false;
  }
}
