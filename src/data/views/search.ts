/**
 * How a page is found through the search filters: the units it names itself (承担单位), apart from
 * the groups it names (所属单位组). A task addressed to 各板块各部门 is not "named" for each of its
 * thirty members: a member finds it by its group, so choosing a unit narrows to what names it.
 */
import { unitNames } from '../content.ts';
import type { Site } from '../site.ts';

/** The filter values of a page, by name; spread into the layout's `search` entry. */
export interface SearchUnits {
  units: readonly string[];
  groups: readonly string[];
}

/** Splits the units and groups a page names (ids, repeats allowed) into the two filters. */
export function searchUnits(site: Pick<Site, 'content'>, ids: Iterable<string>): SearchUnits {
  const unique = [...new Set(ids)];
  const isGroup = (id: string) => site.content.departmentById.get(id)?.data.members !== undefined;
  return { units: unitNames(site.content, unique.filter((id) => !isGroup(id))), groups: unitNames(site.content, unique.filter(isGroup)) };
}
