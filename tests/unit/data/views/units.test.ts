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
          { id: 'a', name: '区甲局', counts: '牵头 2 · 配合等 1 · 经单位组 1' },
          { id: 'b', name: '区乙局', counts: '牵头 1 · 配合等 1 · 经单位组 2' },
        ],
      },
      { kind: '板块', units: [{ id: 'c', name: '丙镇', counts: '牵头 1 · 配合等 1 · 经单位组 1' }] },
      {
        kind: '单位组',
        units: [
          { id: 'bumen', name: '各部门', counts: '牵头 1 · 配合等 0 · 经单位组 1' },
          { id: 'all', name: '各单位', counts: '牵头 1 · 配合等 0 · 经单位组 0' },
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
