/** The unit index (every unit and group by kind, with its task counts) and units.json. */
import { t } from '../../i18n/t.ts';
import { routes } from '../../lib/paths.ts';
import { NO_ASSIGNMENTS } from '../../lib/units.ts';
import type { DepartmentKind } from '../../schemas/department.ts';
import { EXPORT_VERSION, type UnitsExport } from '../../schemas/export.ts';
import type { Site } from '../site.ts';

/** What the unit index shows: per kind, each unit's name and how many tasks reach it. */
export interface UnitIndexPage {
  kinds: readonly { kind: DepartmentKind; units: readonly { id: string; name: string; counts: string }[] }[];
}

/** The unit index's view. */
export function unitIndexPage(site: Site): UnitIndexPage {
  return {
    kinds: site.content.departmentsByKind.map(([kind, units]) => ({
      kind,
      units: units.map((unit) => {
        const tasks = site.relations.assignments.get(unit.id) ?? NO_ASSIGNMENTS;
        return { id: unit.id, name: unit.data.name, counts: t('units.counts', { lead: tasks.lead.length, support: tasks.support.length, via: tasks.viaGroup.length }) };
      }),
    })),
  };
}

/** units.json: every unit and group, its groups and tasks; `url` turns a site path into a link. */
export function unitsExport(site: Site, generated: string, url: (path: string) => string): UnitsExport {
  const ids = (items: readonly { taskId: string }[]) => items.map((item) => item.taskId);
  return {
    version: EXPORT_VERSION,
    generated,
    units: site.content.departments.map((unit) => {
      const tasks = site.relations.assignments.get(unit.id) ?? NO_ASSIGNMENTS;
      return {
        id: unit.id,
        name: unit.data.name,
        short: unit.data.short ?? null,
        kind: unit.data.kind,
        aliases: unit.data.aliases,
        members: unit.data.members ?? null,
        groups: [...(site.relations.groupsByUnit.get(unit.id) ?? [])],
        tasks: { lead: ids(tasks.lead), support: ids(tasks.support), viaGroup: ids(tasks.viaGroup) },
        url: url(routes.unit(unit.id)),
      };
    }),
  };
}
