/**
 * What the search box does with a query before and after Pagefind: normalising it, deciding how
 * to ask Pagefind, and ranking what comes back so that pages holding the exact phrase come first.
 *
 * Measured on Pagefind 1.6 with Chinese segmentation: an unquoted query is an AND of its
 * segmented parts, so 环保督察 also finds pages where 环保 and 督察 stand apart, ranked by chance;
 * numbers match by prefix (123 finds 1230); a single character is indexed only where the
 * segmenter left it alone, so 料 misses 资料. Hence:
 * - every query is run as Pagefind's plain query (its quoted phrase search finds nothing for many
 *   Chinese phrases, because query and index are segmented differently); the results are then
 *   re-ranked here: the exact phrase in the title first (the title it fills most first), then the
 *   exact phrase in the text, then the rest in Pagefind's order;
 * - a number, or a query of one Chinese character, keeps only pages where it occurs literally (as a
 *   whole number not followed by another digit), so 5 does not find 50 and 料 means 料;
 *   one-character queries are also widened (see `expandSingle`).
 */

/** A query prepared for searching. */
export interface QueryPlan {
  /** What the user typed, trimmed, with full-width spaces folded and quotes removed. */
  text: string;
  /** What is sent to Pagefind. */
  term: string;
  /** When set, only results whose text contains this literally are kept. */
  literal: RegExp | undefined;
  /** A number, a single Chinese character, or words. */
  kind: 'number' | 'character' | 'words';
}

const CJK = /[\u3400-\u9fff]/;

/** Escapes a string for use inside a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Prepares a query. Returns undefined for an empty one. */
export function planQuery(input: string): QueryPlan | undefined {
  const text = input.replace(/[\u3000\s]+/g, ' ').replace(/["“”「」『』]/g, '').trim();
  if (text === '') return undefined;
  const isNumber = /^\d+$/.test(text);
  const isSingle = [...text].length === 1 && CJK.test(text);
  const literal = isNumber ? new RegExp(`(?<!\\d)${escape(text)}(?!\\d)`) : isSingle ? new RegExp(escape(text)) : undefined;
  return { text, term: text, literal, kind: isNumber ? 'number' : isSingle ? 'character' : 'words' };
}

/** What ranking needs to know of a result. */
export interface Rankable {
  title: string;
  /** The page's indexed text (Pagefind's `content`). */
  content: string;
}

/**
 * Orders results: exact phrase in the title, then exact phrase in the text, then the rest, each
 * group in Pagefind's order; drops results that fail the plan's literal test.
 */
export function rankResults<T extends Rankable>(results: readonly T[], plan: QueryPlan): T[] {
  const phrase = plan.text.replace(/\s+/g, '');
  const squash = (text: string) => text.replace(/\s+/g, '');
  const tier = (result: T): number => {
    if (squash(result.title).includes(phrase)) return 0;
    if (squash(result.content).includes(phrase)) return 1;
    return 2;
  };
  // Among titles holding the phrase, the one the phrase fills most is the one about it:
  // "区环保局" before "…到区环保局驻点脱产办公" for 环保局.
  const coverage = (result: T, level: number) => (level === 0 ? phrase.length / Math.max(1, squash(result.title).length) : 0);
  return results
    .filter((result) => plan.literal === undefined || plan.literal.test(result.title) || plan.literal.test(result.content))
    .map((result, index) => {
      const level = tier(result);
      return { result, index, level, coverage: coverage(result, level) };
    })
    .sort((a, b) => a.level - b.level || b.coverage - a.coverage || a.index - b.index)
    .map(({ result }) => result);
}

/** The search page's state in the URL: `?q=台账&类型=任务&单位=区公安分局` (filter names from the string table). */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

/** Reads the state from a query string; `filterNames` are the filters the page offers. */
export function readSearchState(search: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter((value) => value !== '');
    if (values.length > 0) filters[name] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

/** Writes the state as a query string (`''` when empty), filters in the order given. */
export function writeSearchState(state: SearchState, filterNames: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const name of filterNames) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** A piece of an excerpt, marked when it is a match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Pagefind's excerpt (escaped text, `<mark>` around matched words) as plain parts. Pagefind marks
 * segmented words (驻 of 驻点); when the whole phrase occurs, the phrase is marked instead.
 */
export function excerptParts(excerpt: string, phrase: string): ExcerptPart[] {
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
  const given = excerpt.split(/<\/?mark>/).map((text, index) => ({ text: decode(text), mark: index % 2 === 1 }));
  const plain = given.map((part) => part.text).join('');
  const wanted = phrase.replace(/\s+/g, '');
  if (wanted === '' || !plain.includes(wanted)) return given.filter((part) => part.text !== '');
  return plain
    .split(wanted)
    .flatMap((text, index) => (index === 0 ? [{ text, mark: false }] : [{ text: wanted, mark: true }, { text, mark: false }]))
    .filter((part) => part.text !== '');
}

/** An element with an id on a result's page, and where it starts in the page's words (Pagefind's `anchors`). */
export interface Anchor {
  element: string;
  id: string;
  location: number;
}

/** A matched word and how much it counts (Pagefind's `weighted_locations`). */
export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

/** A transcript paragraph (an id of src/lib/transcript.ts: `p1`, `p2`, …). */
const isParagraph = (anchor: Anchor) => anchor.element === 'p' && /^p\d+$/.test(anchor.id);
/** A heading ends the paragraph before it. */
const isHeading = (anchor: Anchor) => /^h[1-6]$/.test(anchor.element);

/**
 * Where a result should open: the transcript paragraph whose words score highest for the query,
 * so that a hit in a long speech lands on its paragraph, not the top of the page. A paragraph runs
 * from its anchor to the next paragraph or heading; other elements with ids (inside a paragraph,
 * say) are passed over. Undefined when no hit is in a paragraph.
 */
export function landingParagraph(anchors: readonly Anchor[], hits: readonly WeightedLocation[]): string | undefined {
  const bounds = anchors.filter((anchor) => isParagraph(anchor) || isHeading(anchor)).sort((a, b) => a.location - b.location);
  const scores = new Map<string, number>();
  for (const hit of hits) {
    const container = bounds.findLast((anchor) => anchor.location <= hit.location);
    if (container === undefined || !isParagraph(container)) continue;
    scores.set(container.id, (scores.get(container.id) ?? 0) + hit.balanced_score);
  }
  let best: [string, number] | undefined;
  for (const entry of scores) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/**
 * A 受理编号 as the case schema allows it (src/schemas/case.ts, not imported: it would bring zod
 * into the search page's script): letters and digits, in parts joined by hyphens.
 */
const CASE_ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/**
 * Whether what is being typed may still become a 受理编号 (letters, digits, hyphens so far): the
 * search page then waits for the query before it loads the index, because at 20,000 cases the
 * index alone costs more than the budget of a 受理编号 search.
 */
export function mayBeCaseId(input: string): boolean {
  return /^[A-Za-z0-9-]*$/.test(input.trim());
}

/**
 * The 受理编号 a query names, if it can be one: a letter-and-digit code (D3SX202209200001), or
 * a long number (a team may number by digits alone; eight digits leave out task numbers and dates).
 * The search page looks the case page up by it before asking the index.
 */
export function caseIdQuery(input: string): string | undefined {
  const text = input.trim();
  if (!CASE_ID.test(text)) return undefined;
  return (/\d/.test(text) && /[A-Za-z]/.test(text)) || /^\d{8,}$/.test(text) ? text : undefined;
}
