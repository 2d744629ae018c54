/** The download links on the built site under /ducha/: each answers with the right kind of file. */
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type ExcelJSModule from 'exceljs';
import { TasksExportSchema, UnitsExportSchema } from '../../src/schemas/export.ts';

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
  const csv = (await get('/ducha/tasks.csv')).toString('utf8');
  expect(csv.startsWith('\uFEFF序号,会议,会议日期,任务,牵头单位,配合单位,完成时限,时限日期,状态,销号要求,依据,链接\r\n')).toBe(true);
  expect(csv).toContain('/ducha/tasks/choudiao-zhudian/');
  // The secondment's year is inferred: no event until an editor confirms it, and the calendar says so.
  // Unfolded: iCalendar breaks long lines with a newline and a space.
  const ics = (await get('/ducha/calendar.ics')).toString().replace(/\r\n /g, '');
  expect(ics).not.toContain('UID:choudiao-zhudian@duban');
  expect(ics).toContain('X-WR-CALDESC:另有 1 项时限的日期待确认，确认后列入本日历。');
  const tasks = TasksExportSchema.parse(JSON.parse((await get('/ducha/tasks.json')).toString()));
  expect(tasks.tasks.length).toBeGreaterThan(25);
  expect(tasks.tasks[0]!.url.startsWith('/ducha/tasks/')).toBe(true);
  const units = UnitsExportSchema.parse(JSON.parse((await get('/ducha/units.json')).toString()));
  expect(units.units.find((unit) => unit.id === 'gongan')?.tasks.lead).toContain('choudiao-zhudian');
  expect(JSON.parse((await get('/ducha/tasks.schema.json')).toString())).toMatchObject({ type: 'object' });
});

test('a unit page offers its own downloads and counts the deadlines left out of its calendar', async ({ page, request, baseURL }) => {
  await page.goto('units/gongan/');
  const section = page.getByRole('region', { name: '下载' });
  await expect(section.getByRole('link', { name: 'Excel 任务分解表' })).toHaveAttribute('href', '/ducha/units/gongan/tasks.xlsx');
  await expect(section.getByRole('link', { name: 'Excel 任务分解表' })).toHaveAttribute('download', /^区公安分局-任务分解表-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(section.getByRole('link', { name: '日历（订阅）' })).toHaveAttribute('href', '/ducha/units/gongan/calendar.ics');
  await expect(section).toContainText('（1 项日期待确认，确认后列入日历；2 项时限待定，未列入日历）');
  const origin = new URL(baseURL!).origin;
  const ics = (await (await request.get(`${origin}/ducha/units/gongan/calendar.ics`)).text()).replace(/\r\n /g, '');
  expect(ics).not.toContain('BEGIN:VEVENT');
  expect(ics).toContain('X-WR-CALDESC:另有 1 项时限的日期待确认，确认后列入本日历。');
  const csv = await (await request.get(`${origin}/ducha/units/gongan/tasks.csv`)).text();
  expect(csv.split('\r\n').filter(Boolean).length).toBeGreaterThan(2);
  const empty = await (await request.get(`${origin}/ducha/units/shiwei/calendar.ics`)).text();
  expect(empty).toContain('BEGIN:VCALENDAR');
  expect(empty).not.toContain('BEGIN:VEVENT');
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
  const response = await request.get(`${new URL(baseURL!).origin}/ducha/units/zhujian/tasks.xlsx`);
  expect(response.status()).toBe(200);
  // Loaded as CommonJS: through Playwright's ES module loader one of its dependencies fails to link.
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSModule;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await response.body()).buffer as ArrayBuffer);
  const sheet = workbook.getWorksheet('任务分解表')!;
  expect(sheet.getCell('A1').value).toBe('XX区迎接省环保督察工作任务分解表（区住建局）');
  expect(sheet.getCell('A2').value).toMatch(/^依据：区委书记在迎接省环保督察工作安排会议上的主持致辞　　导出日期：\d{4}年\d{1,2}月\d{1,2}日$/);
  expect(sheet.getCell('D3').value).toBe('本单位角色');
  expect(sheet.getCell('A4').value).toBe(1);
  const roles = new Set(Array.from({ length: sheet.rowCount - 3 }, (_, index) => String(sheet.getCell(4 + index, 4).value).split('\n')[0]));
  expect([...roles]).toEqual(expect.arrayContaining(['牵头', '作为“各板块各部门”成员单位落实']));
});
