import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { unitIndexPage, unitsExport } from '~/data/views/units';
import { EXPORT_VERSION, UnitsExportSchema } from '~/schemas/export';
import { fixtureEntries } from '../fixture';

const site = indexSite(fixtureEntries());

describe('unitIndexPage', () => {
  it('lists the units by kind with how many tasks reach each, and how', () => {
    expect(unitIndexPage(site).kinds).toEqual([
      {
        kind: '职能部门',
        units: [
          { id: 'a', name: '区甲局', counts: '本单位牵头 2 项 · 配合、督办等 1 项 · 作为成员单位落实 1 项' },
          { id: 'b', name: '区乙局', counts: '本单位牵头 1 项 · 配合、督办等 1 项 · 作为成员单位落实 2 项' },
        ],
      },
      { kind: '板块', units: [{ id: 'c', name: '丙镇', counts: '本单位牵头 1 项 · 配合、督办等 1 项 · 作为成员单位落实 1 项' }] },
      {
        kind: '单位组',
        units: [
          { id: 'bumen', name: '各部门', counts: '本单位牵头 1 项 · 配合、督办等 0 项 · 作为成员单位落实 1 项' },
          { id: 'all', name: '各单位', counts: '本单位牵头 1 项 · 配合、督办等 0 项 · 作为成员单位落实 0 项' },
        ],
      },
    ]);
  });
});

describe('unitsExport', () => {
  it('writes units.json in its published shape, with links from the given resolver', () => {
    const body = unitsExport(site, '2022-05-20', (path) => `https://duban.example.invalid/ducha/${path}`);
    expect(UnitsExportSchema.parse(body)).toEqual(body);
    expect([body.version, body.generated, body.units.length]).toEqual([EXPORT_VERSION, '2022-05-20', 5]);
    expect(body.units.find((unit) => unit.id === 'a')).toEqual({
      id: 'a',
      name: '区甲局',
      short: null,
      kind: '职能部门',
      aliases: [],
      members: null,
      groups: ['bumen', 'all'],
      tasks: { lead: ['taizhang', 'koujing'], support: ['zhenggai'], viaGroup: ['zicha'] },
      url: 'https://duban.example.invalid/ducha/units/a/',
    });
    expect(body.units.find((unit) => unit.id === 'all')?.members).toEqual(['bumen', 'c']);
  });
});
