/**
 * A unit reports only on cases it is responsible for (牵头 or 配合), on or after the day they were
 * handed over, and never on a day still to come.
 */
import { reportKey } from '../../schemas/report.ts';
import { isRealIsoDate } from '../../schemas/common.ts';
import { suggestion } from '../../schemas/suggest.ts';
import type { Rule } from '../rule.ts';

/** Reports on cases that do not exist, that are not the unit's, or that are dated out of time. */
export const caseworkReach: Rule = (site, report) => {
  const cases = new Map<string, { date: string | undefined; units: ReadonlySet<string>; batch: string }>();
  for (const batch of site.cases) {
    for (const item of batch.data.cases ?? []) cases.set(item.id, { date: batch.data.date, units: new Set([...item.lead, ...item.assist]), batch: batch.id });
  }
  const ids = [...cases.keys()].sort();
  // A batch whose cases failed their schema is reported already; its 受理编号 are unknown here,
  // and calling a report on one of them "not in any batch" would send the editor the wrong way.
  const batchesIncomplete = site.cases.some((batch) => batch.failed.has('cases'));
  const names = new Map(site.departments.map((unit) => [unit.id, unit.data.name ?? unit.id]));
  for (const entry of site.casework) {
    const { unit, date } = reportKey(entry.id);
    if (!isRealIsoDate(date)) continue;
    if (date > site.today) {
      report(entry, '', `报送日期 ${date} 晚于检查当天：不能报送尚未到来的日期（请核对文件名中的日期）`);
      continue;
    }
    entry.data.cases?.forEach((line, index) => {
      const field = `cases[${index}].case`;
      const found = cases.get(line.case);
      if (found === undefined) {
        if (!batchesIncomplete) report(entry, field, `受理编号 "${line.case}" 不在任何交办批次中（${suggestion(line.case, ids)}）`);
        return;
      }
      if (!found.units.has(unit)) report(entry, field, `交办件 "${line.case}"（第${found.batch}批）的责任单位中没有${names.get(unit) ?? unit}（只能报送本单位牵头或配合办理的交办件：请核对受理编号，或把文件放到责任单位的目录下）`);
      else if (found.date !== undefined && date < found.date) report(entry, field, `报送日期 ${date} 早于交办件 "${line.case}" 的交办日期 ${found.date}（请核对文件名中的日期）`);
    });
  }
};
