/**
 * Facts about this build for the footer: the date it was built, and which version of the content
 * it shows (the last commit that touched content/, or a digest of the files when there is no git).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chinaDate } from '~/lib/dates';

/** The build's date in China Standard Time, `YYYY-MM-DD`. */
export const buildDate = chinaDate();

/** The content's version: `4b5d122（2026-11-28）`, or `内容摘要 1a2b3c4d` without git history. */
export const contentVersion = readContentVersion();

function readContentVersion(): string {
  try {
    const line = execFileSync('git', ['log', '-1', '--format=%h %cs', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (line !== '') {
      const [hash, date] = line.split(' ');
      return `${hash}（${date}）`;
    }
  } catch {
    // No git, or not a repository (a tarball build): fall back to a digest of the files.
  }
  const hash = createHash('sha256');
  const root = join(process.cwd(), 'content');
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    try {
      hash.update(file).update(readFileSync(join(root, file)));
    } catch {
      // a directory: its files are listed on their own
    }
  }
  return hash.digest('hex').slice(0, 8);
}
