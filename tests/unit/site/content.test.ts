/**
 * The real content: it passes the check, and its transcript is the scraped source with nothing
 * changed but the listed restorations (and ASCII punctuation made full-width). So the
 * restorations page is complete, and nothing was invented or lost in transcription.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/check/checkContent';
import { parseTranscript } from '~/lib/transcript';

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

  it('is the scraped speech with exactly the listed restorations applied', () => {
    let paragraphs = scrapedParagraphs();
    for (const { copy, standard } of meeting.data.restorations) {
      expect(paragraphs.some((paragraph) => paragraph.includes(copy)), `restoration "${copy}" is not in the scraped copy`).toBe(true);
      paragraphs = paragraphs.map((paragraph) => paragraph.replaceAll(copy, standard));
    }
    expect(parseTranscript(meeting.data.body).map((paragraph) => paragraph.text)).toEqual(paragraphs);
  });

  it('carries none of the hosting page\'s chrome', () => {
    const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(md|mdx|yaml)$/.test(file));
    const everything = files.map((file) => readFileSync(join(root, 'content', file), 'utf8')).join('\n');
    for (const chrome of ['试读结束', '微信', '3231169', 'rulai', '相关推荐', '返回顶部']) expect(everything).not.toContain(chrome);
  });
});
