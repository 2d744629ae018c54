/**
 * The editors' notes on unit entries (`editorNote`), for an editors' page: where a unit's full
 * name comes from when the speech uses a short form, and what to verify. Never on staff pages.
 */
import type { Site } from '../site.ts';

/** One unit's note, as the editors' page lists it. */
export interface UnitEditorNote {
  id: string;
  /** The full name the site uses: 区公安分局. */
  name: string;
  note: string;
}

/** Every unit with an editor's note, in the units' order (by name). */
export function unitEditorNotes(site: Site): UnitEditorNote[] {
  return site.content.departments.flatMap((unit) => (unit.data.editorNote === undefined ? [] : [{ id: unit.id, name: unit.data.name, note: unit.data.editorNote }]));
}
