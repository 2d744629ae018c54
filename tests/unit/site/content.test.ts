/**
 * The real content: it passes the check, and its transcript is the scraped source with nothing
 * changed but the listed restorations (and ASCII punctuation made full-width). So the
 * restorations page is complete, and nothing was invented or lost in transcription.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { expandMembers } from '~/lib/groups';
import { markRestorations, parseTranscript } from '~/lib/transcript';

const root = join(import.meta.dirname, '../../..');
const { problems, content } = checkContent(root);
const meeting = content.meetings.find((entry) => entry.id === 'yingcha-anpai')!;

/** The scraped copy's speech (title line dropped), with ASCII punctuation made full-width. */
function scrapedParagraphs(): string[] {
  const text = readFileSync(join(root, 'tests/fixtures/source/scraped-speech.txt'), 'utf8');
  const [, ...lines] = text.split('\n');
  return lines
    .map((line) => line.trim().replaceAll(',', '，').replaceAll(':', '：').replaceAll(';', '；'))
    .filter((line) => line !== '');
}

describe('content/', () => {
  it('passes npm run check', () => {
    expect(problems).toEqual([]);
  });

  it('holds the whole meeting', () => {
    expect(content.directives.map((entry) => entry.data.title).sort()).toEqual(
      ['思想上要高度重视', '行动上要坚决有力', '责任上要压紧压实', '整改上要立行立改'].sort(),
    );
    expect(content.tasks.length).toBeGreaterThanOrEqual(25);
    expect(meeting.data.date).toBeNull();
  });

  it('assigns the secondment to the ten departments by 19 May, year marked as inferred', () => {
    const ten = ['gongan', 'fagai', 'gongxin', 'zhujian', 'chengguan', 'jiaoyun', 'shuili', 'nongye-nongcun', 'shichang-jianguan', 'wenguanglv'];
    const task = content.tasks.find((entry) => entry.data.source.quote.includes('5月19日前'))!;
    expect(task.data.deadline).toMatchObject({ kind: 'date', date: '2022-05-19', yearInferred: true });
    const leads = task.data.responsibilities.filter((line) => line.role === '牵头').map((line) => line.unit);
    expect(leads.sort()).toEqual([...ten].sort());
  });

  it('sets deadlines only where the speech does: one 会后立即, two starts, no task on the editors\' milestone', () => {
    const kinds = new Map(content.tasks.map((entry) => [entry.id, entry.data.deadline]));
    expect([...kinds].filter(([, deadline]) => deadline.kind === 'immediate').map(([id, deadline]) => [id, deadline.text])).toEqual([['zongxietiaoren-lianluoyuan', '会后立即落实']]);
    expect([...kinds].filter(([, deadline]) => deadline.kind === 'start').map(([id, deadline]) => [id, deadline.text]).sort()).toEqual([
      ['kuoda-zicha', '今天会议以后'],
      ['zicha-zijiu', '当前'],
    ]);
    // 照单全收: the speech sets no time for it; the work starts when the feedback arrives.
    expect(kinds.get('zhaodan-quanshou')).toEqual({ kind: 'unspecified', text: '讲话未规定时限' });
    expect(content.milestones.filter((entry) => entry.data.editorial).map((entry) => entry.id)).toEqual(['duchazu-jinzhu']);
    expect([...kinds.values()].filter((deadline) => deadline.kind === 'milestone').map((deadline) => deadline.milestone)).not.toContain('duchazu-jinzhu');
  });

  it('gives every 职能部门 the 总协调人/联络员 task through the group 各职能部门', () => {
    const members = new Map(content.departments.flatMap((unit) => (unit.data.members === undefined ? [] : [[unit.id, unit.data.members] as const])));
    const functional = content.departments.filter((unit) => unit.data.kind === '职能部门').map((unit) => unit.id);
    expect([...expandMembers('ge-zhineng-bumen', members)].sort()).toEqual([...functional].sort());
    expect(functional).toContain('zhengfawei');
    const network = content.tasks.find((entry) => entry.id === 'zongxietiaoren-lianluoyuan')!;
    expect(network.data.responsibilities.map((line) => line.unit)).toContain('ge-zhineng-bumen');
  });

  it('records 区环保局 as the secondment\'s place, not as a unit with a duty, and 抽调到位 on the secondment\'s checklist', () => {
    const secondment = content.tasks.find((entry) => entry.id === 'choudiao-zhudian')!;
    expect(secondment.data.location).toBe('huanbao');
    expect(secondment.data.responsibilities.map((line) => line.unit)).not.toContain('huanbao');
    const network = content.checklists.find((entry) => entry.id === 'lianluo-wangluo')!;
    expect(network.data.items.map((item) => item.id)).toEqual(['zongxietiaoren', 'lianluoyuan']);
    expect(network.data.retired).toEqual(['choudiao-daowei']);
    const ownChecklist = content.checklists.find((entry) => entry.id === secondment.data.checklist)!;
    expect(ownChecklist.data.items.map((item) => item.quote)).toContain('在5月19日前抽调到位');
  });

  it('carries the closing duty as a task for every unit, and 区委区政府\'s command on directive 三', () => {
    const support = content.tasks.find((entry) => entry.data.source.quote.includes('全力支持配合省环保督察组开展工作'))!;
    expect(support.data.responsibilities).toEqual([{ unit: 'ge-bankuai-ge-bumen', role: '牵头' }]);
    const third = content.directives.find((entry) => entry.data.number === 3)!;
    expect(third.data.command).toEqual({ unit: 'quwei-quzhengfu', quote: '各板块各部门要在区委区政府统一指挥与统筹协调下，各司其职，各负其责' });
    expect(content.departments.find((unit) => unit.id === 'quwei-quzhengfu')?.data.kind).toBe('党委政府');
  });

  it('says in an editor note where every unit name the speech does not use comes from', () => {
    const spoken = `${meeting.data.title}\n${meeting.data.body}`;
    const unexplained = content.departments.filter((unit) => !spoken.includes(unit.data.name) && unit.data.editorNote === undefined).map((unit) => unit.id);
    expect(unexplained).toEqual([]);
    expect(content.departments.find((unit) => unit.id === 'gongan')?.data.editorNote).toContain('讲话只说“公安”');
  });

  it('is the scraped speech with exactly the listed restorations applied', () => {
    let paragraphs = scrapedParagraphs();
    for (const { copy, standard } of meeting.data.restorations) {
      expect(paragraphs.some((paragraph) => paragraph.includes(copy)), `restoration "${copy}" is not in the scraped copy`).toBe(true);
      paragraphs = paragraphs.map((paragraph) => paragraph.replaceAll(copy, standard));
    }
    expect(parseTranscript(meeting.data.body).map((paragraph) => paragraph.text)).toEqual(paragraphs);
  });

  it('marks exactly the restored words: putting the copy\'s words back in every mark gives the scraped speech', () => {
    const marked = parseTranscript(meeting.data.body).map((paragraph) => markRestorations(paragraph.text, meeting.data.restorations));
    // A restoration whose words went unmarked, or a mark on words the copy also has, breaks this.
    expect(marked.map((runs) => runs.map((run) => run.copy ?? run.text).join(''))).toEqual(scrapedParagraphs());
    expect(marked.flat().filter((run) => run.copy !== undefined)).toHaveLength(81);
  });

  it('carries none of the hosting page\'s chrome', () => {
    const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(md|mdx|yaml)$/.test(file));
    const everything = files.map((file) => readFileSync(join(root, 'content', file), 'utf8')).join('\n');
    for (const chrome of ['试读结束', '微信', '3231169', 'rulai', '相关推荐', '返回顶部']) expect(everything).not.toContain(chrome);
  });
});
