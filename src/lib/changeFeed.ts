/** Recent changes as an Atom feed: one entry per entry changed by a commit. */
import { atomFeed } from './atom.ts';
import type { EntryChange } from './changes.ts';

/** What the feed needs besides the changes. */
export interface ChangeFeedOptions {
  /** A stable IRI naming the feed. */
  id: string;
  title: string;
  /** Absolute (or base-relative) URLs of the page and of the feed. */
  link: string;
  self: string;
  /** Resolves a site path (`tasks/x/`) to a URL like `link`. */
  url: (path: string) => string;
  /** The title of an entry, and its path on the site when it still exists. */
  describe: (change: EntryChange) => { title: string; path: string | undefined };
  /** Words: "新增" etc. and the updated time for an empty feed. */
  status: Record<EntryChange['status'], string>;
  emptyUpdated: string;
}

/** The Atom document for `changes`. */
export function changeFeed(changes: readonly EntryChange[], options: ChangeFeedOptions): string {
  return atomFeed({
    id: options.id,
    title: options.title,
    link: options.link,
    self: options.self,
    updated: changes[0]?.commit.time ?? options.emptyUpdated,
    entries: changes.map((change) => {
      const { title, path } = options.describe(change);
      const fields = change.fields.map((field) => `${field.field === '' ? '' : `${field.field}: `}${field.parts.map((part) => (part.kind === 'removed' ? `[-${part.text}-]` : part.kind === 'inserted' ? `{+${part.text}+}` : part.text)).join('')}`);
      return {
        id: `tag:duban,2022:change/${change.commit.hash}/${change.path}`,
        title: `${options.status[change.status]}：${title}`,
        updated: change.commit.time,
        link: options.url(path ?? ''),
        summary: [change.commit.subject, ...fields].join('\n'),
        author: change.commit.author,
      };
    }),
  });
}
