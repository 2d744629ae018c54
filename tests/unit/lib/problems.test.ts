/** Problems in content as editors read them: `file: field: message` (src/lib/problems.ts). */
import { describe, expect, it } from 'vitest';
import { fieldPath, formatProblem, sortProblems, type Problem } from '~/lib/problems';

describe('fieldPath', () => {
  it('writes list positions in brackets and names after a dot', () => {
    expect(fieldPath(['responsibilities', 1, 'unit'])).toBe('responsibilities[1].unit');
    expect(fieldPath(['items', 0, 1])).toBe('items[0][1]');
    expect(fieldPath([0, 'text'])).toBe('[0].text');
    expect(fieldPath(['deadline'])).toBe('deadline');
    expect(fieldPath([])).toBe('');
  });
});

describe('formatProblem', () => {
  it('names the file and the field, or the file alone for the file as a whole', () => {
    expect(formatProblem({ file: 'content/tasks/a.md', field: 'responsibilities[0].unit', message: '找不到单位 gonan（是否为 gongan？）' }))
      .toBe('content/tasks/a.md: responsibilities[0].unit: 找不到单位 gonan（是否为 gongan？）');
    expect(formatProblem({ file: 'content/notes', field: '', message: '不是内容文件夹' })).toBe('content/notes: 不是内容文件夹');
  });
});

describe('sortProblems', () => {
  it('orders by file, then field, then message, and leaves the input as it was', () => {
    const problems: Problem[] = [
      { file: 'content/tasks/b.md', field: 'title', message: 'x' },
      { file: 'content/tasks/a.md', field: 'title', message: 'y' },
      { file: 'content/tasks/a.md', field: 'title', message: 'x' },
      { file: 'content/tasks/a.md', field: '', message: 'z' },
      { file: 'content/departments/a.yaml', field: 'name', message: 'x' },
    ];
    const before = [...problems];
    expect(sortProblems(problems).map(formatProblem)).toEqual([
      'content/departments/a.yaml: name: x',
      'content/tasks/a.md: z',
      'content/tasks/a.md: title: x',
      'content/tasks/a.md: title: y',
      'content/tasks/b.md: title: x',
    ]);
    expect(problems).toEqual(before);
  });
});
