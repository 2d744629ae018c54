/**
 * An Atom 1.0 feed (RFC 4287) as text, every value escaped.
 * Kept by hand: Astro's feed helper writes RSS; this writes Atom with the stable ids we give it.
 */

/** One entry of the feed. */
export interface AtomEntry {
  /** A permanent, unique IRI, e.g. `tag:duban,2022:change/<time>/tasks/<id>`. */
  id: string;
  title: string;
  /** ISO 8601 time of the change. */
  updated: string;
  /** The page the entry is about. */
  link: string;
  /** Plain-text summary. */
  summary: string;
}

/** The feed's own facts. */
export interface AtomFeed {
  id: string;
  title: string;
  /** The page the feed is about, and the feed's own address. */
  link: string;
  self: string;
  /** ISO 8601; the newest entry's time, or the build time for an empty feed. */
  updated: string;
  /** Who publishes it (the site): Atom requires an author, and the feed's covers every entry. */
  author: string;
  entries: readonly AtomEntry[];
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** The feed document. */
export function atomFeed(feed: AtomFeed): string {
  const entry = (item: AtomEntry) => [
    '  <entry>',
    `    <id>${xmlEscape(item.id)}</id>`,
    `    <title>${xmlEscape(item.title)}</title>`,
    `    <updated>${xmlEscape(item.updated)}</updated>`,
    `    <link rel="alternate" href="${xmlEscape(item.link)}"/>`,
    `    <summary>${xmlEscape(item.summary)}</summary>`,
    '  </entry>',
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <updated>${xmlEscape(feed.updated)}</updated>`,
    `  <link rel="alternate" href="${xmlEscape(feed.link)}"/>`,
    `  <link rel="self" href="${xmlEscape(feed.self)}"/>`,
    `  <author><name>${xmlEscape(feed.author)}</name></author>`,
    ...feed.entries.flatMap(entry),
    '</feed>',
    '',
  ].join('\n');
}
