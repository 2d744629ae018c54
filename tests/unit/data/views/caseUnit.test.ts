import { describe, expect, it } from 'vitest';
import { indexSite } from '~/data/site';
import { unitCases } from '~/data/views/caseUnit';
import { caseEntries } from '../cases.ts';

const site = indexSite(caseEntries());

describe('unitCases', () => {
  it('counts what a unit leads by state, its 逾期 on the date, and the deadlines still ahead', () => {
    expect(unitCases(site, 'a', '2022-10-01')).toEqual({ lead: 2, assist: 1, byState: [{ state: '办理中', count: 1 }, { state: '已办结', count: 1 }], overdue: 0, dues: '2022-10-06', asOf: '2022-10-01' });
    expect(unitCases(site, 'a', '2022-10-07')).toEqual({ lead: 2, assist: 1, byState: [{ state: '办理中', count: 1 }, { state: '已办结', count: 1 }], overdue: 1, dues: '', asOf: '2022-10-07' });
    expect(unitCases(site, 'c', '2022-09-26')).toEqual({ lead: 1, assist: 0, byState: [{ state: '已交办', count: 1 }], overdue: 1, dues: '', asOf: '2022-09-26' });
    expect(unitCases(site, 'b', '2022-09-26')?.byState).toEqual([{ state: '阶段性办结', count: 1 }, { state: '已办结', count: 1 }]);
  });

  it('has nothing to say of a unit without cases', () => {
    expect(unitCases(site, 'd')).toBeUndefined();
  });
});
