/**
 * A checklist: its page (whom it binds, where the speech asks for it, the tasks that name it)
 * and the block that renders it wherever it appears (the units to pick, each item's paragraph).
 */
import type { Paragraph } from '../../lib/transcript.ts';
import { entryOf, paragraphOf } from '../content.ts';
import type { ChecklistEntry, DepartmentEntry, TaskEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { searchUnits, type SearchUnits } from './search.ts';

/** What a checklist page shows around the checklist itself. */
export interface ChecklistPage {
  checklist: ChecklistEntry;
  paragraph: Paragraph | undefined;
  tasks: readonly TaskEntry[];
  /** The units and groups it applies to, as it names them, for the search filters. */
  search: SearchUnits;
}

/** The view of checklist `id`'s page. */
export function checklistPage(site: Site, id: string): ChecklistPage {
  const checklist = entryOf(site.content.checklistById, id, 'checklistPage');
  return {
    checklist,
    paragraph: paragraphOf(site.content, checklist.data.source),
    tasks: site.relations.tasksByChecklist.get(id) ?? [],
    search: searchUnits(site, checklist.data.appliesTo),
  };
}

/**
 * The retired items whose saved ticks checklist `id` takes over, as its element reads them
 * (src/client/progressStore.ts `carryOver`): `from:item:to` for every checklist's `successors`
 * that name one of its items, under the retired item's checklist id and each former id
 * (`renamedFrom`), where units may have saved them. Ids are slugs: no colon, no space.
 */
export function successorMoves(site: Site, id: string): string[] {
  return site.content.checklists.flatMap((checklist) =>
    Object.entries(checklist.data.successors)
      .filter(([, successor]) => (successor.checklist ?? checklist.id) === id)
      .flatMap(([item, successor]) => [checklist.id, ...checklist.data.renamedFrom].map((from) => `${from}:${item}:${successor.item}`)),
  );
}

/** What the checklist block needs: the entry, the units that can tick it, each item's paragraph. */
export interface ChecklistBlock {
  checklist: ChecklistEntry;
  /** The single units (not groups) it applies to, by name: the choices of "本单位". */
  units: readonly DepartmentEntry[];
  /** Item id → the paragraph its quote is in (items with a quote found in the transcript). */
  paragraphs: ReadonlyMap<string, Paragraph>;
  /** The retired items whose saved ticks it takes over (`successorMoves`). */
  moves: readonly string[];
}

/** The block's view; undefined for an unknown id (the MDX names a checklist that does not exist). */
export function checklistBlock(site: Site, id: string): ChecklistBlock | undefined {
  const checklist = site.content.checklistById.get(id);
  if (checklist === undefined) return undefined;
  const { meeting } = checklist.data.source;
  const paragraphs = new Map<string, Paragraph>();
  for (const item of checklist.data.items) {
    const at = item.quote === undefined ? undefined : paragraphOf(site.content, { meeting, quote: item.quote });
    if (at !== undefined) paragraphs.set(item.id, at);
  }
  return {
    checklist,
    units: (site.relations.checklistUnits.get(id) ?? [])
      .map((unitId) => site.content.departmentById.get(unitId))
      .filter((entry) => entry !== undefined)
      .filter((entry) => entry.data.members === undefined)
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN')),
    paragraphs,
    moves: successorMoves(site, id),
  };
}

/** Unit or group id → the checklists that apply to it, directly or through a group, by id. */
export function checklistsByUnitId(site: Site): Record<string, string[]> {
  return Object.fromEntries([...site.relations.checklistsByUnit].map(([unit, checklists]) => [unit, checklists.map((checklist) => checklist.id)]));
}

/** The checklist index: every checklist, and which apply to each unit (for 本单位's progress). */
export interface ChecklistIndex {
  ids: readonly string[];
  applies: Record<string, string[]>;
}

/** The checklist index's view. */
export function checklistIndex(site: Site): ChecklistIndex {
  return { ids: site.content.checklists.map((checklist) => checklist.id), applies: checklistsByUnitId(site) };
}
