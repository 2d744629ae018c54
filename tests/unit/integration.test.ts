/**
 * The build refuses what the check refuses: the integration's setup hook, pointed at the bad
 * corpus, logs every problem and throws, so `astro build` stops before it renders anything.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '~/check/integration';

const fixtures = join(import.meta.dirname, '../fixtures');

/** Runs the setup hook as Astro would; returns what it logged and what it threw. */
async function runSetup(root: string, command: string): Promise<{ logged: string[]; thrown: string | undefined }> {
  const logged: string[] = [];
  const logger = { error: (line: string) => logged.push(line) };
  const hook = contentCheck().hooks['astro:config:setup'] as unknown as (options: unknown) => Promise<void> | void;
  try {
    await hook({ command, config: { root: pathToFileURL(`${root}/`) }, logger });
    return { logged, thrown: undefined };
  } catch (error) {
    return { logged, thrown: (error as Error).message };
  }
}

describe('contentCheck integration', () => {
  it('stops the build on bad content, listing every problem', async () => {
    const root = mkdtempSync(join(tmpdir(), 'duban-build-'));
    try {
      cpSync(join(fixtures, 'good-content/content'), join(root, 'content'), { recursive: true });
      cpSync(join(fixtures, 'bad-content/content/tasks/unknown-unit.mdx'), join(root, 'content/tasks/unknown-unit.mdx'));
      cpSync(join(fixtures, 'bad-content/content/tasks/no-lead.mdx'), join(root, 'content/tasks/no-lead.mdx'));
      expect(await runSetup(root, 'build')).toEqual({
        logged: [
          'content/tasks/no-lead.mdx: responsibilities: 没有牵头单位：至少一个单位的 role 须为 牵头',
          'content/tasks/unknown-unit.mdx: responsibilities[1].unit: 单位 "bb" 不存在（是否想写 "b"？）',
        ],
        thrown: '内容检查未通过：共 2 个问题（见上；运行 npm run check 查看）',
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lets good content through, and does not run for the dev server', async () => {
    expect(await runSetup(join(fixtures, 'good-content'), 'build')).toEqual({ logged: [], thrown: undefined });
    expect(await runSetup(join(fixtures, 'bad-content'), 'dev')).toEqual({ logged: [], thrown: undefined });
  });
});
