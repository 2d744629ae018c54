/**
 * The reader (src/check/read.ts) on the good fixture: what an entry looks like before its schema
 * sees it. What it reports for unreadable files is locked in by the bad corpus (contentCheck.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionPath, readCollection, readContent } from '~/check/read';

const root = join(import.meta.dirname, '../../fixtures/good-content');

describe('readCollection', () => {
  it('reads a folder: the file name is the id, the body comes without the blank lines around it', () => {
    const { entries, problems } = readCollection(root, 'directives');
    expect(problems).toEqual([]);
    expect(entries.map(({ id, file, at, body }) => ({ id, file, at, body }))).toEqual([
      { id: 'd', file: 'content/directives/d.mdx', at: '', body: '正文。' },
      { id: 'e', file: 'content/directives/e.mdx', at: '', body: '正文。' },
    ]);
  });

  it('keeps dates as the text the editor wrote, for the schema to judge', () => {
    const [task] = readCollection(root, 'tasks').entries;
    expect(task?.data).toMatchObject({ deadline: { date: '2022-05-19', yearInferred: true } });
  });

  it('reads a list file: each item is an entry, found at its index', () => {
    expect(readCollection(root, 'milestones').entries).toEqual([
      { collection: 'milestones', id: 'xiachen', file: 'content/milestones.yaml', at: '[0].', data: { id: 'xiachen', name: '下沉督察', date: null, source: { meeting: 'm', quote: '完成自查' } } },
    ]);
    expect(collectionPath('milestones')).toBe('content/milestones.yaml');
    expect(collectionPath('tasks')).toBe('content/tasks');
  });
});

describe('readContent', () => {
  it('reads every collection of the content folder', () => {
    const { entries, problems } = readContent(root);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => `${entry.collection}/${entry.id}`)).toEqual([
      'meetings/m', 'directives/d', 'directives/e', 'tasks/good', 'departments/a', 'departments/b', 'departments/g', 'checklists/good', 'milestones/xiachen',
    ]);
  });
});
