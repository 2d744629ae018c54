/** Long lists cut into pages, and the page routes (src/lib/paging.ts). */
import { describe, expect, it } from 'vitest';
import { pageNumber, pageParam, pagePath, paginate } from '~/lib/paging';

describe('paging', () => {
  it('splits lists into pages', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
    expect([pageParam(1), pageParam(3), pageNumber(undefined), pageNumber('page/3'), pagePath('tasks/', 1), pagePath('tasks/', 2)]).toEqual([undefined, 'page/3', 1, 3, 'tasks/', 'tasks/page/2/']);
  });
});
