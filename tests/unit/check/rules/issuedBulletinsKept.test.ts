import { describe, expect, it } from 'vitest';
import type { IssuedChange } from '~/check/issued';
import { issuedBulletinsKept } from '~/check/rules/issuedBulletinsKept';
import { problems } from '../inlineSite';

const BULLETINS = [
  { id: '1', date: '2022-05-20' },
  { id: '2', date: '2022-06-03' },
];

const change = (fields: Partial<IssuedChange>): IssuedChange => ({ collection: 'reports', file: 'content/reports/a/2022-05-19.yaml', at: '', unit: 'a', date: '2022-05-19', kind: 'added', ...fields });

describe('issuedBulletinsKept', () => {
  it('says nothing when no bulletin was issued, or nothing changed within it', () => {
    expect(problems(issuedBulletinsKept, {}, { issued: { bulletins: [], changes: [change({})] } })).toEqual([]);
    expect(problems(issuedBulletinsKept, {}, { issued: { bulletins: BULLETINS, changes: [] } })).toEqual([]);
  });

  it('names the latest bulletin and the day after it, for reports and decisions added, changed or removed', () => {
    expect(problems(issuedBulletinsKept, {}, {
      issued: {
        bulletins: BULLETINS,
        changes: [
          change({}),
          change({ file: 'content/reports/b/2022-06-03.yaml', unit: 'b', date: '2022-06-03', kind: 'changed' }),
          change({ collection: 'signoffs', file: 'content/signoffs/good.yaml', at: '[2].', date: '2022-05-30', kind: 'changed' }),
          change({ collection: 'signoffs', file: 'content/signoffs/koujing.yaml', unit: 'b', date: '2022-05-18', kind: 'removed' }),
        ],
      },
    })).toEqual([
      'content/reports/a/2022-05-19.yaml: 报送日期 2022-05-19 不晚于已印发的第2期督查通报（2022-06-03），印发后补入会改变该期通报的内容（请把日期改为 2022-06-04 或以后，作为新的报送；确需更正已印发的通报，请另发一期通报说明）',
      'content/reports/b/2022-06-03.yaml: 报送日期 2022-06-03 不晚于已印发的第2期督查通报（2022-06-03），印发后改动会改变该期通报的内容（请恢复原样，把改动作为 2022-06-04 或以后的新报送；确需更正已印发的通报，请另发一期通报说明）',
      'content/signoffs/good.yaml: [2]: 销号决定日期 2022-05-30 不晚于已印发的第2期督查通报（2022-06-03），印发后改动会改变该期通报的内容（请恢复原样，把改动作为 2022-06-04 或以后的新销号决定；确需更正已印发的通报，请另发一期通报说明）',
      'content/signoffs/koujing.yaml: 单位 b 2022-05-18 的销号决定日期 2022-05-18 不晚于已印发的第2期督查通报（2022-06-03），印发后删除会改变该期通报的内容（请恢复删去的内容；确需更正已印发的通报，请另发一期通报说明）',
    ]);
  });
});
