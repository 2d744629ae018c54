import { describe, expect, it } from 'vitest';
import { transcriptComplete } from '~/check/rules/transcriptComplete';
import { meeting, problems } from '../inlineSite';

describe('transcriptComplete', () => {
  it('accepts a transcript, with its gaps explained', () => {
    expect(problems(transcriptComplete, {
      meetings: { m: meeting(), n: meeting({ body: '同志们：\n\n…………\n\n散会。', omission: '会议记录未载明中间部分。' }) },
    })).toEqual([]);
  });

  it('rejects an empty transcript, and a gap without an omission note', () => {
    expect(problems(transcriptComplete, { meetings: { m: meeting({ body: ' \n\n' }), n: meeting({ body: '同志们：\n\n…………' }) } })).toEqual([
      'content/meetings/m.md: 会议记录正文为空：请在 --- 之后写入讲话全文，每段之间空一行',
      'content/meetings/n.md: omission: 记录中有“…………”省略处，请填写 omission 说明省略了什么',
    ]);
  });
});
