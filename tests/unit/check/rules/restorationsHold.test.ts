import { describe, expect, it } from 'vitest';
import { restorationsHold } from '~/check/rules/restorationsHold';
import { meeting, problems } from '../inlineSite';

describe('restorationsHold', () => {
  it('accepts restorations whose standard wording is in the transcript and whose copy is gone', () => {
    expect(problems(restorationsHold, {
      meetings: { m: meeting({ restorations: [{ copy: '台帐资料', standard: '台账资料' }, { copy: '统一口径', standard: '统一口径', note: '原文无误。' }] }) },
    })).toEqual([]);
  });

  it('rejects a standard wording missing from the transcript, and a copy still in it', () => {
    expect(problems(restorationsHold, {
      meetings: { m: meeting({ restorations: [{ copy: '各单位要在5月19日前完成自查', standard: '各单位要在5月19日之前全面完成自查工作任务' }] }) },
    })).toEqual([
      'content/meetings/m.md: restorations[0].copy: 抓取稿原文仍在会议记录中：“各单位要在5月19日前完成自查”（正文应改为规范表述，或删除这条恢复记录）',
      'content/meetings/m.md: restorations[0].standard: 恢复后的表述未出现在会议记录中：“各单位要在5月19日之前全面完成自查工作…”（须与正文逐字一致）',
    ]);
  });
});
