/**
 * One reader: the site built from tests/fixtures/good-content sees exactly the entries that
 * `npm run check` validated — the same ids, files, bodies and typed data (dates as text). A page
 * added to the fixture build dumps what getCollection() returns; the check runs on the same folder.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject } from '../../../scripts/bench/site.ts';
import { checkContent } from '~/check/checkContent';
import { readContent } from '~/check/read';
import { COLLECTIONS, type CollectionName } from '~/schemas/common';
import { projectAround, withCaseContent } from './project';

/** The page that dumps what the pages see: every collection, as getCollection() returns it. */
const DUMP_PAGE = `import { getCollection } from 'astro:content';
import { COLLECTIONS } from '~/schemas/common';

export async function GET() {
  const entries = Object.fromEntries(
    await Promise.all(COLLECTIONS.map(async (name) => [name, (await getCollection(name)).map(({ id, filePath, body, data }) => ({ id, filePath, body, data }))])),
  );
  return new Response(JSON.stringify(entries));
}
`;

interface SeenEntry {
  id: string;
  filePath: string;
  body?: string;
  data: Record<string, unknown>;
}

let project = '';
let seen: Record<CollectionName, SeenEntry[]>;

beforeAll(() => {
  // With the petition cases, so that every collection has entries to compare.
  project = withCaseContent(projectAround(join(import.meta.dirname, '../../fixtures/good-content/content')));
  writeFileSync(join(project, 'src/pages/parity-entries.json.ts'), DUMP_PAGE);
  buildProject(project);
  seen = JSON.parse(readFileSync(join(project, 'dist/parity-entries.json'), 'utf8'));
}, 180_000);

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

describe('the build and the check read the same entries', () => {
  it('with the same ids, files, bodies and data', () => {
    const { problems, content } = checkContent(project);
    expect(problems).toEqual([]);
    const bodies = new Map(readContent(project).entries.map((entry) => [`${entry.file}#${entry.id}`, entry.body]));
    for (const collection of COLLECTIONS) {
      const checked = content[collection].map(({ id, file, data }) => {
        // The check keeps a meeting's transcript with its data, for the quote rules.
        const { body: _transcript, ...fields } = data as Record<string, unknown>;
        const body = bodies.get(`${file}#${id}`);
        return { id, filePath: file, ...(body === undefined ? {} : { body }), data: collection === 'meetings' ? fields : data };
      });
      // Through JSON, as the dump came: a date that became a Date would arrive as a timestamp.
      const sortById = (entries: readonly { id: string }[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));
      expect(sortById(seen[collection]), collection).toEqual(sortById(JSON.parse(JSON.stringify(checked))));
      expect(seen[collection].length, collection).toBeGreaterThan(0);
    }
  });

  it('and renders their bodies: MDX through @astrojs/mdx, the transcript with its anchors', () => {
    expect(readFileSync(join(project, 'dist/tasks/good/index.html'), 'utf8')).toContain('<p>正文。</p>');
    expect(readFileSync(join(project, 'dist/meetings/m/index.html'), 'utf8')).toContain('id="p2"');
    expect(seen.tasks[0]?.data['deadline']).toEqual({ kind: 'date', date: '2022-05-19', yearInferred: true, text: '5月19日前' });
  });
});
