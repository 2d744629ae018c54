/**
 * The download links on the built site under /ducha/: each answers with the right kind of file,
 * holding what the content holds (the tasks, units and dates are read from content/ by
 * ./support/subjects.ts).
 */
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJSModule from 'exceljs';
import { calendarCounts } from '../../src/lib/deadline.ts';
import { TasksExportSchema, UnitsExportSchema } from '../../src/schemas/export.ts';
import { busiestUnit, confirmedDate, escapeRegExp, leadingMember, singleUnits, site, tasksOf, viaGroups } from './support/subjects.ts';

/** The calendar's events: one per task with a confirmed date, by UID. */
const eventIds = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]!.trim());
/** The tasks among `ids` with a confirmed date, as calendar UIDs. */
const datedIds = (ids: readonly string[]) => ids.filter((id) => confirmedDate(id) !== null).map((id) => `${id}@duban`);
/** The calendar's note on the dates it leaves out until they are confirmed, if any wait. */
const pendingNote = (ids: readonly string[]) => {
  const { pending } = calendarCounts(ids.map((id) => ({ deadline: site.content.taskById.get(id)!.data.deadline, resolved: site.relations.deadlines.get(id)! })));
  return pending === 0 ? undefined : `X-WR-CALDESC:另有 ${pending} 项时限的日期待确认，确认后列入本日历。`;
};

test('the task list offers the Excel sheet, CSV and calendar, editors the JSON, and each downloads', async ({ page, request, baseURL }) => {
  await page.goto('tasks/');
  const section = page.getByRole('region', { name: '下载' });
  const links = Object.fromEntries(
    await Promise.all(['Excel 任务分解表', 'CSV', '日历（订阅）'].map(async (name) => [name, await section.getByRole('link', { name }).getAttribute('href')] as const)),
  );
  expect(links).toEqual({ 'Excel 任务分解表': '/ducha/tasks.xlsx', CSV: '/ducha/tasks.csv', '日历（订阅）': '/ducha/calendar.ics' });
  // Saved under the district's name and the export date; the address stays the same.
  await expect(section.getByRole('link', { name: 'Excel 任务分解表' })).toHaveAttribute('download', /^XX区-任务分解表-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(section.getByRole('link', { name: 'CSV' })).toHaveAttribute('download', /^XX区-任务分解表-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.locator('footer .editors').getByRole('link', { name: 'JSON 数据' })).toHaveAttribute('href', '/ducha/tasks.json');
  const origin = new URL(baseURL!).origin;
  const get = async (path: string) => {
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(200);
    return response.body();
  };
  expect((await get('/ducha/tasks.xlsx')).subarray(0, 2).toString()).toBe('PK');
  const ids = site.content.tasks.map((task) => task.id);
  const csv = (await get('/ducha/tasks.csv')).toString('utf8');
  expect(csv.startsWith('\uFEFF序号,会议,会议日期,任务,牵头单位,配合单位,完成时限,时限日期,状态,销号要求,依据,链接\r\n')).toBe(true);
  const rows = parseCsv(csv, { bom: true }) as string[][];
  expect(rows.slice(1).map((row) => row.at(-1))).toEqual(ids.map((id) => `/ducha/tasks/${id}/`));
  // A date whose year is inferred has no event until an editor confirms it, and the calendar says so.
  // Unfolded: iCalendar breaks long lines with a newline and a space.
  const ics = (await get('/ducha/calendar.ics')).toString().replace(/\r\n /g, '');
  expect(eventIds(ics)).toEqual(datedIds(ids));
  const note = pendingNote(ids);
  if (note === undefined) expect(ics).not.toContain('X-WR-CALDESC');
  else expect(ics).toContain(note);
  const tasks = TasksExportSchema.parse(JSON.parse((await get('/ducha/tasks.json')).toString()));
  expect(tasks.tasks.map((task) => task.id)).toEqual(ids);
  expect(tasks.tasks.map((task) => task.url)).toEqual(ids.map((id) => `/ducha/tasks/${id}/`));
  const units = UnitsExportSchema.parse(JSON.parse((await get('/ducha/units.json')).toString()));
  expect(units.units.map((unit) => unit.id).sort()).toEqual(site.content.departments.map((unit) => unit.id).sort());
  const assigned = site.relations.assignments.get(busiestUnit.id)!;
  expect(units.units.find((unit) => unit.id === busiestUnit.id)?.tasks).toEqual({
    lead: assigned.lead.map((item) => item.taskId),
    support: assigned.support.map((item) => item.taskId),
    viaGroup: assigned.viaGroup.map((item) => item.taskId),
  });
  expect(JSON.parse((await get('/ducha/tasks.schema.json')).toString())).toMatchObject({ type: 'object' });
});

test('a unit page offers its own downloads and counts the deadlines left out of its calendar', async ({ page, request, baseURL }) => {
  const unit = busiestUnit;
  const ids = tasksOf(unit.id).all;
  const { pending, undated } = calendarCounts(ids.map((id) => ({ deadline: site.content.taskById.get(id)!.data.deadline, resolved: site.relations.deadlines.get(id)! })));
  const left = [...(pending > 0 ? [`${pending} 项日期待确认，确认后列入日历`] : []), ...(undated > 0 ? [`${undated} 项时限待定，未列入日历`] : [])];
  await page.goto(`units/${unit.id}/`);
  const section = page.getByRole('region', { name: '下载' });
  await expect(section.getByRole('link', { name: 'Excel 任务分解表' })).toHaveAttribute('href', `/ducha/units/${unit.id}/tasks.xlsx`);
  await expect(section.getByRole('link', { name: 'Excel 任务分解表' })).toHaveAttribute('download', new RegExp(`^${escapeRegExp(unit.data.name)}-任务分解表-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  await expect(section.getByRole('link', { name: '日历（订阅）' })).toHaveAttribute('href', `/ducha/units/${unit.id}/calendar.ics`);
  if (left.length === 0) await expect(section.locator('.undated')).toHaveCount(0);
  else await expect(section.locator('.undated')).toHaveText(`（${left.join('；')}）`);
  const origin = new URL(baseURL!).origin;
  const ics = (await (await request.get(`${origin}/ducha/units/${unit.id}/calendar.ics`)).text()).replace(/\r\n /g, '');
  expect(eventIds(ics)).toEqual(datedIds(ids));
  const note = pendingNote(ids);
  if (note === undefined) expect(ics).not.toContain('X-WR-CALDESC');
  else expect(ics).toContain(note);
  const csv = await (await request.get(`${origin}/ducha/units/${unit.id}/tasks.csv`)).text();
  expect((parseCsv(csv, { bom: true }) as string[][]).slice(1).map((row) => row.at(-1))).toEqual(ids.map((id) => `/ducha/tasks/${id}/`));
  // A unit with no confirmed date still gets a calendar, empty.
  const undatedUnit = singleUnits.find((each) => datedIds(tasksOf(each.id).all).length === 0);
  if (undatedUnit !== undefined) {
    const empty = await (await request.get(`${origin}/ducha/units/${undatedUnit.id}/calendar.ics`)).text();
    expect(empty).toContain('BEGIN:VCALENDAR');
    expect(empty).not.toContain('BEGIN:VEVENT');
  }
});

test('the matrix offers its Excel workbook under a dated name', async ({ page, request, baseURL }) => {
  await page.goto('matrix/members/');
  const link = page.getByRole('link', { name: '下载 Excel 责任分工表' });
  await expect(link).toHaveAttribute('href', '/ducha/matrix/matrix.xlsx');
  await expect(link).toHaveAttribute('download', /^XX区责任分工表-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // Its sheets are read back in tests/unit/lib/matrixWorkbook.test.ts and data/views/matrix.test.ts.
  const response = await request.get(`${new URL(baseURL!).origin}/ducha/matrix/matrix.xlsx`);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
});

test('a unit’s Excel sheet is its 任务分解表: its name in the title, its part in each task', async ({ request, baseURL }) => {
  const unit = leadingMember;
  const ids = tasksOf(unit.id).all;
  const meetings = [...new Set(ids.map((id) => site.content.taskById.get(id)!.data.source.meeting))].map((id) => site.content.meetingById.get(id)!.data.title);
  const response = await request.get(`${new URL(baseURL!).origin}/ducha/units/${unit.id}/tasks.xlsx`);
  expect(response.status()).toBe(200);
  // Loaded as CommonJS: through Playwright's ES module loader one of its dependencies fails to link.
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSModule;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await response.body()).buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet('任务分解表')!;
  expect(sheet.getCell('A1').value).toBe(`XX区迎接省环保督察工作任务分解表（${unit.data.name}）`);
  expect(sheet.getCell('A2').value).toMatch(new RegExp(`^依据：${escapeRegExp(meetings.join('、'))}　　导出日期：\\d{4}年\\d{1,2}月\\d{1,2}日$`));
  expect(sheet.getCell('D3').value).toBe('本单位角色');
  // One numbered row per task, then the lines the unit fills in under the table (填报日期 …).
  expect(Array.from({ length: ids.length }, (_, index) => sheet.getCell(4 + index, 1).value)).toEqual(ids.map((_, index) => index + 1));
  expect(typeof sheet.getCell(4 + ids.length, 1).value).not.toBe('number');
  const roles = new Set(Array.from({ length: ids.length }, (_, index) => String(sheet.getCell(4 + index, 4).value).split('\n')[0]));
  expect([...roles]).toEqual(expect.arrayContaining(['牵头', ...viaGroups(unit.id).map((group) => `作为“${group.name}”成员单位落实`)]));
});
