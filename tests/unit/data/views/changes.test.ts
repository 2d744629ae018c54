import { describe, expect, it } from 'vitest';
import type { History } from '~/data/history';
import { indexSite } from '~/data/site';
import { changesPage, changeStatusWords, changeTitle, commitViews, ENTRIES_PER_COMMIT } from '~/data/views/changes';
import type { CommitChanges } from '~/lib/gitLog';
import { COMMIT, fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('commitViews', () => {
  it('groups changes by commit and names each entry, linked while it exists', () => {
    const [commit, ...rest] = commitViews(site, site.history.changes);
    expect(rest).toEqual([]);
    expect([commit!.subject, commit!.author, commit!.more]).toEqual(['调整报送台账的状态', '编辑甲', 0]);
    expect(commit!.entries.map((entry) => [entry.status, entry.title, entry.path, entry.units, entry.moreUnits])).toEqual([
      ['modified', '报送台账', 'tasks/taizhang/', ['a', 'b'], false],
      ['added', '丙镇', 'units/c/', ['c'], false],
      ['deleted', 'gone', undefined, [], false],
    ]);
    expect(commit!.entries[0]!.fields.map((field) => field.field)).toEqual(['status']);
  });

  it('lists at most twenty entries of a commit, the first five units of each, and counts the rest', () => {
    const files = Array.from({ length: ENTRIES_PER_COMMIT + 3 }, (_, index) => ({ path: `content/tasks/t${index}.md`, status: 'added' as const, lines: [] }));
    files[0] = { path: 'content/tasks/zicha.md', status: 'added', lines: [] };
    const big: CommitChanges = { ...COMMIT, files };
    const bigSite = indexSite(fixtureEntries({ available: true, last: new Map(), recent: [big] }));
    const [commit] = commitViews(bigSite, bigSite.history.changes);
    expect([commit!.entries.length, commit!.more]).toEqual([ENTRIES_PER_COMMIT, 3]);
    expect([commit!.entries[0]!.units.length, commit!.entries[0]!.moreUnits]).toEqual([5, false]);
  });
});

describe('changeTitle', () => {
  it('names the milestone list, which has no single entry, by what it is', () => {
    const [change] = indexSite(fixtureEntries({ available: true, last: new Map(), recent: [{ ...COMMIT, files: [{ path: 'content/milestones.yaml', status: 'modified', lines: [] }] }] })).history.changes;
    expect(changeTitle(site, change!)).toEqual({ title: '时间节点', path: 'milestones/' });
    expect(changeStatusWords()).toEqual({ added: '新增', modified: '修改', deleted: '删除' });
  });
});

describe('changesPage', () => {
  it('counts the changes per single unit, most first, leaving groups out', () => {
    const second: CommitChanges = { ...COMMIT, hash: 'def', files: [{ path: 'content/tasks/zicha.md', status: 'modified', lines: [] }] };
    const history: History = { available: true, last: new Map(), recent: [second, COMMIT] };
    const view = changesPage(indexSite(fixtureEntries(history)));
    expect(view.changes).toHaveLength(4);
    expect(view.units).toEqual([
      { id: 'b', count: 2 },
      { id: 'a', count: 2 },
      { id: 'c', count: 2 },
    ]);
  });
});
