/**
 * What has been published of the checklists, for the rule that keeps it (rules/
 * publishedItemsKept.ts): units' saved ticks and notes are stored in their browsers against the
 * checklist id and the item ids, so a published id that disappears strands them for good.
 *
 * The published state is the union of two records, so that the rule fails closed:
 * - content/published.json (src/schemas/published.ts), committed with the content and rewritten by
 *   `npm run check` whenever the content passes: it holds even without git history (a shallow
 *   clone, a push to main with no base to compare with, a copied folder);
 * - the checklists at the git base: the pull request's base in CI (`DUBAN_BASE_REF`, which must
 *   exist), otherwise HEAD when there is history, so an uncommitted change is caught before the
 *   record is rewritten.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import yaml from 'js-yaml';
import { fieldPath, type Problem } from '../lib/problems.ts';
import type { Checklist } from '../schemas/checklist.ts';
import { CONTENT_DIR } from '../schemas/collections.ts';
import { editorErrorMap } from '../schemas/messages.ts';
import { PublishedSchema, type Published } from '../schemas/published.ts';
import type { Checked } from './context.ts';
import { filesAtRevision, filesUnder, revisionExists } from './filesAtRevision.ts';

/** The record of what was published, from the project root. */
export const PUBLISHED_FILE = posix.join(CONTENT_DIR, 'published.json');

/** The checklists' folder, from the project root. */
const CHECKLISTS_DIR = posix.join(CONTENT_DIR, 'checklists');

/** What the rules compare the checklists with. */
export interface PublishedState {
  /** Checklist id → every item id published for it (items and retired), from either record. */
  checklists: ReadonlyMap<string, ReadonlySet<string>>;
  /** Checklists withdrawn on purpose (`withdrawn` in content/published.json). */
  withdrawn: ReadonlySet<string>;
}

/** Nothing published: a new project, or a test about something else. */
export const NOTHING_PUBLISHED: PublishedState = { checklists: new Map(), withdrawn: new Set() };

/** The git revision to compare with, and whether someone asked for it (then it must exist). */
export interface BaseRef {
  ref: string;
  explicit: boolean;
}

/** The base named by `DUBAN_BASE_REF`, else HEAD (implicitly: without history there is none). */
export function baseRefFromEnvironment(env: NodeJS.ProcessEnv = process.env): BaseRef {
  const named = env['DUBAN_BASE_REF']?.trim() ?? '';
  return named === '' ? { ref: 'HEAD', explicit: false } : { ref: named, explicit: true };
}

/** The record as read: its data, and its text (to tell whether it needs rewriting), if any. */
interface PublishedRecord {
  data: Published | undefined;
  text: string | undefined;
}

/** Reads content/published.json; an unreadable or invalid record is a problem, an absent one is not. */
function readRecord(root: string, problems: Problem[]): PublishedRecord {
  const path = join(root, PUBLISHED_FILE);
  const report = (field: string, message: string) => problems.push({ file: PUBLISHED_FILE, field, message });
  try {
    if (lstatSync(path).isSymbolicLink()) {
      report('', '是符号链接（快捷方式），不会被读取：请放入文件本身（可运行 npm run check 重新生成）');
      return { data: undefined, text: undefined };
    }
  } catch {
    return { data: undefined, text: undefined };
  }
  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    json = JSON.parse(text);
  } catch (error) {
    report('', `无法读取（${error instanceof Error ? error.message : String(error)}）：此文件由 npm run check 生成，可用 git checkout -- ${PUBLISHED_FILE} 恢复后重新运行`);
    return { data: undefined, text: undefined };
  }
  const parsed = PublishedSchema.safeParse(json, { error: editorErrorMap });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(fieldPath(issue.path), issue.message);
    return { data: undefined, text };
  }
  return { data: parsed.data, text };
}

/** Item ids (kept and retired) of a checklist file's text; undefined when it does not parse. */
function itemIdsOf(text: string): Set<string> | undefined {
  try {
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as { items?: unknown; retired?: unknown } | null;
    const items = Array.isArray(data?.items) ? data.items : [];
    const retired = Array.isArray(data?.retired) ? data.retired : [];
    const ids = [...items.map((item: unknown) => (item as { id?: unknown } | null)?.id), ...retired];
    return new Set(ids.filter((id): id is string => typeof id === 'string'));
  } catch {
    return undefined;
  }
}

/** The checklists at `base`: id → item ids. A missing explicit base is a problem. */
function checklistsAtBase(root: string, base: BaseRef, problems: Problem[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  if (!revisionExists(root, base.ref)) {
    if (base.explicit) {
      problems.push({
        file: CHECKLISTS_DIR,
        field: '',
        message: `DUBAN_BASE_REF 指定的比较基准 "${base.ref}" 在 git 历史中不存在，无法确认已发布的清单条目都还在（请改正分支名，或在 CI 中先 git fetch 该分支）`,
      });
    }
    return found;
  }
  const files = filesUnder(root, base.ref, CHECKLISTS_DIR).filter((file) => file.endsWith('.yaml'));
  for (const [file, text] of filesAtRevision(root, base.ref, files)) {
    // A file that did not parse then was never published: the build refused it.
    const ids = itemIdsOf(text);
    if (ids !== undefined) found.set(posix.basename(file, '.yaml'), ids);
  }
  return found;
}

/** What was published, and the record as it stands. */
export interface PublishedRead {
  state: PublishedState;
  /** The record's text, undefined when there is none (or it cannot be read). */
  recordText: string | undefined;
  /** The record as read, when it is valid. */
  record: Published | undefined;
}

/** Reads what was published: the record in content/, and the checklists at the git base (if any). */
export function readPublished(root: string, base: BaseRef | null, problems: Problem[]): PublishedRead {
  const record = readRecord(root, problems);
  const checklists = new Map<string, Set<string>>();
  const add = (id: string, items: Iterable<string>) => {
    const set = checklists.get(id) ?? new Set<string>();
    for (const item of items) set.add(item);
    checklists.set(id, set);
  };
  for (const [id, items] of Object.entries(record.data?.checklists ?? {})) add(id, items);
  if (base !== null) for (const [id, items] of checklistsAtBase(root, base, problems)) add(id, items);
  return { state: { checklists, withdrawn: new Set(record.data?.withdrawn ?? []) }, recordText: record.text, record: record.data };
}

/**
 * The record for the checklists as they are now: each checklist's item ids and retired ids,
 * sorted, and the withdrawn list kept.
 */
export function publishedRecord(checklists: readonly Checked<Pick<Checklist, 'items' | 'retired'>>[], withdrawn: readonly string[]): Published {
  const sorted = [...checklists].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    $comment: '已发布的清单及其条目 id，由 npm run check 自动更新，请随内容一并提交。各单位的勾选按这些 id 保存：清单改名请在清单中写 renamedFrom，确要撤销的清单 id 写入 withdrawn。',
    checklists: Object.fromEntries(sorted.map((checklist) => [checklist.id, [...new Set([...checklist.data.items.map((item) => item.id), ...checklist.data.retired])].sort()])),
    withdrawn: [...new Set(withdrawn)].sort(),
  };
}

/** The record's text: stable, so that it changes only when ids change. */
export function publishedText(record: Published): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * What the record lacks, and what it holds that is gone (renamed or withdrawn), for the message
 * that asks for it to be brought up to date: `good 的 xin、qingdan-2（整份清单）`.
 */
export function recordDifferences(recorded: Published, wanted: Published): { missing: string[]; gone: string[] } {
  const missing: string[] = [];
  for (const [id, items] of Object.entries(wanted.checklists)) {
    const had = recorded.checklists[id];
    if (had === undefined) missing.push(`${id}（整份清单）`);
    else {
      const lacking = items.filter((item) => !had.includes(item));
      if (lacking.length > 0) missing.push(`${id} 的 ${lacking.join('、')}`);
    }
  }
  const gone = Object.keys(recorded.checklists).filter((id) => !Object.hasOwn(wanted.checklists, id));
  return { missing, gone };
}
