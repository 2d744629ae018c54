/** Recent changes as an Atom feed: one entry per entry a publication changed. */
import { atomFeed } from './atom.ts';
import type { EntryChange } from './changes.ts';

/** What the feed needs besides the changes. */
export interface ChangeFeedOptions {
  /** A stable IRI naming the feed. */
  id: string;
  title: string;
  /** Who publishes the feed (the site's name). */
  author: string;
  /** Absolute (or base-relative) URLs of the page and of the feed. */
  link: string;
  self: string;
  /** Resolves a site path (`tasks/x/`) to a URL like `link`. */
  url: (path: string) => string;
  /** A change in words: its title, its page while the entry exists, and its lines. */
  describe: (change: EntryChange) => { title: string; path: string | undefined; summary: string };
  /** The updated time of an empty feed. */
  emptyUpdated: string;
}

/** The Atom document for `changes`. */
export function changeFeed(changes: readonly EntryChange[], options: ChangeFeedOptions): string {
  return atomFeed({
    id: options.id,
    title: options.title,
    author: options.author,
    link: options.link,
    self: options.self,
    updated: changes[0]?.commit.time ?? options.emptyUpdated,
    entries: changes.map((change) => {
      const { title, path, summary } = options.describe(change);
      return {
        // The publication's time and the entry name a change for good, and say nothing of git.
        id: `tag:duban,2022:change/${change.commit.time}/${change.entry.collection}/${change.entry.id}`,
        title,
        updated: change.commit.time,
        link: options.url(path ?? ''),
        summary,
      };
    }),
  });
}
