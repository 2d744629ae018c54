/**
 * The content-check integration (src/integrations/contentCheck.ts), driven through its hooks as
 * Astro drives them: the build stops on bad content with every problem listed; the dev server
 * keeps running, shows the problems in the terminal and the browser overlay, and checks again
 * when content/ changes.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentCheck, RECHECK_DELAY_MS } from '~/integrations/contentCheck';

const fixtures = join(import.meta.dirname, '../../fixtures');
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  vi.useRealTimers();
});

/** A project whose content is the good fixture, with these files of the bad corpus laid over it. */
function projectWith(...badTasks: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'duban-integration-'));
  roots.push(root);
  cpSync(join(fixtures, 'good-content/content'), join(root, 'content'), { recursive: true });
  for (const name of badTasks) cpSync(join(fixtures, 'bad-content/content/tasks', name), join(root, 'content/tasks', name));
  return root;
}

/** A logger that records every line, prefixed with its level. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = {
    error: (line: string) => lines.push(`error ${line}`),
    warn: (line: string) => lines.push(`warn ${line}`),
    info: (line: string) => lines.push(`info ${line}`),
  };
  return { lines, logger };
}

type Hook = (options: unknown) => void;
const hook = (integration: ReturnType<typeof contentCheck>, name: 'astro:config:setup' | 'astro:server:setup') => integration.hooks[name] as unknown as Hook;

/** Runs the setup hook as Astro would; returns what it logged and what it threw. */
function runSetup(root: string, command: string, integration = contentCheck()): { logged: string[]; thrown: string | undefined } {
  const { lines, logger } = recordingLogger();
  try {
    hook(integration, 'astro:config:setup')({ command, config: { root: pathToFileURL(`${root}/`) }, logger });
    return { logged: lines, thrown: undefined };
  } catch (error) {
    return { logged: lines, thrown: (error as Error).message };
  }
}

const NO_LEAD = 'content/tasks/no-lead.mdx: responsibilities: 没有牵头单位：至少一个单位的 role 须为 牵头';
const UNKNOWN_UNIT = 'content/tasks/unknown-unit.mdx: responsibilities[1].unit: 单位 "bb" 不存在（是否想写 "b"？）';

describe('contentCheck integration', () => {
  it('stops the build on bad content, listing every problem', () => {
    expect(runSetup(projectWith('unknown-unit.mdx', 'no-lead.mdx'), 'build')).toEqual({
      logged: [`error ${NO_LEAD}`, `error ${UNKNOWN_UNIT}`],
      thrown: '内容检查未通过：共 2 个问题（见上；运行 npm run check 查看）',
    });
  });

  it('stops astro sync too, lets good content through, and leaves preview alone', () => {
    expect(runSetup(projectWith('no-lead.mdx'), 'sync').thrown).toBe('内容检查未通过：共 1 个问题（见上；运行 npm run check 查看）');
    expect(runSetup(join(fixtures, 'good-content'), 'build')).toEqual({ logged: [], thrown: undefined });
    expect(runSetup(join(fixtures, 'bad-content'), 'preview')).toEqual({ logged: [], thrown: undefined });
  });

  it('in dev lists the problems, shows them in the overlay, and checks again when content/ changes', () => {
    vi.useFakeTimers();
    const root = projectWith('no-lead.mdx');
    const integration = contentCheck();
    expect(runSetup(root, 'dev', integration)).toEqual({ logged: [`error ${NO_LEAD}`, 'warn 内容检查未通过：共 1 个问题'], thrown: undefined });

    const sent: unknown[] = [];
    const connect: (() => void)[] = [];
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    const server = {
      environments: { client: { hot: { send: (payload: unknown) => sent.push(payload), on: (_event: string, listener: () => void) => connect.push(listener) } } },
      watcher,
    };
    const { lines, logger } = recordingLogger();
    hook(integration, 'astro:server:setup')({ server, logger });
    expect(watcher.add).toHaveBeenCalledWith(join(root, 'content'));

    // A page that opens gets the overlay.
    for (const listener of connect) listener();
    expect(sent).toEqual([
      {
        type: 'error',
        err: {
          name: '内容检查',
          title: '内容检查未通过：共 1 个问题',
          message: NO_LEAD,
          hint: '改正后保存，检查会自动重新运行；npm run check 列出同样的问题。',
          stack: '',
        },
      },
    ]);

    // The editor fixes the file: checked again once the edits pause; the overlay is not sent again.
    rmSync(join(root, 'content/tasks/no-lead.mdx'));
    watcher.emit('all', 'unlink', join(root, 'content/tasks/no-lead.mdx'));
    vi.advanceTimersByTime(RECHECK_DELAY_MS);
    expect(lines).toEqual(['info 内容检查通过']);
    for (const listener of connect) listener();
    expect(sent).toHaveLength(1);

    // A change outside content/ is not the check's business; two quick edits inside are checked once.
    cpSync(join(fixtures, 'bad-content/content/tasks/unknown-unit.mdx'), join(root, 'content/tasks/unknown-unit.mdx'));
    watcher.emit('all', 'change', join(root, 'src/pages/index.astro'));
    watcher.emit('all', 'add', join(root, 'content/tasks/unknown-unit.mdx'));
    vi.advanceTimersByTime(RECHECK_DELAY_MS / 2);
    watcher.emit('all', 'change', join(root, 'content/tasks/unknown-unit.mdx'));
    vi.advanceTimersByTime(RECHECK_DELAY_MS);
    expect(lines.slice(1)).toEqual([`error ${UNKNOWN_UNIT}`, 'warn 内容检查未通过：共 1 个问题']);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ type: 'error', err: { message: UNKNOWN_UNIT } });
  });
});
