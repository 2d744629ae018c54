/**
 * Issued 督查通报 against git, in a real repository holding the good fixture (第1期, dated
 * 2022-05-20; reports of unit a on 05-15 and of unit b on 05-16; b's 销号 of 05-18): what differs
 * from the base within the latest bulletin's date, through the whole check. The rule's messages
 * without git are in rules/issuedBulletinsKept.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { canonical, NOTHING_ISSUED, readIssued } from '~/check/issued';
import { readContent } from '~/check/read';
import { formatProblem } from '~/lib/problems';

const fixture = join(import.meta.dirname, '../../fixtures/good-content/content');
let root = '';
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const commit = (message: string) => git('-c', 'user.name=编辑', '-c', 'user.email=editor@example.invalid', 'commit', '-q', '-m', message);
const path = (file: string) => join(root, 'content', file);
const edit = (file: string, change: (text: string) => string) => writeFileSync(path(file), change(readFileSync(path(file), 'utf8')));
const HEAD = { ref: 'HEAD', explicit: false };
const issued = () => readIssued(root, HEAD, readContent(root).entries);
const lines = () => checkContent(root, { base: HEAD, today: '2022-06-30' }).problems.map(formatProblem);

/** A report of unit a on `date`, as the importer writes one. */
const REPORT = 'tasks:\n  - task: good\n    state: 推进中\n    progress: 已完成自查方案。\n';

/** A repository holding the good fixture, committed, without the bulletin when `bulletin` is false. */
function repository({ bulletin = true } = {}): void {
  root = mkdtempSync(join(tmpdir(), 'duban-issued-'));
  cpSync(fixture, join(root, 'content'), { recursive: true });
  if (!bulletin) rmSync(path('bulletins'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  commit('初始内容');
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readIssued', () => {
  it('finds a report added, one changed and one removed within the bulletin’s date, and a decision added; none after it', () => {
    repository();
    writeFileSync(path('reports/a/2022-05-19.yaml'), REPORT);
    writeFileSync(path('reports/a/2022-05-21.yaml'), REPORT);
    edit('reports/b/2022-05-16.yaml', (text) => text.replace('台账资料已核对', '台账资料正在核对'));
    rmSync(path('reports/a/2022-05-15.yaml'));
    edit('signoffs/good.yaml', (text) => `${text}- unit: a\n  date: 2022-05-19\n  decision: 退回\n  note: 缺少台账。\n`);
    expect(issued()).toEqual({
      bulletins: [{ id: '1', date: '2022-05-20' }],
      changes: [
        { collection: 'reports', file: 'content/reports/a/2022-05-19.yaml', at: '', unit: 'a', date: '2022-05-19', kind: 'added' },
        { collection: 'reports', file: 'content/reports/b/2022-05-16.yaml', at: '', unit: 'b', date: '2022-05-16', kind: 'changed' },
        { collection: 'signoffs', file: 'content/signoffs/good.yaml', at: '[1].', unit: 'a', date: '2022-05-19', kind: 'added' },
        { collection: 'reports', file: 'content/reports/a/2022-05-15.yaml', at: '', unit: 'a', date: '2022-05-15', kind: 'removed' },
      ],
    });
  });

  it('takes a comment or a re-indented line for no change', () => {
    repository();
    edit('reports/a/2022-05-15.yaml', (text) => `# 区甲局 5月15日报送\n${text.replace('reporter: 王某某', 'reporter:   王某某')}`);
    expect(issued().changes).toEqual([]);
  });

  it('sees nothing issued without history, and none when the bulletin comes in the same change as the reports', () => {
    root = mkdtempSync(join(tmpdir(), 'duban-issued-'));
    cpSync(fixture, join(root, 'content'), { recursive: true });
    expect(issued()).toEqual(NOTHING_ISSUED);
    rmSync(root, { recursive: true, force: true });
    repository({ bulletin: false });
    cpSync(join(fixture, 'bulletins'), path('bulletins'), { recursive: true });
    writeFileSync(path('reports/a/2022-05-19.yaml'), REPORT);
    expect(issued()).toEqual({ bulletins: [], changes: [] });
  });
});

describe('npm run check after a bulletin was issued', () => {
  it('refuses a report dated on its day added afterwards, and accepts it dated the day after', () => {
    repository();
    writeFileSync(path('reports/a/2022-05-20.yaml'), REPORT);
    expect(lines()).toEqual([
      'content/reports/a/2022-05-20.yaml: 报送日期 2022-05-20 不晚于已印发的第1期督查通报（2022-05-20），印发后补入会改变该期通报的内容（请把日期改为 2022-05-21 或以后，作为新的报送；确需更正已印发的通报，请另发一期通报说明）',
    ]);
    rmSync(path('reports/a/2022-05-20.yaml'));
    writeFileSync(path('reports/a/2022-05-21.yaml'), REPORT);
    expect(lines()).toEqual([]);
  });

  it('names a decision removed by its unit and date', () => {
    repository();
    edit('signoffs/good.yaml', () => '- unit: b\n  date: 2022-05-25\n  decision: 同意销号\n  note: 经核查，材料齐全。\n');
    expect(lines()).toEqual([
      'content/signoffs/good.yaml: 单位 b 2022-05-18 的销号决定日期 2022-05-18 不晚于已印发的第1期督查通报（2022-05-20），印发后删除会改变该期通报的内容（请恢复删去的内容；确需更正已印发的通报，请另发一期通报说明）',
    ]);
  });
});

describe('canonical', () => {
  it('writes the same data the same way, whatever the order of its keys', () => {
    expect(canonical({ b: [{ d: 1, c: 2 }], a: '甲' })).toBe('{"a":"甲","b":[{"c":2,"d":1}]}');
  });
});
