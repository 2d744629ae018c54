/** Long lists cut into pages, and the page routes (src/lib/paging.ts). */
import { describe, expect, it } from 'vitest';
import { pageNumber, pageParam, pagePath, pageWindow, paginate } from '~/lib/paging';

describe('paging', () => {
  it('splits lists into pages', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
    expect([pageParam(1), pageParam(3), pageNumber(undefined), pageNumber('page/3'), pagePath('tasks/', 1), pagePath('tasks/', 2)]).toEqual([undefined, 'page/3', 1, 3, 'tasks/', 'tasks/page/2/']);
  });
});

describe('pageWindow', () => {
  it('names the first, the last and the pages near the current one, with a gap for the rest', () => {
    expect(pageWindow(1, 200, 2)).toEqual([1, 2, 3, null, 200]);
    expect(pageWindow(100, 200, 2)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pageWindow(4, 6, 2)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pageWindow(1, 1, 2)).toEqual([1]);
  });
});
