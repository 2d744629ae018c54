/**
 * The three CI templates (GitHub, GitLab, Gitea/Forgejo) do what .ci/run does and nothing else:
 * each runs `bash .ci/run` in the same Debian image with Node from .nvmrc, with the whole git
 * history and the pull request's base for the check, and keeps the built site as an artifact.
 * What to install and which commands to run live in .ci/run alone, so they cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** What a template does, in the same terms for every forge. */
interface Pipeline {
  image: string;
  env: Record<string, string>;
  commands: string[];
  artifacts: string[];
  triggers: string[];
  fullHistory: boolean;
}

interface ActionsWorkflow {
  on: { pull_request: null; push: { branches: string[] } };
  jobs: { test: { container: string; env: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, string | number> }[] } };
}

interface GitLabPipeline {
  workflow: { rules: { if: string }[] };
  test: { image: string; variables: Record<string, string>; script: string[]; artifacts: { when: string; paths: string[] } };
}

/** GitHub Actions and Gitea/Forgejo Actions share one format. */
function actions(file: string): Pipeline {
  const workflow = load(read(file)) as ActionsWorkflow;
  const job = workflow.jobs.test;
  return {
    image: job.container,
    env: job.env,
    commands: job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run])),
    artifacts: job.steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@') && step.with?.['name'] === 'site').map((step) => String(step.with!['path'])),
    triggers: [...Object.keys(workflow.on).filter((event) => event === 'pull_request'), ...workflow.on.push.branches.map((branch) => `push:${branch}`)],
    fullHistory: job.steps.some((step) => step.uses?.startsWith('actions/checkout@') && step.with?.['fetch-depth'] === 0),
  };
}

function gitlab(): Pipeline {
  const pipeline = load(read('.gitlab-ci.yml')) as GitLabPipeline;
  const { GIT_DEPTH, ...env } = pipeline.test.variables;
  const script = pipeline.test.script.join('\n');
  const baseRef = /export DUBAN_BASE_REF="([^"]+)"/.exec(script)?.[1];
  return {
    image: pipeline.test.image,
    env: { ...env, ...(baseRef === undefined ? {} : { DUBAN_BASE_REF: baseRef }) },
    commands: pipeline.test.script,
    artifacts: pipeline.test.artifacts.when === 'always' ? pipeline.test.artifacts.paths.filter((path) => path === 'dist/') : [],
    triggers: pipeline.workflow.rules.map((rule) => (rule.if.includes('merge_request_event') ? 'pull_request' : rule.if.includes('CI_DEFAULT_BRANCH') ? 'push:main' : rule.if)),
    fullHistory: GIT_DEPTH === '0',
  };
}

const pipelines: Record<string, Pipeline> = {
  '.github/workflows/ci.yml': actions('.github/workflows/ci.yml'),
  '.gitea/workflows/ci.yml': actions('.gitea/workflows/ci.yml'),
  '.gitlab-ci.yml': gitlab(),
};

describe('CI templates', () => {
  it.each(Object.entries(pipelines))('%s runs .ci/run, last, and no step of its own', (_, pipeline) => {
    expect(pipeline.commands.filter((command) => command.includes('.ci/run'))).toEqual(['bash .ci/run']);
    expect(pipeline.commands.at(-1)).toBe('bash .ci/run');
    // Installing and testing belong in .ci/run, where every forge (and a fresh machine) runs them.
    expect(pipeline.commands.filter((command) => /\b(npm|npx|apt-get|apt|playwright|vitest|astro|node)\b/.test(command))).toEqual([]);
  });

  it.each(Object.entries(pipelines))('%s builds pull requests and main in the same image, and keeps the site', (_, pipeline) => {
    expect(pipeline.image).toBe(`node:${read('.nvmrc').trim()}-bookworm`);
    expect(pipeline.triggers).toEqual(['pull_request', 'push:main']);
    expect(pipeline.fullHistory).toBe(true);
    expect(pipeline.artifacts).toEqual(['dist/']);
    expect(Object.keys(pipeline.env).sort()).toEqual(['ASTRO_TELEMETRY_DISABLED', 'CI', 'DUBAN_BASE_REF']);
    expect([pipeline.env['CI'], pipeline.env['ASTRO_TELEMETRY_DISABLED']]).toEqual(['true', '1']);
    expect(pipeline.env['DUBAN_BASE_REF']).toMatch(/origin\/.*(base_ref|CI_MERGE_REQUEST_TARGET_BRANCH_NAME)/);
  });

  it('Gitea and GitHub differ only in the artifact action Gitea can run', () => {
    const steps = (file: string) => read(file).replace(/^#.*\n/gm, '').replaceAll('actions/upload-artifact@v3', 'actions/upload-artifact@v4');
    expect(steps('.gitea/workflows/ci.yml')).toBe(steps('.github/workflows/ci.yml'));
  });

  it('.ci/run installs everything the tests drive, nginx included', () => {
    const installs = [...read('.ci/run').matchAll(/missing\+=\(([\w-]+)\)/g)].map((match) => match[1]);
    expect(installs).toEqual(['chromium', 'fonts-noto-cjk', 'poppler-utils', 'nginx']);
  });
});
