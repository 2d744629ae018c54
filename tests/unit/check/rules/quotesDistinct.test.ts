import { describe, expect, it } from 'vitest';
import { quotesDistinct } from '~/check/rules/quotesDistinct';
import { problems, task } from '../inlineSite';

describe('quotesDistinct', () => {
  it('accepts tasks quoting different parts of one sentence, or the same words of another meeting', () => {
    expect(problems(quotesDistinct, {
      tasks: {
        a: task({ source: { meeting: 'm', quote: '各单位要在5月19日前' } }),
        b: task({ source: { meeting: 'm', quote: '完成自查' } }),
        c: task({ source: { meeting: 'n', quote: '完成自查' } }),
      },
    })).toEqual([]);
  });

  it('reports every later task with the first task\'s quote', () => {
    expect(problems(quotesDistinct, { tasks: { a: task(), b: task(), c: task() } })).toEqual([
      'content/tasks/b.md: source.quote: 与 content/tasks/a.md 的引文相同（同一句话只对应一个任务；如需拆分，各自引用不同的部分）',
      'content/tasks/c.md: source.quote: 与 content/tasks/a.md 的引文相同（同一句话只对应一个任务；如需拆分，各自引用不同的部分）',
    ]);
  });
});
