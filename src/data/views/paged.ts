/** What every paged list (tasks, matrix, timeline, a unit's tasks) says about its page. */
import { t } from '../../i18n/t.ts';

/** The page's title: the list's title, with "第 2 / 3 页" when there is more than one page. */
export function pagedTitle(title: string, page: number, pages: number): string {
  return pages > 1 ? `${title}（${t('pager.of', { page, pages })}）` : title;
}
