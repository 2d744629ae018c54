import { describe, expect, it } from 'vitest';
import { indexCases } from '~/data/cases';
import { indexContent } from '~/data/content';
import { caseEntries, PERSONAL } from './cases.ts';

const content = indexContent(caseEntries());

describe('indexCases', () => {
  const cases = indexCases(content);
  it('lists every case by batch with its 办理时限 and its state from the lead\'s latest report', () => {
    expect(cases.all.map((item) => [item.id, item.batch, item.due, item.state, item.handling?.unit ?? null])).toEqual([
      ['D1', 1, '2022-10-05', '已办结', 'a'],
      ['D2', 1, '2022-10-05', '阶段性办结', 'b'],
      ['D3', 1, '2022-09-25', '已交办', null],
      ['D4', 2, '2022-10-06', '办理中', 'a'],
      ['D5', 2, '2022-10-06', '已办结', 'b'],
    ]);
    expect(cases.batches.map((batch) => [batch.number, batch.date, batch.cases.length])).toEqual([[1, '2022-09-20', 3], [2, '2022-09-21', 2]]);
  });

  it('keeps an assisting unit\'s report in the history, never as the state', () => {
    expect(cases.byId('D1')!.history.map((event) => [event.unit, event.date, event.line.state])).toEqual([['a', '2022-09-25', '已办结'], ['b', '2022-09-24', '办理中']]);
  });

  it('gives each unit the cases it leads and assists', () => {
    const ids = (unit: string) => {
      const { lead, assist } = cases.forUnit(unit);
      return [lead.map((item) => item.id), assist.map((item) => item.id)];
    };
    expect([ids('a'), ids('b'), ids('c'), ids('x')]).toEqual([[['D1', 'D4'], ['D5']], [['D2', 'D5'], ['D1']], [['D3'], []], [[], []]]);
  });

  it('masks every text it hands out', () => {
    const shown = JSON.stringify(cases.all);
    for (const text of PERSONAL) expect(shown).not.toContain(text);
    expect(cases.byId('D1')!.data.summary).toBe('张某（电话138******78，身份证320*************34）反映某饭店油烟和噪声扰民。');
    expect(cases.byId('D1')!.handling!.line.handling).toBe('责令整改，已安装新净化器。张某已获告知。');
  });

  it('as of a date, sees only the batches and reports made by then, and no later 公开 or 销号', () => {
    const early = indexCases(content, '2022-09-25');
    expect(early.all.map((item) => [item.id, item.state])).toEqual([['D1', '已办结'], ['D2', '已交办'], ['D3', '已交办'], ['D4', '办理中'], ['D5', '已交办']]);
    expect([early.byId('D1')!.data.published, early.byId('D1')!.data.signedOff]).toEqual([undefined, undefined]);
    expect(indexCases(content, '2022-09-20').batches.map((batch) => batch.number)).toEqual([1]);
  });
});
