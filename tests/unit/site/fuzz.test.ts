/**
 * The check never crashes: a few hundred mutated copies of the real content — random bytes,
 * truncations, swapped lines and values, huge and impossible numbers, GBK bytes, links, empty and
 * deleted files — each end with problem lines naming a file, or clean. Seeded, so every run
 * tries the same mutants and a failure can be replayed from its number. A mutant that comes out
 * clean but reads differently from the real content is built with the real pipeline once, to
 * show that what the check passes, the build accepts.
 */
import { lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, ROOT } from '../../../scripts/bench/site.ts';
import { checkContent } from '~/check/checkContent';
import { readContent } from '~/check/read';
import { formatProblem } from '~/lib/problems';
import { projectAround } from './project';

const MUTANTS = 320;
const SEED = 20220519;

/** A small, fast, seeded generator (mulberry32): the same seed gives the same mutants. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** GBK bytes of every character GBK has, found by decoding its two-byte space (no GBK encoder ships with Node). */
function gbkTable(): Map<string, Uint8Array> {
  const decoder = new TextDecoder('gbk', { fatal: true });
  const table = new Map<string, Uint8Array>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const bytes = Uint8Array.of(lead, trail);
      try {
        const char = decoder.decode(bytes);
        if (!table.has(char)) table.set(char, bytes);
      } catch {
        // not a character in GBK
      }
    }
  }
  return table;
}

const HUGE = ['1e308', '.inf', '-.inf', '.nan', '99999999999999999999', '-1000000000', '3000000', '0x7fffffff', '9999-12-31', '1900-01-01', '2022-02-30', '1e-400', '~', 'null', '[]', '{}'];

/** A mutation: the new bytes of a file (or a link), and a name for a failure message. */
type Mutant = { kind: string; bytes: Uint8Array } | { kind: string; link: string } | { kind: string; remove: true };

/** Builds the mutators over a seeded generator. */
function mutators(next: () => number, gbk: Map<string, Uint8Array>) {
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const encoder = new TextEncoder();
  const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split('\n');
  const encodeLines = (parts: string[]) => encoder.encode(parts.join('\n'));
  const valueLines = (parts: string[]) => parts.flatMap((line, index) => (/^\s*(?:- )?[A-Za-z]+: \S/.test(line) ? [index] : []));

  return {
    randomBytes: (bytes: Uint8Array): Mutant => {
      const out = [...bytes];
      for (let count = 1 + int(8); count > 0; count--) {
        const at = int(out.length + 1);
        if (next() < 0.5) out.splice(at, 0, int(256));
        else out[at] = int(256);
      }
      return { kind: 'random bytes', bytes: Uint8Array.from(out) };
    },
    truncate: (bytes: Uint8Array): Mutant => ({ kind: 'truncated', bytes: bytes.slice(0, int(bytes.length)) }),
    swapLines: (bytes: Uint8Array): Mutant => {
      const parts = lines(bytes);
      const [a, b] = [int(parts.length), int(parts.length)];
      [parts[a], parts[b]] = [parts[b]!, parts[a]!];
      return { kind: 'swapped lines', bytes: encodeLines(parts) };
    },
    swapValues: (bytes: Uint8Array): Mutant => {
      const parts = lines(bytes);
      const candidates = valueLines(parts);
      if (candidates.length < 2) return { kind: 'swapped values (none)', bytes };
      const [a, b] = [pick(candidates), pick(candidates)];
      const split = (line: string) => /^(\s*(?:- )?[A-Za-z]+: )(.*)$/.exec(line)!;
      const [left, right] = [split(parts[a]!), split(parts[b]!)];
      parts[a] = `${left[1]}${right[2]}`;
      parts[b] = `${right[1]}${left[2]}`;
      return { kind: 'swapped values', bytes: encodeLines(parts) };
    },
    hugeNumber: (bytes: Uint8Array): Mutant => {
      const parts = lines(bytes);
      const candidates = valueLines(parts);
      const huge = pick(HUGE);
      if (candidates.length === 0) return { kind: 'huge number (appended)', bytes: encodeLines([...parts, `offsetDays: ${huge}`]) };
      const at = pick(candidates);
      parts[at] = parts[at]!.replace(/: .*$/, `: ${huge}`);
      return { kind: `value ${huge}`, bytes: encodeLines(parts) };
    },
    gbkBytes: (bytes: Uint8Array): Mutant => {
      // The whole file, or one line of it, saved in GBK, as Windows Notepad would.
      const text = new TextDecoder().decode(bytes);
      const whole = next() < 0.5;
      const parts = text.split('\n');
      const at = int(parts.length);
      const out: number[] = [];
      parts.forEach((line, index) => {
        for (const char of `${line}${index < parts.length - 1 ? '\n' : ''}`) {
          const code = whole || index === at ? gbk.get(char) : undefined;
          out.push(...(code ?? encoder.encode(char)));
        }
      });
      return { kind: whole ? 'saved in GBK' : 'one line in GBK', bytes: Uint8Array.from(out) };
    },
    link: (): Mutant => ({ kind: 'link', link: pick(['/etc/hostname', 'nowhere.md', '../../package.json', '.']) }),
    empty: (): Mutant => (next() < 0.5 ? { kind: 'emptied', bytes: new Uint8Array() } : { kind: 'deleted', remove: true }),
  };
}

const project = projectAround(join(ROOT, 'content'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Every content file, from the project root. */
const files = readdirSync(join(project, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(md|mdx|yaml|json)$/.test(file))
  .sort()
  .map((file) => `content/${file}`);
const original = new Map(files.map((file) => [file, readFileSync(join(project, file))]));
const entriesOf = (root: string) => JSON.stringify(readContent(root).entries);
const originalEntries = entriesOf(project);

/** True when `path` is there, even as a dangling link. */
function existsOrLink(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes `mutant` over `file`, runs `action`, and puts the file back whatever happens. */
function withMutant<T>(file: string, mutant: Mutant, action: () => T): T {
  const path = join(project, file);
  unlinkSync(path);
  if ('link' in mutant) symlinkSync(mutant.link, path);
  else if ('bytes' in mutant) writeFileSync(path, mutant.bytes);
  try {
    return action();
  } finally {
    // unlink, not rm: rm follows a link to a folder and refuses it.
    if (existsOrLink(path)) unlinkSync(path);
    writeFileSync(path, original.get(file)!);
  }
}

/** The mutants that came out clean but read differently: the build must accept them too. */
const cleanAndDifferent: { number: number; file: string; mutant: Mutant }[] = [];

describe('checkContent on mutated real content', () => {
  it(`ends every one of ${MUTANTS} mutants with problem lines naming a file, or clean`, () => {
    const next = random(SEED);
    const mutate = mutators(next, gbkTable());
    const kinds = Object.values(mutate);
    const outcomes = { clean: 0, problems: 0 };
    expect(checkContent(project, { base: null }).problems).toEqual([]);
    for (let number = 0; number < MUTANTS; number++) {
      const file = files[Math.floor(next() * files.length)]!;
      const mutant = kinds[Math.floor(next() * kinds.length)]!(original.get(file)!);
      const label = `mutant ${number}: ${mutant.kind} in ${file}`;
      withMutant(file, mutant, () => {
        // No git: the copy has no history, and asking for it would only slow each run.
        const { problems } = checkContent(project, { base: null });
        for (const problem of problems) {
          expect(problem.file, label).toMatch(/^content(\/|$)/);
          expect(problem.message, label).not.toBe('');
          expect(problem.message, `${label}: ${formatProblem(problem)}`).not.toContain('内部错误');
          expect(formatProblem(problem), label).not.toMatch(/[\n\r]/);
        }
        if (problems.length > 0) outcomes.problems += 1;
        else {
          outcomes.clean += 1;
          if (entriesOf(project) !== originalEntries) cleanAndDifferent.push({ number, file, mutant });
        }
      });
    }
    console.log(`fuzz: ${MUTANTS} mutants, ${outcomes.problems} with problems, ${outcomes.clean} clean (${cleanAndDifferent.length} of them read differently)`);
    expect(outcomes.problems).toBeGreaterThan(MUTANTS / 2);
  }, 60_000);

  it('builds a clean mutant that reads differently from the real content', () => {
    const chosen = cleanAndDifferent[0];
    if (chosen === undefined) return; // every clean mutant read the same: the real content's build covers them
    console.log(`fuzz: building mutant ${chosen.number} (${chosen.mutant.kind} in ${chosen.file})`);
    withMutant(chosen.file, chosen.mutant, () => {
      expect(() => buildProject(project), `mutant ${chosen.number}: ${chosen.mutant.kind} in ${chosen.file}`).not.toThrow();
    });
  }, 240_000);
});
