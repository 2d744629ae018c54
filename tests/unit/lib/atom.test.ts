/** The Atom feed writer (src/lib/atom.ts). */
import { describe, expect, it } from 'vitest';
import { atomFeed, xmlEscape } from '~/lib/atom';

describe('Atom', () => {
  it('escapes every value', () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const feed = atomFeed({ id: 'tag:x,2022:feed', title: 'A & B', link: 'http://h/', self: 'http://h/f.xml', updated: '2022-05-12T10:00:00+08:00', entries: [] });
    expect(feed).toContain('<title>A &amp; B</title>');
  });
});
