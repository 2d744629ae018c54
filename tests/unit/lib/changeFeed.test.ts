/** Recent changes as an Atom feed, one entry per entry a publication changed (src/lib/changeFeed.ts). */
import { describe, expect, it } from 'vitest';
import type { EntryChange } from '~/lib/changes';
import { changeFeed, type ChangeFeedOptions } from '~/lib/changeFeed';

const commit = (hash: string, time: string) => ({ hash, date: time.slice(0, 10), time, note: undefined });

/** Newest first, as the site hands them over: a task removed, and a task whose deadline moved. */
const changes: EntryChange[] = [
  { commit: commit('bbbbbbbbbb', '2022-05-13T10:00:00+08:00'), entry: { collection: 'tasks', id: 'yi' }, status: 'deleted', title: '乙', fields: [], units: [], unitNames: {} },
  {
    commit: commit('aaaaaaaaaa', '2022-05-12T10:00:00+08:00'),
    entry: { collection: 'tasks', id: 'zhudian' },
    status: 'modified',
    title: '驻点',
    fields: [{ path: ['deadline'], kind: 'value', before: { kind: 'text', text: '5月19日前' }, after: { kind: 'text', text: '5月25日前' } }],
    units: ['gongan'],
    unitNames: {},
  },
];

const options: ChangeFeedOptions = {
  id: 'tag:duban,2022:feed/changes.xml',
  title: '某区督办 · 最近更新',
  author: '某区督办',
  link: 'https://h.invalid/ducha/changes/',
  self: 'https://h.invalid/ducha/changes.xml',
  url: (path) => `https://h.invalid/ducha/${path}`,
  // The removed task has no page any more: it links to the home page.
  describe: (change) =>
    change.entry.id === 'zhudian' ? { title: '修改任务：驻点', path: 'tasks/zhudian/', summary: '时限：5月19日前 → 5月25日前 <b>' } : { title: `删除任务：${change.title}`, path: undefined, summary: '删除任务' },
  emptyUpdated: '2022-05-17T00:00:00+08:00',
};

describe('changeFeed', () => {
  it('writes one entry per change, with a stable id that names no commit, the site as author, and the words it is given', () => {
    expect(changeFeed(changes, options)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
        '  <id>tag:duban,2022:feed/changes.xml</id>',
        '  <title>某区督办 · 最近更新</title>',
        '  <updated>2022-05-13T10:00:00+08:00</updated>',
        '  <link rel="alternate" href="https://h.invalid/ducha/changes/"/>',
        '  <link rel="self" href="https://h.invalid/ducha/changes.xml"/>',
        '  <author><name>某区督办</name></author>',
        '  <entry>',
        '    <id>tag:duban,2022:change/2022-05-13T10:00:00+08:00/tasks/yi</id>',
        '    <title>删除任务：乙</title>',
        '    <updated>2022-05-13T10:00:00+08:00</updated>',
        '    <link rel="alternate" href="https://h.invalid/ducha/"/>',
        '    <summary>删除任务</summary>',
        '  </entry>',
        '  <entry>',
        '    <id>tag:duban,2022:change/2022-05-12T10:00:00+08:00/tasks/zhudian</id>',
        '    <title>修改任务：驻点</title>',
        '    <updated>2022-05-12T10:00:00+08:00</updated>',
        '    <link rel="alternate" href="https://h.invalid/ducha/tasks/zhudian/"/>',
        '    <summary>时限：5月19日前 → 5月25日前 &lt;b&gt;</summary>',
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
