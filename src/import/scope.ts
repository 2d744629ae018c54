/**
 * Whose report a file is and of which day: what the file says (the hidden facts of a unit's
 * sheet, the unit's name in a CSV, the 填报日期 a unit wrote) and what the editor says on the
 * command line (`--unit`, `--date`). The editor's word wins on the date, and must agree with the
 * file on the unit; when neither gives one, the importer asks for the flag rather than guess.
 */
import { unitName } from '../data/content.ts';
import type { Site } from '../data/site.ts';
import { proseDate } from '../data/build.ts';
import { isRealIsoDate } from '../schemas/common.ts';
import { suggestion } from '../schemas/suggest.ts';
import type { SheetProblem } from './table.ts';

/** What the editor gave on the command line. */
export interface ScopeFlags {
  /** `--unit`: a unit's id. */
  unit?: string | undefined;
  /** `--date`: the report's date, `YYYY-MM-DD`. */
  date?: string | undefined;
}

/** What a file says of its unit: an id (hidden facts), or a name (a CSV's 填报单位, a checklist's 单位), and where. */
export interface UnitClaim {
  id?: string | undefined;
  name?: string | undefined;
  row?: number | undefined;
}

/** Units that can report: not groups, with their ids as the flag's choices. */
function reportingUnits(site: Site): string[] {
  return site.content.departments.filter((unit) => unit.data.members === undefined).map((unit) => unit.id);
}

/** The first units as `--unit` takes them, with their names: `a 区甲局、b 区乙局 等 27 个`. */
function unitChoices(site: Site, units: readonly string[]): string {
  const shown = units.slice(0, 8).map((id) => `${id} ${unitName(site.content, id)}`);
  return `可用：${shown.join('、')}${units.length > shown.length ? ` 等 ${units.length} 个` : ''}`;
}

/** The unit a name means: exactly its name, or exactly its short name, when only one unit has it. */
export function unitByName(site: Site, name: string): string | undefined {
  const plain = name.replace(/\s+/g, '');
  for (const field of ['name', 'short'] as const) {
    const found = site.content.departments.filter((unit) => unit.data[field] === plain);
    if (found.length === 1) return found[0]!.id;
  }
  return undefined;
}

/** The unit a file reports for, or the problems that say why it is not known. */
export function resolveUnit(site: Site, flags: ScopeFlags, claim: UnitClaim): { unit?: string; problems: SheetProblem[] } {
  const units = reportingUnits(site);
  const named = (id: string) => `${unitName(site.content, id)}（${id}）`;
  if (flags.unit !== undefined && !site.content.departmentById.has(flags.unit)) {
    return { problems: [{ message: `--unit "${flags.unit}" 不是已有的单位（${suggestion(flags.unit, units)}）` }] };
  }
  let fromFile = claim.id;
  if (fromFile === undefined && claim.name !== undefined) {
    fromFile = unitByName(site, claim.name);
    if (fromFile === undefined && flags.unit === undefined) {
      return { problems: [{ row: claim.row, message: `填报单位“${claim.name}”与网站上的单位名称都不一致：请改为网站上的单位全称，或用 --unit 指明单位` }] };
    }
  }
  if (fromFile !== undefined && !site.content.departmentById.has(fromFile)) {
    if (flags.unit === undefined) return { problems: [{ message: `表中记载的单位编号 "${fromFile}" 已不存在（单位可能已改名或撤销）：请用 --unit 指明单位（${suggestion(fromFile, units)}）` }] };
    fromFile = undefined;
  }
  if (flags.unit !== undefined && fromFile !== undefined && fromFile !== flags.unit) {
    return { problems: [{ row: claim.row, message: `表中记载的单位是${named(fromFile)}，与 --unit ${flags.unit}（${unitName(site.content, flags.unit)}）不一致：请核对是否发错了表，或去掉 --unit` }] };
  }
  const unit = flags.unit ?? fromFile;
  if (unit === undefined) {
    return { problems: [{ message: `表中没有记载填报单位（网站下载的表里隐藏着单位和日期，重新录入的表没有）：请用 --unit 指明单位（${unitChoices(site, units)}）` }] };
  }
  if (site.content.departmentById.get(unit)!.data.members !== undefined) {
    return { problems: [{ message: `${named(unit)}是单位组，不能报送：请由各成员单位分别报送，用 --unit 指明其中一个单位` }] };
  }
  return { unit, problems: [] };
}

/** What a file says of its date: the 填报日期 a unit wrote (and its row), the date the sheet was made. */
export interface DateClaim {
  filled?: string | undefined;
  row?: number | undefined;
  /** The label of the line it is on, for the problem: `填报日期`. */
  column?: string | undefined;
  /** The sheet's own date (hidden facts), or the date in the file's name: when no 填报日期 is given. */
  made?: string | undefined;
  /** What `made` is, for the note: `表格的导出日期`. */
  madeIs?: string | undefined;
  /** Why no date is known when none is: what the file lacks. */
  lacking: string;
  /** Why `made` is taken, when it is: `表中未填填报日期`. */
  unfilled: string;
}

/** The report's date, the notes saying where it came from, or the problems that say why it is not known. */
export function resolveDate(flags: ScopeFlags, claim: DateClaim, today: string): { date?: string; notes: string[]; problems: SheetProblem[] } {
  if (flags.date !== undefined) {
    if (!isRealIsoDate(flags.date)) return { notes: [], problems: [{ message: `--date "${flags.date}" 不是日期：请写成 YYYY-MM-DD，如 --date ${today}` }] };
    const notes = claim.filled !== undefined && claim.filled !== flags.date ? [`表中填报日期为 ${proseDate(claim.filled)}，按 --date 记为 ${proseDate(flags.date)}`] : [];
    return { date: flags.date, notes, problems: [] };
  }
  if (claim.filled !== undefined) {
    if (claim.filled > today) return { notes: [], problems: [{ row: claim.row, column: claim.column, message: `${proseDate(claim.filled)} 晚于今天（${proseDate(today)}）：请核对，或用 --date 指明报送日期` }] };
    if (claim.made !== undefined && claim.filled < claim.made) {
      return { notes: [], problems: [{ row: claim.row, column: claim.column, message: `${proseDate(claim.filled)} 早于${claim.madeIs ?? '表格的日期'} ${proseDate(claim.made)}：请核对，或用 --date 指明报送日期` }] };
    }
    return { date: claim.filled, notes: [], problems: [] };
  }
  if (claim.made !== undefined && isRealIsoDate(claim.made)) {
    return { date: claim.made, notes: [`${claim.unfilled}，按${claim.madeIs ?? '表格的日期'}记为 ${proseDate(claim.made)} 报送；如不对，请删去写入的文件，加 --date 重新导入`], problems: [] };
  }
  return { notes: [], problems: [{ message: `${claim.lacking}：请用 --date 指明报送日期，如 --date ${today}` }] };
}
