import { describe, expect, it } from 'vitest';
import { findPersonal, maskPersonal } from '~/lib/personalData';

describe('findPersonal', () => {
  it('finds phone, landline, ID and e-mail, and marked names, in order', () => {
    const text = '张三电话13812345678，座机025-86543210，身份证32010219800101123X，邮箱li.si@example.com。';
    expect(findPersonal(text, ['张三']).map((match) => [match.kind, match.text])).toEqual([
      ['姓名', '张三'],
      ['手机号码', '13812345678'],
      ['固定电话', '025-86543210'],
      ['身份证号码', '32010219800101123X'],
      ['电子邮箱', 'li.si@example.com'],
    ]);
  });
  it('leaves case numbers, amounts and dates alone', () => {
    expect(findPersonal('受理编号D3SX202209200001，罚款138000元，2022年9月20日，面积1500平方米。')).toEqual([]);
  });
});

describe('maskPersonal', () => {
  it('keeps a number\'s first three and last two digits, an address\'s domain, a family name', () => {
    expect(maskPersonal('张三电话13812345678，邮箱li@example.com，身份证320102198001011234。', ['张三'])).toBe(
      '张某电话138******78，邮箱***@example.com，身份证320*************34。',
    );
  });
  it('returns text without personal data unchanged', () => {
    expect(maskPersonal('反映油烟扰民。')).toBe('反映油烟扰民。');
  });
});
