/**
 * Pages for long lists: no page lists every entry of a large collection (the task list, the
 * matrix, the timeline, a unit's tasks); each shows `PAGE_SIZE` and links to the others.
 *
 * Rows made late: Astro keeps the props of every page from getStaticPaths to the end of the
 * build, and the routes with a page per unit and hundred rows (a unit's tasks, deadlines,
 * progress, report form: thousands of pages at 200 units) would hold every row of the site in
 * memory at once. Their views give each page its rows as a getter, made when the page renders.
 */

/** Rows per page. */
export const PAGE_SIZE = 100;

/** Splits `items` into pages of `size`; always at least one page, possibly empty. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length === 0 ? [[]] : pages;
}

/** The rest parameter of page `n` of a paged route: undefined for the first page, `page/2` after. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : `page/${page}`;
}

/** The page number a rest parameter names (1 when absent). */
export function pageNumber(param: string | undefined): number {
  return param === undefined ? 1 : Number(param.replace(/^page\//, ''));
}

/** The path of page `n` under `base` (`tasks/` → `tasks/page/2/`). */
export function pagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/** The static paths of a paged route: one per page, with that page's items and its position. */
export function pagedPaths<T>(items: readonly T[], size: number = PAGE_SIZE) {
  const pages = paginate(items, size);
  return pages.map((chunk, index) => ({ params: { page: pageParam(index + 1) }, props: { items: chunk, page: index + 1, pages: pages.length } }));
}

/**
 * The page numbers a pager links to when a list has too many pages to name each (the case ledger:
 * 200 pages at 20,000 cases): the first, the last, and those within `around` of `page`, with
 * `null` where numbers are left out. Every page stays reachable, a step or a jump at a time.
 */
export function pageWindow(page: number, pages: number, around: number): (number | null)[] {
  const numbers: (number | null)[] = [];
  for (let number = 1; number <= pages; number += 1) {
    if (number === 1 || number === pages || Math.abs(number - page) <= around) numbers.push(number);
    else if (numbers.at(-1) !== null) numbers.push(null);
  }
  return numbers;
}
