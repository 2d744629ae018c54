/** A milestone of content/milestones.yaml, editorial ones flagged (src/schemas/milestone.ts). */
import { describe, expect, it } from 'vitest';
import { editorErrorMap } from '~/schemas/messages';
import { MilestoneSchema } from '~/schemas/milestone';

const milestone = { id: 'jinzhu', name: '省环保督察组进驻', date: null, source: { meeting: 'm', quote: '督察组' } };

describe('MilestoneSchema', () => {
  it('is from the speech unless the editors mark it as their own', () => {
    expect(MilestoneSchema.parse(milestone)).toMatchObject({ editorial: false, dateIsInferred: false });
    expect(MilestoneSchema.parse({ ...milestone, editorial: true })).toMatchObject({ editorial: true });
  });

  it('refuses an editorial flag that is not yes or no, as npm run check words it', () => {
    const issues = MilestoneSchema.safeParse({ ...milestone, editorial: '是' }, { error: editorErrorMap }).error?.issues;
    expect(issues?.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(['editorial: 应为是/否（true 或 false），实际是文本']);
  });
});
