/** Builds the change feeds for the site and for one unit, from the site index. */
import type { APIContext } from 'astro';
import { config } from '~/config';
import { buildDate } from '~/data/build';
import { t } from '~/i18n/t';
import type { EntryChange } from '~/lib/changes';
import { changeFeed } from '~/lib/changeFeed';
import { absoluteUrl } from '~/lib/paths';
import { getSite } from './load';
import { feedEntry } from './views/changes';

/** An Atom response for `changes`, titled for `scope` ('' for the whole site). */
export async function changeFeedResponse(context: APIContext, changes: readonly EntryChange[], scope: string, pagePath: string, feedPath: string): Promise<Response> {
  const site = await getSite();
  const url = (path: string) => absoluteUrl(path, context.site);
  const name = `${config.district}${config.title}`;
  // A feed carries the latest hundred entries; readers keep what they have already fetched.
  const body = changeFeed(changes.slice(0, 100), {
    id: `tag:duban,2022:feed/${feedPath}`,
    title: `${name} · ${scope === '' ? t('changes.title') : `${scope} · ${t('changes.title')}`}`,
    author: name,
    link: url(pagePath),
    self: url(feedPath),
    url,
    describe: (change) => feedEntry(site, change),
    emptyUpdated: `${buildDate}T00:00:00+08:00`,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
