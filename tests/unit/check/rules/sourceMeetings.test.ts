import { describe, expect, it } from 'vitest';
import { sourceMeetings } from '~/check/rules/sourceMeetings';
import { directive, meeting, problems, task } from '../inlineSite';

const meetings = { m: meeting(), n: meeting({ date: '2022-06-10', body: '同志们：\n\n一、要加快整改进度。' }) };

describe('sourceMeetings', () => {
  it('accepts tasks and directives that quote the meeting they belong to', () => {
    expect(problems(sourceMeetings, {
      meetings,
      directives: { d: directive(), e: directive({ meeting: 'n', source: { meeting: 'n', quote: '一、要加快整改进度。' } }) },
      tasks: { t: task(), u: task({ directive: 'e', source: { meeting: 'n', quote: '要加快整改进度' } }) },
    })).toEqual([]);
  });

  it('names the meeting a task\'s directive and a directive belong to', () => {
    expect(problems(sourceMeetings, {
      meetings,
      directives: { d: directive(), e: directive({ meeting: 'n' }) },
      tasks: { t: task({ source: { meeting: 'n', quote: '要加快整改进度' } }) },
    })).toEqual([
      'content/directives/e.md: source.meeting: 本要求属于会议 "n"（见 meeting），出处却写会议 "m"（两处须为同一次会议：请把 source.meeting 改为 n，或改正 meeting）',
      'content/tasks/t.md: source.meeting: 所属要求 "d" 出自会议 "m"，引文却注明会议 "n"（任务的引文须出自其要求所在的会议：请改为 m；任务若出自会议 "n"，请把 directive 改为该会议的要求）',
    ]);
  });

  it('leaves a missing meeting or directive to the rule that reports it', () => {
    expect(problems(sourceMeetings, {
      meetings,
      directives: { d: directive({ meeting: 'gone' }) },
      tasks: { t: task({ source: { meeting: 'gone', quote: '完成自查' } }), u: task({ directive: 'none', source: { meeting: 'n', quote: '要加快整改进度' } }) },
    })).toEqual([]);
  });
});
