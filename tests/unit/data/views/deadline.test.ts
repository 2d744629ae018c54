import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { deadlineView } from '~/data/views/deadline';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());
const view = (id: string) => {
  const task = site.content.taskById.get(id)!;
  return deadlineView(site.content, task.data.deadline, site.relations.deadlines.get(id));
};

describe('deadlineView', () => {
  it('gives the date when known, saying when its year is inferred', () => {
    expect(view('zicha')).toEqual({ date: '2022-05-19', inferred: true, waitsFor: undefined, kindLabel: undefined });
    expect(view('taizhang')).toEqual({ date: '2022-05-24', inferred: false, waitsFor: undefined, kindLabel: undefined });
  });

  it('names the undated milestone a deadline waits for', () => {
    expect(view('zhenggai')).toEqual({ date: null, inferred: false, waitsFor: { id: 'xiachen', name: '下沉督察' }, kindLabel: undefined });
  });

  it('adds the kind to an undated deadline only where the wording does not say it already', () => {
    expect(view('changqi').kindLabel).toBe('未规定时限');
    expect(deadlineView(site.content, { kind: 'unspecified', text: '讲话未规定时限' }, { date: null, inferred: false }).kindLabel).toBeUndefined();
    expect(deadlineView(site.content, { kind: 'immediate', text: '立即' }, { date: null, inferred: false }).kindLabel).toBe('会后立即');
    // 会后立即 with the meeting's date: the date says it all.
    expect(view('zhuanban')).toEqual({ date: '2022-05-10', inferred: false, waitsFor: undefined, kindLabel: undefined });
  });
});
