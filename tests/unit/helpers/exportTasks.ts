/**
 * Tasks for the export tests, which parse every export back with an independent parser
 * (csv-parse, exceljs reading, ical.js) and compare it with what went in: the fixture site's
 * tasks (tests/unit/data/fixture.ts: every kind of deadline, a date whose year is inferred, a
 * group as lead), and rows built to break naive writers (commas, quotes, newlines, formula
 * starts, very long text, no dates at all). That the real content's exports parse is a test of
 * the real content (tests/unit/site/realContentInvariants.test.ts).
 */
import { indexSite } from '~/data/site';
import { exportTasks } from '~/data/views/exports';
import type { TaskExport } from '~/schemas/export';
import { fixtureEntries } from '../data/fixture';

/** The columns of the task sheet, as the site names them. */
export const HEADERS = ['序号', '会议', '会议日期', '任务', '牵头单位', '配合单位', '完成时限', '时限日期', '状态', '销号要求', '依据', '链接'];

/** The fixture site's tasks, exported as the site does, in the speech's order. */
export function fixtureTasks(): TaskExport[] {
  return exportTasks(indexSite(fixtureEntries()), (path) => `https://duban.example.invalid/ducha/${path}`);
}

/** Tasks whose text breaks naive CSV, spreadsheet and calendar writers, each with a confirmed date. */
export function hostileTasks(): TaskExport[] {
  const dated = fixtureTasks().find((task) => task.deadline.date !== null)!;
  const base = { ...dated, deadline: { ...dated.deadline, inferred: false } };
  const titles = ['逗号,分号;冒号:', '引号"双"与\'单\'', '换行\n第二行\r\n第三行', '=SUM(A1:A9)', '+86 电话', '-减号开头', '@提及', '长'.repeat(5000)];
  return titles.map((title, index) => ({ ...base, id: `hostile-${index}`, title, acceptance: `=HYPERLINK("http://x","点")${index}` }));
}
