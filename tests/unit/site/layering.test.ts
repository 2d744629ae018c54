/**
 * The layering DESIGN.md states: lib/, data/ and check/ may import schemas, never the reverse.
 * A schema that reached into lib/ once made the two depend on each other; this keeps it from
 * coming back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../../src');
const FORBIDDEN = ['lib', 'data', 'check'];

/** Every module specifier a source text names: static imports, re-exports and dynamic imports. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g)) found.push(match[2]!);
  return found;
}

/** The src/ folders among FORBIDDEN that a file at `file` reaches through its imports. */
function forbiddenImports(file: string, text: string): string[] {
  return specifiers(text).filter((specifier) => {
    let target: string;
    if (specifier.startsWith('~/')) target = join(src, specifier.slice(2));
    else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
    else return false; // a package
    const top = relative(src, target).split(/[\\/]/)[0]!;
    return FORBIDDEN.includes(top);
  });
}

describe('src/schemas/ imports', () => {
  it('nothing from src/lib/, src/data/ or src/check/', () => {
    const schemas = join(src, 'schemas');
    const offending = readdirSync(schemas, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mts|js)$/.test(name))
      .flatMap((name) => {
        const file = join(schemas, name);
        return forbiddenImports(file, readFileSync(file, 'utf8')).map((specifier) => `src/schemas/${name}: ${specifier}`);
      });
    expect(offending).toEqual([]);
  });

  it('recognises every way a file can reach a forbidden folder', () => {
    const file = join(src, 'schemas/task.ts');
    const text = [
      "import { a } from '../lib/a.ts';",
      "import type { B } from '~/data/site';",
      "export { c } from '../check/c.ts';",
      "const d = await import('../lib/d.ts');",
      "import '../check/side-effect.ts';",
      "import { z } from 'astro/zod';",
      "import { SourceSchema } from './source.ts';",
    ].join('\n');
    expect(forbiddenImports(file, text)).toEqual(['../lib/a.ts', '~/data/site', '../check/c.ts', '../lib/d.ts', '../check/side-effect.ts']);
  });
});
