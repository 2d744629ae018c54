/** Recent changes as an Atom feed, one entry per entry a commit changed (src/lib/changeFeed.ts). */
import { describe, expect, it } from 'vitest';
import type { EntryChange } from '~/lib/changes';
import { changeFeed, type ChangeFeedOptions } from '~/lib/changeFeed';

const commit = (hash: string, time: string, subject: string) => ({ hash, short: hash.slice(0, 7), date: time.slice(0, 10), time, author: '编辑甲', subject });

/** Newest first, as the site hands them over: a task removed, and a task whose deadline moved. */
const changes: EntryChange[] = [
  { commit: commit('bbbbbbbbbb', '2022-05-13T10:00:00+08:00', '删除任务乙'), path: 'content/tasks/yi.md', entry: { collection: 'tasks', id: 'yi' }, status: 'deleted', fields: [], units: [] },
  {
    commit: commit('aaaaaaaaaa', '2022-05-12T10:00:00+08:00', '驻点时限改为5月25日'),
    path: 'content/tasks/zhudian.md',
    entry: { collection: 'tasks', id: 'zhudian' },
    status: 'modified',
    fields: [
      { field: 'date', parts: [{ kind: 'removed', text: '2022-05-19' }, { kind: 'inserted', text: '2022-05-25' }] },
      { field: '', parts: [{ kind: 'same', text: '正文' }, { kind: 'inserted', text: '<b>' }] },
    ],
    units: ['gongan'],
  },
];

const options: ChangeFeedOptions = {
  id: 'tag:duban,2022:feed/changes.xml',
  title: '某区督办 · 最近更新',
  link: 'https://h.invalid/ducha/changes/',
  self: 'https://h.invalid/ducha/changes.xml',
  url: (path) => `https://h.invalid/ducha/${path}`,
  // The removed task has no page any more: it is named by its id and links to the home page.
  describe: (change) => (change.entry.id === 'zhudian' ? { title: '驻点', path: 'tasks/zhudian/' } : { title: change.entry.id, path: undefined }),
  status: { added: '新增', modified: '修改', deleted: '删除' },
  emptyUpdated: '2022-05-17T00:00:00+08:00',
};

describe('changeFeed', () => {
  it('writes one entry per change, with a stable id, the status in the title and the word diff in the summary', () => {
    expect(changeFeed(changes, options)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
        '  <id>tag:duban,2022:feed/changes.xml</id>',
        '  <title>某区督办 · 最近更新</title>',
        '  <updated>2022-05-13T10:00:00+08:00</updated>',
        '  <link rel="alternate" href="https://h.invalid/ducha/changes/"/>',
        '  <link rel="self" href="https://h.invalid/ducha/changes.xml"/>',
        '  <entry>',
        '    <id>tag:duban,2022:change/bbbbbbbbbb/content/tasks/yi.md</id>',
        '    <title>删除：yi</title>',
        '    <updated>2022-05-13T10:00:00+08:00</updated>',
        '    <link rel="alternate" href="https://h.invalid/ducha/"/>',
        '    <author><name>编辑甲</name></author>',
        '    <summary>删除任务乙</summary>',
        '  </entry>',
        '  <entry>',
        '    <id>tag:duban,2022:change/aaaaaaaaaa/content/tasks/zhudian.md</id>',
        '    <title>修改：驻点</title>',
        '    <updated>2022-05-12T10:00:00+08:00</updated>',
        '    <link rel="alternate" href="https://h.invalid/ducha/tasks/zhudian/"/>',
        '    <author><name>编辑甲</name></author>',
        '    <summary>驻点时限改为5月25日\ndate: [-2022-05-19-]{+2022-05-25+}\n正文{+&lt;b&gt;+}</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('is dated by the build when there is no change', () => {
    const feed = changeFeed([], options);
    expect(feed).toContain('  <updated>2022-05-17T00:00:00+08:00</updated>\n');
    expect(feed).not.toContain('<entry>');
  });
});
