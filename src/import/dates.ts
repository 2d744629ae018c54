/**
 * A day as units write it in a sheet, read as `YYYY-MM-DD`: an Excel date (a serial number, or a
 * cell Excel formats as a date), `2026-05-20`, `2026/5/20`, `2026.5.20`, `2026年5月20日`, `20260520`,
 * full-width digits, and `5月20日` without a year — the latest such day not after today, as a unit
 * means it when it writes the day it reports.
 */
import { isRealIsoDate } from '../schemas/common.ts';
import type { Cell } from './table.ts';

/** Excel serials from 1954 to 2119: a bare number outside them is no day a report names. */
const SERIALS = { min: 20_000, max: 80_000 } as const;
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** An Excel serial as a day. */
export function serialDay(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);
}

/** The day a cell names, `YYYY-MM-DD`, or undefined when it names none; `today` places a day given without its year. */
export function readDay(cell: Cell, today: string): string | undefined {
  if (cell.date !== undefined) return cell.date;
  if (cell.number !== undefined) return cell.number >= SERIALS.min && cell.number < SERIALS.max ? serialDay(cell.number) : dayOfText(String(cell.number), today);
  return dayOfText(cell.text, today);
}

/** The day a text names; see the module comment. */
export function dayOfText(text: string, today: string): string | undefined {
  const plain = text.normalize('NFKC').replace(/\s+/g, '');
  let match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(plain) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(plain);
  if (match !== null) return real(iso(Number(match[1]), Number(match[2]), Number(match[3])));
  match = /^(\d{1,2})月(\d{1,2})日?$/.exec(plain);
  if (match !== null) {
    const [month, day] = [Number(match[1]), Number(match[2])];
    const year = Number(today.slice(0, 4));
    const thisYear = iso(year, month, day);
    return real(thisYear <= today ? thisYear : iso(year - 1, month, day));
  }
  match = /^\d{5}$/.exec(plain);
  if (match !== null && Number(plain) >= SERIALS.min && Number(plain) < SERIALS.max) return serialDay(Number(plain));
  return undefined;
}

/** The date when it is a real one (not 2月30日). */
function real(date: string): string | undefined {
  return isRealIsoDate(date) ? date : undefined;
}
