/**
 * Running rules (src/check/rule.ts): a rule that throws becomes one problem line naming the rule
 * and the file it was checking, and every other problem is still listed.
 */
import { describe, expect, it } from 'vitest';
import { runRules, type Rule } from '~/check/rule';
import { formatProblem, sortProblems } from '~/lib/problems';
import { inlineSite, task } from './inlineSite';

describe('runRules', () => {
  it('reports a rule that throws on the file it was checking, and keeps every other problem', () => {
    const fine: Rule = (site, report) => site.tasks.forEach((entry) => report(entry, 'title', '照常报告'));
    const broken: Rule = (site, report) => {
      for (const entry of site.tasks) {
        if (entry.data.title === '出错') throw new TypeError('cannot read properties of undefined\n    at rule (x.ts:1:1)');
        report(entry, '', '出错之前报告的问题');
      }
    };
    const site = inlineSite({ tasks: { a: task(), b: task({ title: '出错' }), c: task() } });
    expect(sortProblems(runRules(site, { fine, broken })).map(formatProblem)).toEqual([
      'content/tasks/a.md: 出错之前报告的问题',
      'content/tasks/a.md: title: 照常报告',
      'content/tasks/b.md: 内部错误：检查规则 broken 在检查此文件时出错（TypeError: cannot read properties of undefined at rule (x.ts:1:1)）。其他问题照常列出；请先核对此文件的写法，并把这一行告知维护人员',
      'content/tasks/b.md: title: 照常报告',
      'content/tasks/c.md: title: 照常报告',
    ]);
  });

  it('reports on content/ a rule that throws before it looks at any entry', () => {
    const early: Rule = () => {
      throw new Error('boom');
    };
    expect(runRules(inlineSite({}), { early }).map(formatProblem)).toEqual([
      'content: 内部错误：检查规则 early 在检查此文件时出错（Error: boom）。其他问题照常列出；请先核对此文件的写法，并把这一行告知维护人员',
    ]);
  });
});
