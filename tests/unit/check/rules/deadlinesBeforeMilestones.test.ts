import { describe, expect, it } from 'vitest';
import { deadlinesBeforeMilestones } from '~/check/rules/deadlinesBeforeMilestones';
import { meeting, milestone, problems, task } from '../inlineSite';

const milestones = [milestone('jinzhu', { name: '督察组进驻', date: '2022-05-20' }), milestone('xiachen', { name: '下沉督察', date: '2022-05-25' })];

describe('deadlinesBeforeMilestones', () => {
  it('accepts deadlines on or before the milestone their wording names, and any it cannot date', () => {
    expect(problems(deadlinesBeforeMilestones, {
      meetings: { m: meeting() },
      milestones: [...milestones, milestone('huitou', { name: '回头看', date: null })],
      tasks: {
        same: task({ deadline: { date: '2022-05-25', text: '下沉督察之前' } }),
        offset: task({ deadline: { milestone: 'jinzhu', offsetDays: 5, text: '下沉督察前' } }),
        undated: task({ deadline: { milestone: 'huitou', text: '下沉督察前' } }),
        unnamed: task({ deadline: { date: '2022-06-30', text: '6月底前' } }),
        unknownDate: task({ deadline: { date: '2022-06-30', text: '回头看之前' } }),
      },
    })).toEqual([]);
  });

  it('rejects a date past the milestone, however the deadline resolves', () => {
    expect(problems(deadlinesBeforeMilestones, {
      meetings: { m: meeting({ date: '2022-05-22' }) },
      milestones,
      tasks: {
        date: task({ deadline: { date: '2022-06-01', text: '力争在下沉督察之前' } }),
        offset: task({ deadline: { milestone: 'jinzhu', offsetDays: 10, text: '下沉督察 前' } }),
        immediate: task({ deadline: { immediate: true, text: '会后立即，督察组进驻前' } }),
      },
    })).toEqual([
      'content/tasks/date.md: deadline: 时限（2022-06-01）晚于“下沉督察”（2022-05-25），而原话要求在其之前（请改日期或原话）',
      'content/tasks/immediate.md: deadline: 时限（2022-05-22）晚于“督察组进驻”（2022-05-20），而原话要求在其之前（请改日期或原话）',
      'content/tasks/offset.md: deadline: 时限（2022-05-30）晚于“下沉督察”（2022-05-25），而原话要求在其之前（请改日期或原话）',
    ]);
  });

  it('reports once, for the first milestone the date falls after', () => {
    expect(problems(deadlinesBeforeMilestones, {
      milestones: [milestone('late', { name: '回头看', date: '2022-07-01' }), ...milestones],
      tasks: { t: task({ deadline: { date: '2022-06-01', text: '回头看前，最迟督察组进驻前、下沉督察前' } }) },
    })).toEqual([
      'content/tasks/t.md: deadline: 时限（2022-06-01）晚于“督察组进驻”（2022-05-20），而原话要求在其之前（请改日期或原话）',
    ]);
  });

  it('knows every way the source says before: 以前, 之前, 前, 到来之前, 不晚于, 截至', () => {
    const late = (text: string) => task({ deadline: { date: '2022-06-01', text } });
    expect(problems(deadlinesBeforeMilestones, {
      milestones,
      tasks: {
        yiqian: late('下沉督察以前'),
        daolai: late('下沉督察到来之前'),
        qianxi: late('下沉督察前夕'),
        buwanyu: late('不晚于下沉督察'),
        jiezhi: late('截至下沉督察'),
        after: late('下沉督察以后'),
        during: late('下沉督察期间'),
      },
    })).toEqual(['buwanyu', 'daolai', 'jiezhi', 'qianxi', 'yiqian'].map((id) =>
      `content/tasks/${id}.md: deadline: 时限（2022-06-01）晚于“下沉督察”（2022-05-25），而原话要求在其之前（请改日期或原话）`,
    ));
  });
});
