/** units.json: every unit and group, its groups and its tasks, in a versioned shape. */
import type { APIRoute } from 'astro';
import { generated } from '~/data/exports';
import { loadSite } from '~/data/site';
import { href, routes } from '~/lib/paths';
import { NO_TASKS } from '~/lib/units';
import { EXPORT_VERSION, type UnitsExport } from '~/schemas/export';

export const GET: APIRoute = async (context) => {
  const site = await loadSite();
  const url = (path: string) => (context.site === undefined ? href(path) : new URL(href(path), context.site).href);
  const ids = (items: readonly { taskId: string }[]) => items.map((item) => item.taskId);
  const body: UnitsExport = {
    version: EXPORT_VERSION,
    generated,
    units: site.departments.map((unit) => {
      const tasks = site.unitTasks.get(unit.id) ?? NO_TASKS;
      return {
        id: unit.id,
        name: unit.data.name,
        short: unit.data.short ?? null,
        kind: unit.data.kind,
        aliases: unit.data.aliases,
        members: unit.data.members ?? null,
        groups: site.groupsOf.get(unit.id) ?? [],
        tasks: { lead: ids(tasks.lead), support: ids(tasks.support), viaGroup: ids(tasks.viaGroup) },
        url: url(routes.unit(unit.id)),
      };
    }),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
