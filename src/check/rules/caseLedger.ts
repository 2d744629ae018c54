/**
 * The petition-case ledger holds together: a batch file is named by its batch number; a 受理编号
 * is unique across every batch; a case's 行政区域 is a 街道, 镇 or 板块 of the site and its
 * responsible units are units (not groups), each once; its dates (交办, 办理时限, 公开, 销号) come
 * in order and none lies after the day of the check; and the office publishes or signs off a
 * case only once a lead unit has reported it 办结.
 */
import { append } from '../../data/relations.ts';
import type { CaseBatch } from '../../schemas/case.ts';
import { CONCLUDED_STATES } from '../../schemas/caseState.ts';
import { COLLECTION_LABELS } from '../../schemas/common.ts';
import type { DepartmentKind } from '../../schemas/department.ts';
import { reportKey } from '../../schemas/report.ts';
import { suggestion } from '../../schemas/suggest.ts';
import type { Checked } from '../context.ts';
import type { Rule } from '../rule.ts';

/** A batch number: a whole number from 1, without leading zeros. */
const BATCH_NUMBER = /^[1-9]\d*$/;

/** The kinds of unit a case may lie in. */
const REGION_KINDS: ReadonlySet<DepartmentKind> = new Set<DepartmentKind>(['街道', '镇', '板块']);

/** Where one case is written: its batch and its index there. */
interface Place {
  batch: Checked<Partial<CaseBatch>>;
  index: number;
}

/** Batches misnamed; 受理编号 repeated; regions and units that are not what they must be; dates out of order. */
export const caseLedger: Rule = (site, report) => {
  const units = new Map(site.departments.map((unit) => [unit.id, unit.data]));
  const unitIds = [...units.keys()].sort();
  // The dates on which each lead unit reported each case concluded (for 公开 and 销号).
  const concluded = new Map<string, string[]>();
  for (const entry of site.casework) {
    const { unit, date } = reportKey(entry.id);
    for (const line of entry.data.cases ?? []) if (CONCLUDED_STATES.has(line.state)) append(concluded, `${line.case}\u0000${unit}`, date);
  }
  const concludedBy = (id: string, leads: readonly string[], date: string) => leads.some((lead) => (concluded.get(`${id}\u0000${lead}`) ?? []).some((day) => day <= date));

  const seen = new Map<string, Place>();
  for (const batch of site.cases) {
    if (!BATCH_NUMBER.test(batch.id)) report(batch, '', `文件名 "${batch.id}" 不是批次号：交办批次的文件名应为批次数字，如 1.yaml、12.yaml（请改名为 第N批 的 N）`);
    const batchDate = batch.data.date;
    if (batchDate !== undefined && batchDate > site.today) report(batch, 'date', `交办日期 ${batchDate} 晚于检查当天（请核对日期）`);
    batch.data.cases?.forEach((item, index) => {
      const at = `cases[${index}]`;
      const first = seen.get(item.id);
      if (first !== undefined && first.batch !== batch) {
        report(batch, `${at}.id`, `受理编号 "${item.id}" 已在第${first.batch.id}批（${first.batch.file}）第 ${first.index + 1} 件出现（受理编号全区唯一：同一件不要重复导入；确是两件时请核对编号）`);
      } else if (first === undefined) seen.set(item.id, { batch, index });

      const region = units.get(item.region);
      const isRegion = (kind: DepartmentKind | undefined) => kind !== undefined && REGION_KINDS.has(kind);
      if (region !== undefined && !isRegion(region.kind)) {
        const regions = unitIds.filter((id) => isRegion(units.get(id)!.kind));
        report(batch, `${at}.region`, `行政区域 "${item.region}"（${region.name}）是${region.kind}，不是街道、镇或板块（${suggestion(item.region, regions)}）`);
      } else if (region === undefined) {
        report(batch, `${at}.region`, `${COLLECTION_LABELS.departments} "${item.region}" 不存在（${suggestion(item.region, unitIds)}）`);
      }
      const named = new Set<string>();
      for (const [field, list] of [['lead', item.lead], ['assist', item.assist]] as const) {
        list.forEach((unit, position) => {
          const where = `${at}.${field}[${position}]`;
          const found = units.get(unit);
          if (found === undefined) report(batch, where, `${COLLECTION_LABELS.departments} "${unit}" 不存在（${suggestion(unit, unitIds)}）`);
          else if (found.members !== undefined) report(batch, where, `"${unit}"（${found.name}）是单位组：交办件须由具体单位办理（请改为组内的单位）`);
          if (named.has(unit)) report(batch, where, `单位 "${unit}" 已列为本件的责任单位（每个单位只写一次：牵头就不再列为配合）`);
          named.add(unit);
        });
      }
      if (batchDate === undefined) return;
      if (item.due !== undefined && item.due < batchDate) report(batch, `${at}.due`, `办理时限 ${item.due} 早于交办日期 ${batchDate}（请核对日期）`);
      for (const [field, date, act] of [['published', item.published, '公开'], ['signedOff.date', item.signedOff?.date, '销号']] as const) {
        if (date === undefined) continue;
        if (date < batchDate) report(batch, `${at}.${field}`, `${act}日期 ${date} 早于交办日期 ${batchDate}（请核对日期）`);
        else if (date > site.today) report(batch, `${at}.${field}`, `${act}日期 ${date} 晚于检查当天（请核对日期）`);
        else if (!concludedBy(item.id, item.lead, date)) report(batch, `${at}.${field}`, `${act}日期 ${date} 时本件尚未办结：须先由牵头单位报送“阶段性办结”或“已办结”（请先导入办理情况，或删去 ${field.split('.')[0]!}）`);
      }
    });
  }
};
