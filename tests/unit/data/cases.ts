/**
 * The petition-case fixture, on top of the site fixture (./fixture.ts): a 街道 (丁街道, `d`) beside
 * 丙镇 (`c`, a 板块), two batches of five cases and three reports, small enough that every figure
 * of the ledger and the statistics can be worked out by hand:
 *
 * | 受理编号 | 批次 | 来源 | 区域 | 污染类型 | 行业 | 牵头 / 配合 | state at the end |
 * |---|---|---|---|---|---|---|---|
 * | D1 | 1 (09-20) | 来电 | c | 大气、噪声 | 餐饮业 | a / b | 已办结 属实, 公开 09-27, 销号 09-28 |
 * | D2 | 1 | 来信 | d | 水 | 化工 | b (重点关注) | 阶段性办结 部分属实 |
 * | D3 | 1 | 来电 | c | 大气 | 餐饮业 | c, 时限 09-25 | 已交办 (逾期 from 09-26) |
 * | D4 | 2 (09-21) | 来电 | d | 扬尘 | 建筑业 | a | 办理中 |
 * | D5 | 2 | 来信 | c | 噪声、其他 | — | b / a | 已办结 不属实 |
 *
 * D1's text holds a mobile number, an ID number and the marked name 张三; D5's an e-mail address and
 * a landline: none may reach a page.
 */
import type { SiteEntries } from '~/data/entries';
import { CaseBatchSchema, type CaseBatchInput } from '~/schemas/case';
import { CaseworkSchema, type CaseworkInput } from '~/schemas/casework';
import { DepartmentSchema } from '~/schemas/department';
import { fixtureEntries } from './fixture.ts';

/** The personal data the fixture's texts hold, which no public output may show. */
export const PERSONAL = ['13812345678', '320102198001011234', '张三', 'li@example.com', '025-86543210'] as const;

const batches: [string, CaseBatchInput][] = [
  [
    '1',
    {
      date: '2022-09-20',
      cases: [
        { id: 'D1', source: '来电', region: 'c', types: ['大气', '噪声'], industry: '餐饮业', summary: '张三（电话13812345678，身份证320102198001011234）反映某饭店油烟和噪声扰民。', lead: ['a'], assist: ['b'], personalNames: ['张三'], published: '2022-09-27', signedOff: { date: '2022-09-28', note: '现场核查已整改。' } },
        { id: 'D2', source: '来信', focus: true, region: 'd', types: ['水'], industry: '化工', summary: '反映某化工厂向河道排放污水。', lead: ['b'] },
        { id: 'D3', source: '来电', region: 'c', types: ['大气'], industry: '餐饮业', summary: '反映某烧烤店露天烧烤。', lead: ['c'], due: '2022-09-25' },
      ],
    },
  ],
  [
    '2',
    {
      date: '2022-09-21',
      cases: [
        { id: 'D4', source: '来电', region: 'd', types: ['扬尘'], industry: '建筑业', summary: '反映某工地夜间施工扬尘。', lead: ['a'] },
        { id: 'D5', source: '来信', region: 'c', types: ['噪声', '其他'], summary: '反映某厂房噪声，联系邮箱li@example.com，座机025-86543210。', lead: ['b'], assist: ['a'] },
      ],
    },
  ],
];

const casework: [string, CaseworkInput][] = [
  ['b/2022-09-24', { cases: [{ case: 'D1', state: '办理中', verification: '配合现场检查。' }] }],
  [
    'a/2022-09-25',
    {
      reporter: '王某某',
      cases: [
        { case: 'D1', state: '已办结', verification: '经查，该饭店油烟净化器未开启。', truth: '属实', handling: '责令整改，已安装新净化器。张三已获告知。', accountability: '无' },
        { case: 'D4', state: '办理中', verification: '正在核查。' },
      ],
    },
  ],
  [
    'b/2022-09-26',
    {
      cases: [
        { case: 'D2', state: '阶段性办结', verification: '经查，排口有少量超标。', truth: '部分属实', handling: '立案调查，限期整改。' },
        { case: 'D5', state: '已办结', verification: '经查，厂房已停产。', truth: '不属实', handling: '向信访人反馈。' },
      ],
    },
  ],
];

/** The site fixture with 丁街道 and the cases above. */
export function caseEntries(): SiteEntries {
  const entries = fixtureEntries();
  return {
    ...entries,
    departments: [...entries.departments, { id: 'd', data: DepartmentSchema.parse({ name: '丁街道', kind: '街道', source: { meeting: 'm', quote: '各单位' } }) }],
    cases: batches.map(([id, data]) => ({ id, data: CaseBatchSchema.parse(data), filePath: `content/cases/${id}.yaml` })),
    casework: casework.map(([id, data]) => ({ id, data: CaseworkSchema.parse(data), filePath: `content/casework/${id}.yaml` })),
  };
}
