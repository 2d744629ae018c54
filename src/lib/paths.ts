/**
 * Every internal link goes through `href()`, which puts the configured base (`/ducha/`) in front,
 * so the site works under a sub-path. `routes` names each page once.
 */

/**
 * Joins a base (`/`, `/ducha/`, `/ducha`) and a site path (`tasks/x/`) with exactly one slash.
 * The base is URL-encoded (`/du ban/` → `/du%20ban/`), so that any BASE_PATH gives valid links.
 */
export function joinBase(base: string, path: string): string {
  const encoded = encodeBase(base);
  const head = encoded.endsWith('/') ? encoded : `${encoded}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/**
 * A base path with each segment percent-encoded once: a space or a Chinese folder name is
 * encoded, a base that is encoded already stays as it is, and a stray `%` becomes `%25`.
 */
export function encodeBase(base: string): string {
  return base
    .split('/')
    .map((segment) => {
      try {
        return encodeURIComponent(decodeURIComponent(segment));
      } catch {
        return encodeURIComponent(segment);
      }
    })
    .join('/');
}

/** A link to a page of this site, under the configured base. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * A page's full address when the site's own address is configured (`site` in astro.config, from
 * SITE_URL), else its path under the base: feeds, exports and units.json link back with it.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site === undefined ? href(path) : new URL(href(path), site).href;
}

/** The path of every kind of page, relative to the base. */
export const routes = {
  home: () => '',
  meetings: () => 'meetings/',
  meeting: (id: string, paragraph?: string) => `meetings/${id}/${paragraph === undefined ? '' : `#${paragraph}`}`,
  directives: () => 'directives/',
  directive: (id: string) => `directives/${id}/`,
  tasks: () => 'tasks/',
  task: (id: string) => `tasks/${id}/`,
  units: () => 'units/',
  unit: (id: string) => `units/${id}/`,
  /** A unit's full task list (paged); its page shows only the first few. */
  unitTaskList: (id: string) => `units/${id}/tasks/`,
  /** Every deadline that reaches a unit, in the timeline's order; its page shows only the first few. */
  unitDeadlines: (id: string) => `units/${id}/deadlines/`,
  /** A unit's reports (交账) in full, newest first; with `date`, at that report. */
  unitReports: (unit: string, date?: string) => `reports/${unit}/${date === undefined ? '' : `#d${date}`}`,
  /** Every task of a unit with its state (paged); its page shows the sums. */
  unitProgress: (id: string) => `units/${id}/progress/`,
  /** An evidence file published beside report `report` (`<unit>/<date>`). */
  evidence: (report: string, file: string) => `reports/${report}/${encodeURIComponent(file)}`,
  /** The 进度总览, sorted by `sort` (none: by unit). */
  progress: (sort?: string) => (sort === undefined ? 'progress/' : `progress/${sort}/`),
  /** The 进度总览 as an Excel workbook. */
  progressWorkbook: () => 'progress/progress.xlsx',
  checklists: () => 'checklists/',
  checklist: (id: string) => `checklists/${id}/`,
  milestones: () => 'milestones/',
  milestone: (id: string) => `milestones/#${id}`,
  matrix: () => 'matrix/',
  /** The matrix with every group expanded into its member units. */
  matrixMembers: () => 'matrix/members/',
  /** The matrix as an Excel workbook: as named, and expanded. */
  matrixWorkbook: () => 'matrix/matrix.xlsx',
  timeline: () => 'timeline/',
  restorations: () => 'restorations/',
  changes: () => 'changes/',
  changesFeed: () => 'changes.xml',
  unitFeed: (id: string) => `units/${id}/changes.xml`,
  /** A unit's 报送 page: its progress filled in and downloaded for the office. */
  unitReport: (id: string) => `units/${id}/report/`,
  /** A unit's own list of recent changes; its page shows only the first few. */
  unitChanges: (id: string) => `units/${id}/changes/`,
  /** A download: `tasks.xlsx` for all, `units/<id>/tasks.xlsx` for one unit. */
  download: (file: 'tasks.csv' | 'tasks.xlsx' | 'calendar.ics' | 'tasks.json', unit?: string) => (unit === undefined ? file : `units/${unit}/${file}`),
  bulletins: () => 'bulletins/',
  /** A 督查通报 by its 期号, as an A4 公文; beside it, the same as a Word file. */
  bulletin: (number: string) => `bulletins/${number}/`,
  bulletinDocx: (number: string) => `bulletins/${number}/bulletin.docx`,
  /** The 督办通知 a bulletin sends one unit it names, and its Word file. */
  notice: (number: string, unit: string) => `bulletins/${number}/notices/${unit}/`,
  noticeDocx: (number: string, unit: string) => `bulletins/${number}/notices/${unit}/notice.docx`,
  // Petition cases (issue 16, the case pages): the ledger, a batch's list, one case, a unit's cases.
  /** The ledger of every case (paged), newest batch first; filters in the address with JavaScript. */
  cases: () => 'cases/',
  /** One batch's cases (第N批), paged. */
  caseBatch: (batch: number) => `cases/batch/${batch}/`,
  /** One case, by its 受理编号. */
  case: (id: string) => `cases/${id}/`,
  /** The cases a unit leads or assists (paged); its unit page shows the sums. */
  unitCases: (id: string) => `units/${id}/cases/`,
  // Issue 16, the case statistics and the disclosure tables (casestats):
  /** The petition cases' statistics, with the day's report text. */
  caseStats: () => 'cases/stats/',
  /** The disclosure tables (公开情况一览表), one per batch that has a published case. */
  disclosures: () => 'cases/disclosure/',
  /** The disclosure table of batch `batch` (第N批), and the same as an Excel and a Word file. */
  disclosure: (batch: number) => `cases/disclosure/${batch}/`,
  disclosureWorkbook: (batch: number) => `cases/disclosure/${batch}/disclosure.xlsx`,
  disclosureDocx: (batch: number) => `cases/disclosure/${batch}/disclosure.docx`,
  search: (query?: string) => `search/${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`,
} as const;
