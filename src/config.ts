/**
 * The one place a deployment names its district and its site. Every page title, heading and
 * footer reads these; the source text's anonymised "XX区" stays a placeholder until a real
 * deployment fills in `district`.
 */
export const config = {
  /** The district, as it appears in titles: `XX区` until a deployment sets the real name. */
  district: 'XX区',
  /** The site's name, shown in the header and every <title>. */
  title: '迎接省环保督察工作督办平台',
  /**
   * The repository's web address, for "编辑此页" links (GitHub or a compatible host): set
   * `DUBAN_REPOSITORY=https://github.com/<org>/duban` at build time; empty hides the links.
   */
  repository: (process.env['DUBAN_REPOSITORY'] ?? '').replace(/\/+$/, ''),
  /** The branch edits are proposed against. */
  branch: process.env['DUBAN_BRANCH'] ?? 'main',
} as const;

/**
 * What `npm run check` accepts as a date. A year outside the range is a typo (1900, 2202, 9999),
 * not a plan, and the calendar export cannot write every year; a deployment that really plans
 * further ahead widens it here. Offsets from a milestone are bounded so that no offset, however
 * mistyped, takes a resolved deadline far out of that range.
 */
export const dateLimits = {
  /** The first year a date may name. */
  firstYear: 2000,
  /** The last year a date may name. */
  lastYear: 2100,
  /** The most days a deadline may lie before or after its milestone (`offsetDays`). */
  maxOffsetDays: 366,
} as const;

/**
 * How units report progress (交账). A unit that has tasks to report on is 未报送 once its last
 * report (or, before its first, the meeting that gave it the task) is more than `cycleDays` days
 * old at the reader's date: weekly reporting, as the office asks today.
 */
export const reporting = {
  /** Days between two reports of a unit. */
  cycleDays: 7,
  /**
   * The largest evidence file a report may attach (content/reports/<unit>/<date>/): a scanned
   * list or a photo fits; a video or a whole archive belongs on the intranet, linked by `url`.
   */
  maxEvidenceBytes: 5 * 1024 * 1024,
} as const;

/**
 * The petition cases the inspection team hands over (交办信访件) and the district's own ledger of
 * problems: which sources a case may come from, which pollution types it may name, and how long a
 * unit has to handle a case when its batch sets no 办理时限. A deployment adapts the lists to
 * what its inspection team's sheets use; statistics count by these words.
 */
export const cases = {
  /** 来源: the team's 来电 and 来信, earlier cases handed down, and what the district finds itself. */
  sources: ['来电', '来信', '中央环保督察交办件', '省级信访件', '省大气督查交办件', '上级通报', '自查'],
  /** 污染类型, in the order statistics list them. */
  pollutionTypes: ['水', '大气', '土壤', '噪声', '生态', '固废', '油烟', '扬尘', '辐射', '其他'],
  /** 办理时限 when a case sets none: this many days after the batch's 交办日期. */
  dueDays: 15,
} as const satisfies { sources: readonly [string, ...string[]]; pollutionTypes: readonly [string, ...string[]]; dueDays: number };

/** The web address that opens `file` (a path from the repository root) for editing, if any. */
export function editUrl(file: string): string | undefined {
  return config.repository === '' ? undefined : `${config.repository}/edit/${config.branch}/${file}`;
}

/**
 * The Content-Security-Policy: nothing but the site's own files. Scripts are external modules
 * (no inline script anywhere), stylesheets are files (build.inlineStylesheets: 'never'), and
 * 'wasm-unsafe-eval' lets Pagefind compile its own WebAssembly search engine. Every page carries
 * it as a meta tag; deploy/nginx.conf (generated from it) sends it as a header, with
 * `headerOnlyPolicy` added.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Directives a meta tag cannot carry (browsers ignore frame-ancestors there), so only the server's
 * header sends them, after `contentSecurityPolicy`: no other site may show these pages in a frame.
 */
export const headerOnlyPolicy = "frame-ancestors 'self'";
