/**
 * Recent changes (最近更新): the page with its per-unit counts, the lists of changes grouped by
 * commit that the home, unit and changes pages show, and the title of a changed entry, which the
 * feeds use too.
 */
import { t } from '../../i18n/t.ts';
import type { EntryChange, FieldChange } from '../../lib/changes.ts';
import type { Commit } from '../../lib/gitLog.ts';
import { changedEntry } from '../siteHistory.ts';
import type { Site } from '../site.ts';

/** Changes listed on the changes page (the feed has the latest hundred). */
export const CHANGES_PAGE_LIMIT = 400;
/** Entries listed per commit: a commit that adds a whole collection is summarised, not listed. */
export const ENTRIES_PER_COMMIT = 20;

/** The word for each kind of change (新增, 修改, 删除), as lists and feeds show it. */
export function changeStatusWords(): Record<EntryChange['status'], string> {
  return { added: t('changes.added'), modified: t('changes.modified'), deleted: t('changes.deleted') };
}

/** The title of a changed entry, and its page while it exists. */
export function changeTitle(site: Site, change: EntryChange): { title: string; path: string | undefined } {
  const entry = changedEntry(site.content, change.entry);
  // A gone entry is named by its id; the milestone list, which has none, by what it is.
  return { title: entry?.title || change.entry.id || t('changes.milestones'), path: entry?.path };
}

/** One commit in a list of changes, with the entries it changed. */
export interface CommitView extends Commit {
  entries: readonly {
    status: EntryChange['status'];
    title: string;
    path: string | undefined;
    units: readonly string[];
    /** More units than `units` holds (the list shows the first five). */
    moreUnits: boolean;
    fields: readonly FieldChange[];
  }[];
  /** Entries of the commit beyond those listed. */
  more: number;
}

/** Changes grouped by commit (they arrive newest first, commit by commit), as a list shows them. */
export function commitViews(site: Site, changes: readonly EntryChange[]): CommitView[] {
  return [...Map.groupBy(changes, (change) => change.commit.hash).values()].map((group) => ({
    ...group[0]!.commit,
    entries: group.slice(0, ENTRIES_PER_COMMIT).map((change) => ({
      status: change.status,
      ...changeTitle(site, change),
      units: change.units.slice(0, 5),
      moreUnits: change.units.length > 5,
      fields: change.fields,
    })),
    more: Math.max(0, group.length - ENTRIES_PER_COMMIT),
  }));
}

/** What the changes page shows. */
export interface ChangesPage {
  changes: readonly EntryChange[];
  /** Single units (not groups) by how many of the changes concern them, most first. */
  units: readonly { id: string; count: number }[];
}

/** The changes page's view. */
export function changesPage(site: Site): ChangesPage {
  const { content, history } = site;
  const byUnit = new Map<string, number>();
  for (const change of history.changes) for (const unit of change.units) byUnit.set(unit, (byUnit.get(unit) ?? 0) + 1);
  return {
    changes: history.changes.slice(0, CHANGES_PAGE_LIMIT),
    units: [...byUnit]
      .filter(([id]) => content.departmentById.get(id)?.data.members === undefined)
      .sort((a, b) => b[1] - a[1])
      .map(([id, count]) => ({ id, count })),
  };
}
