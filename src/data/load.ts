/**
 * The Astro side of the site index: reads every collection once per build and indexes it. The
 * only module that reads `astro:content` for the pages; everything it hands on is plain data.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { readHistory } from './history.ts';
import { indexSite, type Site } from './site.ts';

let cached: Promise<{ site: Site; rendered: RenderSource }> | undefined;

/** The entries Astro can render to HTML (Markdown bodies), by id. */
interface RenderSource {
  tasks: ReadonlyMap<string, CollectionEntry<'tasks'>>;
  directives: ReadonlyMap<string, CollectionEntry<'directives'>>;
}

function load(): Promise<{ site: Site; rendered: RenderSource }> {
  cached ??= (async () => {
    const [meetings, directives, tasks, departments, checklists, milestones, bulletins, reports, signoffs, cases, casework] = await Promise.all([
      getCollection('meetings'),
      getCollection('directives'),
      getCollection('tasks'),
      getCollection('departments'),
      getCollection('checklists'),
      getCollection('milestones'),
      getCollection('bulletins'),
      getCollection('reports'),
      getCollection('signoffs'),
      getCollection('cases'),
      getCollection('casework'),
    ]);
    const site = indexSite({ meetings, directives, tasks, departments, checklists, milestones, bulletins, reports, signoffs, cases, casework, history: readHistory() });
    const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));
    return { site, rendered: { tasks: byId(tasks), directives: byId(directives) } };
  })();
  return cached;
}

/** The site index, built on the first call and shared by every page after it. */
export async function getSite(): Promise<Site> {
  return (await load()).site;
}

/** The rendered Markdown body of a task or directive, for its page. */
export async function renderBody(collection: keyof RenderSource, id: string): Promise<Awaited<ReturnType<typeof render>>> {
  const entry = (await load()).rendered[collection].get(id);
  if (entry === undefined) throw new Error(`${collection}/${id}: no such entry`);
  return render(entry);
}
