/**
 * `npm run import -- cases` end to end on a throw-away project (./caseProject.ts): a team's sheet
 * as teams write them (./caseSheets.ts: a merged title naming 第3批 and the date, a note, the
 * team's own headers, full-width 受理编号, several types and units in one cell, Excel and text
 * dates, a blank row, a 合计 row, a note under the table) becomes content/cases/3.yaml; the same
 * sheet again changes nothing; a corrected sheet changes only what it corrects, keeps the office's
 * fields and the case it dropped; and what may not change is refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { importCases } from '~/import/casesRun';
import { caseProject } from './caseProject';
import { IMPORT_DAY, TEAM_ROWS, teamSheet } from './caseSheets';

const run = async (root: string, bytes: Uint8Array, flags: { batch?: number; date?: string; partial?: boolean } = {}, name = '第3批交办件.xlsx') =>
  importCases({ root, name, bytes, partial: flags.partial ?? false, batch: flags.batch, date: flags.date, today: IMPORT_DAY });
const batchFile = (root: string, number = 3) => readFileSync(join(root, `content/cases/${number}.yaml`), 'utf8');

describe('a team’s batch sheet', () => {
  it('is written as the batch file, every case as the sheet says it', async () => {
    const root = caseProject();
    const outcome = await run(root, await teamSheet());
    expect(outcome.errors).toEqual([]);
    expect(outcome.lines).toEqual([
      '已写入 content/cases/3.yaml（第3批，2022年9月20日交办，3 件，来源：第3批交办件.xlsx）',
      '  新增 3 件：D3SX202209200001、D3SX202209200002、D3SX202209200003',
      '内容检查通过。',
      '提示：content/cases/3.yaml: cases[0].summary: 含有个人信息（手机号码 139…11）：公开的页面和下载中已自动遮盖；如不应留存，请从内容中删去',
    ]);
    expect(yaml.load(batchFile(root), { schema: yaml.CORE_SCHEMA })).toEqual({
      date: '2022-09-20',
      sheet: '第3批交办件.xlsx',
      cases: [
        // 10月5日 is the batch's own 时限 (15 days): not written.
        { id: 'D3SX202209200001', source: '来电', focus: true, region: 'c', types: ['大气', '噪声'], industry: '餐饮业', summary: '反映某饭店油烟扰民，联系电话13900001111。', lead: ['a'], assist: ['b'] },
        // Full-width id, 水污染；其他, units marked 牵头/配合 on two lines, an Excel date.
        { id: 'D3SX202209200002', source: '来信', region: 'd', types: ['水', '其他'], industry: '化工', summary: '反映某厂夜间偷排污水。\n下游河道发黑。', lead: ['a'], assist: ['b'], due: '2022-10-08' },
        // An Excel serial typed as a number.
        { id: 'D3SX202209200003', source: '来电', region: 'c', types: ['扬尘'], industry: '建筑业', summary: '反映某工地扬尘。', lead: ['b'], assist: ['a'], due: '2022-10-07' },
      ],
    });
  });

  it('imported twice, changes nothing the second time and says so', async () => {
    const root = caseProject();
    const bytes = await teamSheet();
    await run(root, bytes);
    const before = batchFile(root);
    const again = await run(root, bytes);
    expect(again).toEqual({ ok: true, lines: ['content/cases/3.yaml 已是本表的内容，未作修改（第3批，2022年9月20日交办，3 件）'], errors: [] });
    expect(batchFile(root)).toBe(before);
  });

  it('corrected, updates only the changed fields, lists them, and keeps the office’s fields and a dropped case', async () => {
    const root = caseProject();
    await run(root, await teamSheet());
    // The office publishes the first case and marks a name; the team then corrects its sheet.
    const file = join(root, 'content/cases/3.yaml');
    writeFileSync(file, batchFile(root).replace('    assist:\n      - b\n  - id: D3SX202209200002', '    assist:\n      - b\n    personalNames:\n      - 李四\n  - id: D3SX202209200002'));
    const corrected = [
      ['1', 'D3SX202209200001', '来电', '反映某饭店油烟扰民，李四多次投诉。', '丙镇', '大气', '餐饮业', '区甲局', '区乙局', '是', '10月5日'],
      TEAM_ROWS[1]!,
      [4, 'D3SX202209200004', '来电', '反映某KTV噪声扰民。', '戊街道', '噪声', '娱乐业', '区戊局', null, null, null],
    ];
    const outcome = await run(root, await teamSheet(undefined, corrected), {}, '第3批交办件（更正）.xlsx');
    expect(outcome.errors).toEqual([]);
    expect(outcome.lines.slice(0, 6)).toEqual([
      '已写入 content/cases/3.yaml（第3批，2022年9月20日交办，4 件，来源：第3批交办件（更正）.xlsx）',
      '  新增 1 件：D3SX202209200004',
      '  更新 1 件：',
      '    D3SX202209200001（第4行）：污染类型（大气、噪声 → 大气）；交办问题基本情况',
      '  与原文件相同 1 件',
      '  原有而本表没有 1 件，已保留（确已撤回的，请核实后手工删去）：D3SX202209200003',
    ]);
    const cases = (yaml.load(batchFile(root), { schema: yaml.CORE_SCHEMA }) as { cases: { id: string; types: string[]; personalNames?: string[] }[] }).cases;
    expect(cases.map((item) => item.id)).toEqual(['D3SX202209200001', 'D3SX202209200002', 'D3SX202209200003', 'D3SX202209200004']);
    expect(cases[0]).toMatchObject({ types: ['大气'], personalNames: ['李四'], summary: '反映某饭店油烟扰民，李四多次投诉。' });
  });

  it('refuses to take a unit off a case it has reported on', async () => {
    const root = caseProject({ withFixtureCases: true });
    // 第1批 again, D1 now led by 区乙局 alone: 区甲局 reported D1 on 2022-09-25.
    const rows = [
      [1, 'D1', '来电', '张三（电话13812345678，身份证320102198001011234）反映某饭店油烟和噪声扰民。', '丙镇', '大气、噪声', '餐饮业', '区乙局', null, null, null],
      [2, 'D2', '来信', '反映某化工厂向河道排放污水。', '丁街道', '水', '化工', '区乙局', null, '是', null],
      [3, 'D3', '来电', '反映某烧烤店露天烧烤。', '丙镇', '大气', '餐饮业', '丙镇', null, null, '9月25日'],
    ];
    const outcome = await run(root, await teamSheet(undefined, rows, { title: '第1批交办件', note: '2022年9月20日' }), {}, '第1批.xlsx');
    expect(outcome.errors[0]).toBe(
      '第1批.xlsx 第4行 责任单位：区甲局已于 2022年9月25日 报送 D1 的办理情况，不能从责任单位中去掉：确需更换的，请先与该单位核实，并删去或移走它的办理情况（content/casework/a/）后再导入',
    );
    expect(outcome.ok).toBe(false);
  });

  it('with --partial, writes the good rows and lists the rest', async () => {
    const root = caseProject();
    const rows = [TEAM_ROWS[0]!, [2, 'D3SX202209200002', '来信', '反映某厂偷排。', '丁街道', '噪音', '化工', '区甲局', null, null, null]];
    const outcome = await run(root, await teamSheet(undefined, rows), { partial: true });
    expect(outcome.ok).toBe(true);
    expect(outcome.lines[1]).toBe('  新增 1 件：D3SX202209200001');
    expect(outcome.errors).toEqual([
      '\n以下 1 个问题所在的行未导入（--partial）：',
      '第3批交办件.xlsx 第5行 污染类型："噪音" 不是可选的污染类型（是否想写“噪声”？可选：水、大气、土壤、噪声、生态、固废、油烟、扬尘、辐射、其他）',
    ]);
  });

  it('takes the batch and the date from the flags, and the year of a date without one from --date', async () => {
    const root = caseProject();
    const outcome = await run(root, await teamSheet(undefined, TEAM_ROWS, { title: '群众信访举报件交办表', note: '9月21日交办' }), { batch: 4, date: '2022-09-21' });
    expect(outcome.lines[0]).toBe('已写入 content/cases/4.yaml（第4批，2022年9月21日交办，3 件，来源：第3批交办件.xlsx）');
  });
});
