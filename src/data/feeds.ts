/** Builds the change feeds for the site and for one unit, from the loaded site. */
import type { APIContext } from 'astro';
import { buildDate } from '~/data/build';
import { t } from '~/i18n/t';
import type { EntryChange } from '~/lib/changes';
import { changeFeed } from '~/lib/changeFeed';
import { href } from '~/lib/paths';
import { site as config } from '~/config';
import { loadSite } from './site';

/** An Atom response for `changes`, titled for `scope` ('' for the whole site). */
export async function changeFeedResponse(context: APIContext, changes: readonly EntryChange[], scope: string, pagePath: string, feedPath: string): Promise<Response> {
  const site = await loadSite();
  const url = (path: string) => (context.site === undefined ? href(path) : new URL(href(path), context.site).href);
  // A feed carries the latest hundred entries; readers keep what they have already fetched.
  const body = changeFeed(changes.slice(0, 100), {
    id: `tag:duban,2022:feed/${feedPath}`,
    title: `${config.district}${config.title} · ${scope === '' ? t('changes.title') : `${scope} · ${t('changes.title')}`}`,
    link: url(pagePath),
    self: url(feedPath),
    url,
    describe: (change) => {
      const entry = site.describe(change.entry);
      return { title: entry?.title || change.entry.id || t('changes.milestones'), path: entry?.path };
    },
    status: { added: t('changes.added'), modified: t('changes.modified'), deleted: t('changes.deleted') },
    emptyUpdated: `${buildDate}T00:00:00+08:00`,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
