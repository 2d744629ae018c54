/**
 * A unit's case sheet (交办件办理情况表), the download /units/<id>/cases.xlsx: every case the unit
 * leads or assists, with its 受理编号, 批次, 交办问题基本情况 (masked, as the index hands it out),
 * the unit's part and 办理时限, and the handling columns blank for the unit to fill in and send
 * back (`npm run import -- casework`, src/import/casework.ts). The layout is the task sheet's
 * (src/lib/workbook.ts): title, subtitle, header, drop-down lists, the hidden key column and facts
 * sheet, the 填报日期 line under the table.
 */
import { config } from '../../config.ts';
import { t } from '../../i18n/t.ts';
import { CASEWORK_CHOICES, CASEWORK_HEADERS, HANDLING_COLUMNS } from '../../import/caseworkFormat.ts';
import { factMarks, factRows, FACTS_SHEET, FIELDS } from '../../import/format.ts';
import type { Sheet, SheetColumn } from '../../lib/workbook.ts';
import { proseDate } from '../build.ts';
import type { CaseRecord } from '../cases.ts';
import { unitName } from '../content.ts';
import type { Site } from '../site.ts';

/** Widths of the columns, in the order of CASEWORK_HEADERS (the key column last). */
const WIDTHS = { number: 6, id: 20, batch: 8, summary: 40, role: 8, due: 12, state: 12, verification: 30, truth: 10, handling: 30, accountability: 18, key: 20 } as const;
const CENTRED = new Set(['number', 'batch', 'role', 'due', 'state', 'truth']);

/** The sheet's columns: the case's, the unit's to fill in, the hidden key. */
function columns(unit: string, date: string): SheetColumn[] {
  return (Object.keys(CASEWORK_HEADERS) as (keyof typeof CASEWORK_HEADERS)[]).map((key) => ({
    header: CASEWORK_HEADERS[key],
    width: WIDTHS[key],
    align: CENTRED.has(key) ? 'center' : 'left',
    ...(key === 'state' || key === 'truth' ? { choices: CASEWORK_CHOICES[key] } : {}),
    ...(key === 'key' ? { hidden: { marks: factMarks(unit, date) } } : {}),
  }));
}

/** Unit `unit`'s case sheet, downloaded on `date`. */
export function caseSheet(site: Site, unit: string, date: string): Sheet {
  const { lead, assist } = site.cases.forUnit(unit);
  const leading = new Set(lead.map((record) => record.id));
  // In the ledger's order (batch, then the team's), whichever part the unit has.
  const order = new Map(site.cases.all.map((record, index) => [record.id, index]));
  const records: CaseRecord[] = [...lead, ...assist].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const district = config.district;
  return {
    name: t('cases.import.sheet'),
    title: t('cases.import.title', { district, unit: unitName(site.content, unit) }),
    subtitle: t('cases.import.subtitle', { count: String(records.length), date: proseDate(date) }),
    columns: columns(unit, date),
    rows: records.map((record, index) => [
      index + 1,
      record.id,
      t('cases.import.batch', { batch: String(record.batch) }),
      record.data.summary,
      leading.has(record.id) ? t('cases.import.lead') : t('cases.import.assist'),
      record.due,
      ...HANDLING_COLUMNS.map(() => null),
      record.id,
    ]),
    creator: `${district}${config.title}`,
    footer: t('exports.sheet.page', { page: '&P', pages: '&N' }),
    fields: [{ label: FIELDS.date }],
    hiddenSheet: { name: FACTS_SHEET, rows: factRows(unit, date) },
  };
}
