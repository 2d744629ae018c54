import { describe, expect, it } from 'vitest';
import { pagedTitle } from '~/data/views/paged';

describe('pagedTitle', () => {
  it('adds the page number only when the list has more than one page', () => {
    expect(pagedTitle('全部任务', 1, 1)).toBe('全部任务');
    expect(pagedTitle('全部任务', 2, 3)).toBe('全部任务（第 2 / 3 页）');
  });
});
