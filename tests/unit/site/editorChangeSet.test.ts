/**
 * The realistic editor's change set of issue 14 (tests/support/editorChangeSet.ts) on a copy of
 * the real content: a second meeting, a deadline moved by a day, a unit renamed. The copy passes
 * the check as CI runs it (the published record included), the site index holds both meetings,
 * the moved date and the new name, and the site builds with a page for each new entry. The exact
 * values are the change set's own; of today's content only what the change set edits is assumed,
 * and applying says which file no longer holds it. Where the change set is already published (the
 * clone of README's "Testing"), applying changes nothing and the same assertions hold.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, ROOT } from '../../../scripts/bench/site.ts';
import { applyEditorChangeSet } from '../../support/editorChangeSet.ts';
import { checkContent, type CheckResult } from '~/check/checkContent';
import { indexChecked, type Site } from '~/data/site';
import { projectAround } from './project';

/** A copy of the real content/ in a project folder of its own. */
function copyOfContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-change-set-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Every file under `dir` with its text: what applying may change. */
function files(dir: string): string[][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => [file, statSync(join(dir, file)).isFile() ? readFileSync(join(dir, file), 'utf8') : '']);
}

const roots: string[] = [];
const before = checkContent(ROOT, { base: null });
let root = '';
let checked: CheckResult;
let site: Site;

beforeAll(() => {
  root = copyOfContent();
  roots.push(root);
  applyEditorChangeSet(join(root, 'content'));
  checked = checkContent(root, { base: null, verifyPublished: true });
  site = indexChecked(checked.content);
});

afterAll(() => {
  for (const each of roots) rmSync(each, { recursive: true, force: true });
});

describe("the editor's change set on a copy of content/", () => {
  it('passes the check as CI runs it, published record included', () => {
    expect(checked.problems).toEqual([]);
  });

  it('adds the 整改推进会 beside the meetings there were, with its four directives and nine tasks', () => {
    const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id).sort();
    expect(ids(site.content.meetings)).toEqual([...new Set([...ids(before.content.meetings), 'zhenggai-tuijin'])].sort());
    const meeting = site.content.meetingById.get('zhenggai-tuijin')!;
    expect([meeting.data.date, meeting.data.host]).toEqual(['2022-07-15', '区长']);
    const directives = site.content.directives.filter((directive) => directive.data.meeting === 'zhenggai-tuijin');
    expect(directives.map((directive) => [directive.data.number, directive.data.title])).toEqual([
      [1, '要提高政治站位'],
      [2, '要聚焦反馈问题'],
      [3, '要压实整改责任'],
      [4, '要建立长效机制'],
    ]);
    const tasks = directives.flatMap((directive) => site.relations.tasksByDirective.get(directive.id) ?? []);
    expect(tasks.map((task) => task.id)).toEqual([
      'zhuanti-huiyi',
      'zhenggai-qingdan',
      'zhenggai-fangan-beian',
      'paiwukou-paicha',
      'lixing-ligai',
      'zhenggai-tongbao',
      'zhenggai-wenze',
      'changxiao-jianguan',
      'dingqi-huitoukan',
    ]);
    expect(ids(site.content.tasks)).toEqual([...new Set([...ids(before.content.tasks), ...tasks.map((task) => task.id)])].sort());
  });

  it("dates the new meeting's deadlines from it: 会后立即 on the meeting day, the rest as the speech says", () => {
    const date = (id: string) => site.relations.deadlines.get(id);
    expect(date('zhuanti-huiyi')).toEqual({ date: '2022-07-15', inferred: false });
    expect(date('zhenggai-qingdan')).toEqual({ date: '2022-07-25', inferred: false });
    expect(date('paiwukou-paicha')).toEqual({ date: '2022-09-30', inferred: false });
    expect(date('lixing-ligai')).toEqual({ date: null, inferred: false });
    expect(site.content.milestoneById.get('zhenggai-yanshou')?.data.name).toBe('省环保督察反馈问题整改验收');
  });

  it('gives the two new 街道 their own task and checklist, and what 各板块 must do', () => {
    for (const unit of ['chengnan-jiedao', 'chengbei-jiedao']) {
      expect(site.content.departmentById.get(unit)?.data.kind).toBe('街道');
      expect(site.relations.groupsByUnit.get(unit)).toContain('ge-bankuai');
      expect(site.relations.reach.get('paiwukou-paicha')?.get(unit)).toBe('牵头');
      expect(site.relations.reach.get('zhuanti-huiyi')?.get(unit)).toBe('牵头');
      expect(site.relations.checklistsByUnit.get(unit)?.map((checklist) => checklist.id)).toContain('paiwukou-zhengzhi');
    }
  });

  it('moves the secondment to 20 May, a date no longer inferred, and keeps the speech’s words', () => {
    const task = site.content.taskById.get('choudiao-zhudian')!;
    expect(site.relations.deadlines.get('choudiao-zhudian')).toEqual({ date: '2022-05-20', inferred: false });
    expect(task.data.deadline).toEqual({ kind: 'date', date: '2022-05-20', yearInferred: false, text: '5月19日前', adjusted: { from: '2022-05-19', reason: '经协调联络组办公室同意，延后一天', decidedOn: '2022-05-18' } });
    expect(task.data.source.quote).toContain('在5月19日前抽调到位');
  });

  it('renames 区环保局 区生态环境局 under the same id, the old name kept for search', () => {
    const unit = site.content.departmentById.get('huanbao')!;
    expect([unit.data.name, unit.data.short]).toEqual(['区生态环境局', '生态环境局']);
    expect(unit.data.aliases).toContain('区环保局');
    expect(site.content.taskById.get('choudiao-zhudian')?.data.location).toBe('huanbao');
  });

  it('builds, with a page for the new meeting, its tasks and its units', () => {
    const project = projectAround(join(root, 'content'));
    roots.push(project);
    buildProject(project);
    const page = (path: string) => readFileSync(join(project, 'dist', path, 'index.html'), 'utf8');
    expect(page('meetings/zhenggai-tuijin')).toContain('区长在全区省环保督察反馈问题整改推进会上的讲话');
    expect(page('tasks/paiwukou-paicha')).toContain('城南街道');
    expect(page('units/chengbei-jiedao')).toContain('沿河排污口排查整治');
    expect(page('units/huanbao')).toContain('区生态环境局');
  }, 120_000);
});

describe('applying it', () => {
  it('names the file whose text it expected, and leaves the copy as it was', () => {
    const other = copyOfContent();
    roots.push(other);
    const unit = join(other, 'content/departments/huanbao.yaml');
    // Another name than either the change set's old or new one: an edit made since.
    writeFileSync(unit, readFileSync(unit, 'utf8').replace(/^name: .*$/m, 'name: 区环境保护局'));
    const untouched = files(join(other, 'content'));
    expect(() => applyEditorChangeSet(join(other, 'content'))).toThrow(`${unit} no longer holds the text to edit for 区环保局 renamed 区生态环境局`);
    expect(files(join(other, 'content'))).toEqual(untouched);
  });

  it('changes nothing when applied again, so tests that apply it pass where it is published', () => {
    const once = files(join(root, 'content'));
    applyEditorChangeSet(join(root, 'content'));
    expect(files(join(root, 'content'))).toEqual(once);
  });

  it('refuses a file of the same name that is not the change set\'s', () => {
    const other = copyOfContent();
    roots.push(other);
    const checklist = join(other, 'content/checklists/paiwukou-zhengzhi.yaml');
    writeFileSync(checklist, 'title: 另一份清单\n');
    expect(() => applyEditorChangeSet(join(other, 'content'))).toThrow(`${checklist} already exists, and is not the change set's checklists/paiwukou-zhengzhi.yaml`);
  });
});
