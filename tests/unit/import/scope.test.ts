/** Whose report, of which day (src/import/scope.ts): the file's word and the editor's. */
import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { resolveDate, resolveUnit, unitByName } from '~/import/scope';
import { fixtureEntries } from '../data/fixture';

const site = indexSite(fixtureEntries());
const TODAY = '2022-05-25';
const claim = { lacking: '表中没有填报日期', unfilled: '表中未填填报日期', madeIs: '表格的导出日期' };

describe('resolveUnit', () => {
  it('takes the file’s unit, the flag’s when they agree or the file has none, a unit named exactly', () => {
    expect(resolveUnit(site, {}, { id: 'a' })).toEqual({ unit: 'a', problems: [] });
    expect(resolveUnit(site, { unit: 'a' }, { id: 'a' })).toEqual({ unit: 'a', problems: [] });
    expect(resolveUnit(site, { unit: 'b' }, {})).toEqual({ unit: 'b', problems: [] });
    expect(resolveUnit(site, {}, { name: ' 区乙局 ' })).toEqual({ unit: 'b', problems: [] });
    // A unit withdrawn since the sheet was made: the flag says whose it is.
    expect(resolveUnit(site, { unit: 'a' }, { id: 'chexiao' })).toEqual({ unit: 'a', problems: [] });
  });

  it('finds units by name or short name, only when one unit has it', () => {
    const entries = fixtureEntries();
    const departments = entries.departments.map((unit) => (unit.id === 'a' ? { ...unit, data: { ...unit.data, short: '甲局' } } : unit));
    const named = indexSite({ ...entries, departments });
    expect([unitByName(named, '区甲局'), unitByName(named, '甲局'), unitByName(named, '甲')]).toEqual(['a', 'a', undefined]);
  });
});

describe('resolveDate', () => {
  it('takes --date, else 填报日期, else the sheet’s date with a note', () => {
    expect(resolveDate({ date: '2022-05-21' }, { ...claim, filled: '2022-05-21' }, TODAY)).toEqual({ date: '2022-05-21', notes: [], problems: [] });
    expect(resolveDate({}, { ...claim, filled: '2022-05-20', made: '2022-05-16' }, TODAY)).toEqual({ date: '2022-05-20', notes: [], problems: [] });
    expect(resolveDate({}, { ...claim, made: '2022-05-16' }, TODAY)).toEqual({
      date: '2022-05-16',
      notes: ['表中未填填报日期，按表格的导出日期记为 2022年5月16日 报送；如不对，请删去写入的文件，加 --date 重新导入'],
      problems: [],
    });
  });
});
