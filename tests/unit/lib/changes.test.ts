/** Commits turned into entry changes with word-diffed fields (src/lib/changes.ts). */
import { afterAll, describe, expect, it } from 'vitest';
import { entryChanges, entryOfPath } from '~/lib/changes';
import { removeTemporaryDirs, taskEditCommits } from '../helpers/gitRepository';

afterAll(removeTemporaryDirs);

describe('entryChanges', () => {
  it('diffs changed lines word by word', () => {
    const commits = taskEditCommits();
    const changes = entryChanges(commits, (entry) => (entry.id === 'a' ? ['gongan'] : []));
    const moved = changes.find((change) => change.commit.subject === '驻点时限改为5月25日')!;
    expect(moved).toMatchObject({ path: 'content/tasks/a.mdx', entry: { collection: 'tasks', id: 'a' }, status: 'modified', units: ['gongan'] });
    expect(moved.fields).toEqual([
      { field: 'date', parts: [{ kind: 'same', text: '' }, { kind: 'removed', text: '2022-05-19' }, { kind: 'inserted', text: '2022-05-25' }].filter((part) => part.text !== '') },
      { field: 'text', parts: [{ kind: 'same', text: '5月' }, { kind: 'removed', text: '19' }, { kind: 'inserted', text: '25' }, { kind: 'same', text: '日前' }] },
    ]);
    expect(changes.find((change) => change.commit.subject === '初始内容' && change.entry.id === 'a')).toMatchObject({ status: 'added', fields: [] });
  });
});

describe('entryOfPath', () => {
  it('names paths as entries', () => {
    expect(entryOfPath('content/departments/gongan.yaml')).toEqual({ collection: 'departments', id: 'gongan' });
    expect(entryOfPath('content/milestones.yaml')).toEqual({ collection: 'milestones', id: '' });
    expect(entryOfPath('src/x.ts')).toBeUndefined();
  });
});
