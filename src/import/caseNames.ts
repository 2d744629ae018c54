/**
 * What an inspection team's sheet names in words, matched to what the site knows: a unit (责任单位,
 * 配合单位) by its full name, short name or an alias; a 行政区域 the same way among the 街道, 镇 and
 * 板块; a 污染类型 or 来源 among the words of src/config.ts. Full-width characters and spaces are
 * set aside (NFKC); nothing else is guessed. A name that matches nothing, or two units at once,
 * is a problem that says which unit was probably meant (是否想写…), never a silent choice.
 */
import type { Checked } from '../check/context.ts';
import type { Department, DepartmentKind } from '../schemas/department.ts';
import { closest } from '../schemas/suggest.ts';
import { fold } from './table.ts';

/** The kinds of unit a case may lie in (as the caseLedger rule has them). */
export const REGION_KINDS: ReadonlySet<DepartmentKind> = new Set<DepartmentKind>(['街道', '镇', '板块']);

/** A name read: the unit's id, or why it is not known. */
export type NameMatch = { id: string } | { problem: string };

/** Units by the names staff write for them, strongest first: full name, short name, alias. */
export interface UnitNames {
  /** Folded name → ids, per strength. */
  levels: readonly ReadonlyMap<string, readonly string[]>[];
  /** Every name, as written, with its unit: the candidates of a suggestion. */
  written: readonly { name: string; id: string }[];
  /** Id → full name. */
  names: ReadonlyMap<string, string>;
  /** The groups' names and short names, folded: a name of one is a group, not unknown. */
  groups: ReadonlySet<string>;
}

/** Indexes the names of `units` (groups left out: a case goes to a unit, never to a group). */
export function unitNames(units: readonly Checked<Department>[]): UnitNames {
  const levels = [new Map<string, string[]>(), new Map<string, string[]>(), new Map<string, string[]>()];
  const written: { name: string; id: string }[] = [];
  const names = new Map<string, string>();
  const groups = new Set<string>();
  for (const unit of units) {
    if (unit.data.members !== undefined) {
      for (const name of [unit.data.name, unit.data.short, ...unit.data.aliases]) if (name !== undefined) groups.add(fold(name));
      continue;
    }
    names.set(unit.id, unit.data.name);
    const add = (level: number, name: string | undefined) => {
      if (name === undefined || name.trim() === '') return;
      const list = levels[level]!.get(fold(name)) ?? [];
      if (!list.includes(unit.id)) levels[level]!.set(fold(name), [...list, unit.id]);
      written.push({ name, id: unit.id });
    };
    add(0, unit.data.name);
    add(1, unit.data.short);
    for (const alias of unit.data.aliases) add(2, alias);
  }
  return { levels, written, names, groups };
}

/** The unit `text` names, or the problem: unknown (with the likely unit), or more than one. */
export function matchUnit(index: UnitNames, text: string): NameMatch {
  const key = fold(text);
  for (const level of index.levels) {
    const ids = level.get(key);
    if (ids === undefined) continue;
    if (ids.length === 1) return { id: ids[0]! };
    return { problem: `“${text}”可指 ${ids.map((id) => index.names.get(id)).join('、')}：请写单位全称` };
  }
  if (index.groups.has(key)) return { problem: `“${text}”是单位组：交办件须由具体单位办理，请改为组内的单位` };
  return { problem: `“${text}”不是网站上的单位${hint(index, text)}` };
}

/** `（是否想写“区甲局”？）` when one unit is likely meant: a close spelling, or a name inside the text. */
function hint(index: UnitNames, text: string): string {
  const near = closest(fold(text), index.written.map(({ name }) => fold(name)));
  const byName = near === undefined ? undefined : index.written.find(({ name }) => fold(name) === near);
  // 区甲局执法大队 means 区甲局 more likely than anything spelt alike: the longest name inside it.
  const inside = index.written.filter(({ name }) => fold(text).includes(fold(name))).sort((a, b) => b.name.length - a.name.length)[0];
  const id = inside?.id ?? byName?.id;
  return id === undefined ? '（请写网站上的单位全称、简称或别名）' : `（是否想写“${index.names.get(id)}”？请改为网站上的单位名称）`;
}

/** The word of `choices` that `text` is (full-width and spaces aside; `大气污染` is 大气), or undefined. */
export function matchWord(choices: readonly string[], text: string): string | undefined {
  const key = fold(text);
  return choices.find((choice) => fold(choice) === key) ?? choices.find((choice) => `${fold(choice)}污染` === key);
}

/** `"噪音" 不是可选的污染类型（是否想写“噪声”？可选：…）`. */
export function wordProblem(choices: readonly string[], text: string, what: string): string {
  const near = closest(fold(text), choices);
  return `"${text}" 不是可选的${what}（${near === undefined ? '' : `是否想写“${near}”？`}可选：${choices.join('、')}）`;
}

/**
 * The values of a cell that lists several: `大气、噪声`, `区甲局，区乙局`, one per line, or
 * separated by ; / and their full-width forms. Empty parts are dropped.
 */
export function splitList(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[、,;/\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
