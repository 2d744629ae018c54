import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { cellWord, matrixPage, matrixPaths, matrixSheets, type MatrixPage } from '~/data/views/matrix';
import { fixtureEntries, withManyTasks } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

const site = indexSite(fixtureEntries());
/** The page's rows, whatever meeting they are under. */
const rowsOf = (view: MatrixPage) => view.groups.flatMap((group) => group.rows);
const words = (row: MatrixPage['groups'][number]['rows'][number]) => row.cells.map((cell) => (cell === undefined ? '' : cellWord(cell)));

describe('matrixPage', () => {
  it('gives a column to each unit the page names, in the unit index order, and each cell its role', () => {
    const view = matrixPage(site, site.content.tasks);
    expect(view.units).toEqual(['a', 'b', 'c', 'bumen', 'all']);
    expect(view.groups.map((group) => group.heading)).toEqual([undefined]);
    expect(rowsOf(view).map((row) => [row.taskId, row.title, words(row)])).toEqual([
      ['zicha', '完成自查', ['', '', '', '', '牵头']],
      ['taizhang', '报送台账', ['牵头', '配合', '', '', '']],
      ['zhenggai', '完成整改', ['配合', '', '', '牵头', '']],
      ['koujing', '统一口径', ['牵头', '', '', '', '']],
      ['zhuanban', '成立专班', ['', '牵头', '督办', '', '']],
      ['changqi', '长期坚持', ['', '', '牵头', '', '']],
    ]);
  });

  it('expanded, gives each member unit its column and says where it acts as a member', () => {
    const view = matrixPage(site, site.content.tasks, true);
    expect(view.units).toEqual(['a', 'b', 'c']);
    expect(rowsOf(view).map((row) => [row.taskId, words(row)])).toEqual([
      ['zicha', ['成员', '成员', '成员']],
      ['taizhang', ['牵头', '配合', '']],
      ['zhenggai', ['配合', '成员', '']],
      ['koujing', ['牵头', '', '']],
      ['zhuanban', ['', '牵头', '督办']],
      ['changqi', ['', '', '牵头']],
    ]);
    expect(cellWord({ role: '配合', member: true })).toBe('成员配合');
  });

  it('has a route for each page of each view, the expanded one under members/', () => {
    const paths = matrixPaths(indexSite(withManyTasks(100, '2022-05-01')));
    expect(paths.map(({ params, props }) => [params.page, props.page, props.pages, props.expanded, props.items.length])).toEqual([
      [undefined, 1, 2, false, 100],
      ['page/2', 2, 2, false, 6],
      ['members', 1, 2, true, 100],
      ['members/page/2', 2, 2, true, 6],
    ]);
  });

  it('makes the workbook: a sheet as named and one expanded, numbered, with short unit names', () => {
    const [named, members] = matrixSheets(site);
    expect([named!.name, named!.header]).toEqual(['责任分工表', ['序号', '任务', '区甲局', '区乙局', '丙镇', '各部门', '各单位']]);
    expect(named!.rows[0]).toEqual([1, '完成自查', '', '', '', '', '牵头']);
    expect([members!.name, members!.header, members!.rows[5]]).toEqual(['展开单位组', ['序号', '任务', '区甲局', '区乙局', '丙镇'], [6, '长期坚持', '', '', '牵头□']]);
  });

  it('writes each reporting unit’s state as a symbol after its role, and a sheet with the legend', () => {
    const [named, members, legend] = matrixSheets(site);
    // taizhang: a 推进中, b not reported; koujing: a signed off; zhuanban: b claims it done, c (督办) does not report.
    expect([named!.rows[1], named!.rows[3], named!.rows[4]]).toEqual([
      [2, '报送台账', '牵头◐', '配合□', '', '', ''],
      [4, '统一口径', '牵头✔', '', '', '', ''],
      [5, '成立专班', '', '牵头●', '督办', '', ''],
    ]);
    expect(members!.rows[0]).toEqual([1, '完成自查', '成员□', '成员□', '成员□']);
    expect([legend!.name, legend!.header, legend!.rows]).toEqual([
      '图例',
      ['序号', '落实情况图例（格中角色后的符号，为该单位最新报送或销号的情况）'],
      [[1, '□ 尚未报送'], [2, '○ 未启动'], [3, '◐ 推进中'], [4, '↺ 退回'], [5, '● 已完成待销号'], [6, '◉ 申请销号'], [7, '✔ 已销号']],
    ]);
  });

  it('gives each cell where the unit reports its state, and none to a group', () => {
    const view = matrixPage(site, site.content.tasks);
    expect(rowsOf(view)[0]!.cells[4]).toEqual({ role: '牵头', member: false, progress: undefined });
    expect(rowsOf(view)[1]!.cells[0]).toEqual({ role: '牵头', member: false, progress: 'underway' });
  });

  it('with several meetings, puts each meeting\'s tasks under a row naming it, saying where one goes on from an earlier page', () => {
    const two = indexSite(withSecondMeeting());
    const view = matrixPage(two, two.content.tasks);
    expect([view.taskCount, view.units]).toEqual([9, ['a', 'b', 'c', 'bumen', 'all']]);
    expect(view.groups.map((group) => [group.heading, group.rows.map((row) => row.taskId)])).toEqual([
      ['测试会议（2022年5月10日）', ['zicha', 'taizhang', 'zhenggai', 'koujing', 'zhuanban', 'changqi']],
      ['区长在整改推进会上的讲话（2022年7月15日）', ['tuijin', 'wancheng', 'zhoubao']],
    ]);
    // A page that begins inside a meeting's tasks.
    expect(matrixPage(two, two.content.tasks.slice(7)).groups.map((group) => group.heading)).toEqual(['区长在整改推进会上的讲话（2022年7月15日，续）']);
    const undated = indexSite(withSecondMeeting(null));
    expect(matrixPage(undated, undated.content.tasks).groups[0]!.heading).toBe('区长在整改推进会上的讲话（日期原稿未载明）');
  });

  it('with several meetings, heads each meeting\'s tasks in the workbook too, numbering on through the sheet', () => {
    const [named] = matrixSheets(indexSite(withSecondMeeting()));
    expect(named!.rows.map((row) => ('heading' in row ? row.heading : row.slice(0, 2)))).toEqual([
      '测试会议（2022年5月10日）',
      [1, '完成自查'],
      [2, '报送台账'],
      [3, '完成整改'],
      [4, '统一口径'],
      [5, '成立专班'],
      [6, '长期坚持'],
      '区长在整改推进会上的讲话（2022年7月15日）',
      [7, '召开推进会'],
      [8, '完成整改'],
      [9, '每周报送进展'],
    ]);
  });

  it('leaves out the units no task on the page names', () => {
    expect(matrixPage(site, site.content.tasks.slice(5)).units).toEqual(['c']);
  });
});
