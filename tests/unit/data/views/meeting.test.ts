import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { meetingPage } from '~/data/views/meeting';
import { milestonesPage } from '~/data/views/milestones';
import { fixtureEntries } from '../fixture';
import { withSecondMeeting } from '../secondMeeting';

const site = indexSite(fixtureEntries());

/** The fixture with two restorations: 抓好 (p2) and 反映 (p3) were 抓紧 and 反应 in the copy. */
function restoredSite() {
  const entries = fixtureEntries();
  const [meeting] = entries.meetings;
  const restorations = [
    { copy: '要抓紧整改', standard: '要抓好整改' },
    { copy: '要真实反应', standard: '要真实反映' },
  ];
  return indexSite({ ...entries, meetings: [{ ...meeting!, data: { ...meeting!.data, restorations } }] });
}

describe('meetingPage', () => {
  it('lists what came from the meeting: its directives, its tasks with their units and deadlines, its checklists', () => {
    const two = indexSite(withSecondMeeting());
    const second = meetingPage(two, 'm2');
    expect(second.dateText).toBe('2022年7月15日');
    expect(second.directives.map((directive) => [directive.id, directive.heading, directive.taskCount])).toEqual([
      ['jiakuai', '一、要加快整改', 2],
      ['dubang', '二、要严格督办', 1],
    ]);
    expect(second.tasks.map((row) => [row.id, row.leads, row.deadline.text, row.resolved.date, row.meeting])).toEqual([
      ['tuijin', ['a'], '会后立即', '2022-07-15', 'm2'],
      ['wancheng', ['c'], '7月31日前', '2022-07-31', 'm2'],
      ['zhoubao', ['b'], '今天会议以后', null, 'm2'],
    ]);
    expect(second.checklists).toEqual([{ id: 'kaohe', title: '督办考核', itemCount: 1 }]);
    const first = meetingPage(two, 'm');
    expect([first.tasks.map((row) => row.id), first.checklists.map((checklist) => checklist.id)]).toEqual([
      ['zicha', 'taizhang', 'zhenggai', 'koujing', 'zhuanban', 'changqi'],
      ['taizhang', 'zhenban'],
    ]);
    expect(meetingPage(indexSite(withSecondMeeting(null)), 'm2').dateText).toBe('日期原稿未载明');
  });

  it('numbers the transcript and lists the paragraphs no task reflects, with why', () => {
    const view = meetingPage(site, 'm');
    expect(view.paragraphs.map((paragraph) => paragraph.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(view.paragraphs[3]?.omitted).toBe(true);
    expect(view.unreflected).toEqual([{ paragraph: 'p1', why: '称呼语。' }]);
  });

  it('marks the restored words in reading order, each with its note, and keeps each paragraph\'s text whole', () => {
    const view = meetingPage(restoredSite(), 'm');
    expect(view.paragraphs.map((paragraph) => paragraph.runs)).toEqual([
      [{ text: '同志们：' }],
      [{ text: '一、要' }, { text: '抓好', restored: { copy: '抓紧', note: 1 } }, { text: '整改。各单位要在5月19日前完成自查。督察组进驻前一天报送台账。下沉督察之前完成整改。' }],
      [{ text: '二、要统一口径。台账资料要真实' }, { text: '反映', restored: { copy: '反应', note: 2 } }, { text: '。会后立即成立专班。今后要长期坚持。' }],
      [{ text: '…………' }],
    ]);
    expect(view.paragraphs[1]?.text).toBe('一、要抓好整改。各单位要在5月19日前完成自查。督察组进驻前一天报送台账。下沉督察之前完成整改。');
    expect(view.notes).toEqual([
      { number: 1, text: '抓好', copy: '抓紧', paragraph: 'p2' },
      { number: 2, text: '反映', copy: '反应', paragraph: 'p3' },
    ]);
  });

  it('has no notes when nothing was restored', () => {
    expect(meetingPage(site, 'm').notes).toEqual([]);
    expect(meetingPage(site, 'm').paragraphs[1]?.runs).toHaveLength(1);
  });

  it('refuses an unknown id', () => {
    expect(() => meetingPage(site, 'nothing')).toThrow('meetingPage: no entry "nothing"');
  });
});

describe('milestonesPage', () => {
  it('lists the milestones in the index order, each at the paragraph that names it', () => {
    expect(milestonesPage(site).rows.map(({ milestone, paragraph }) => [milestone.id, paragraph?.id])).toEqual([
      ['jinzhu', 'p2'],
      ['xiachen', 'p2'],
      ['changqi', 'p3'],
    ]);
  });
});
