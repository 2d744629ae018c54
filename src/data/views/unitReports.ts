/**
 * A unit's reports (交账) in full, newest first, each at its own anchor (`#d2022-05-15`): what it
 * said of each task — state, 进展情况, 存在问题, 下步打算, evidence. The task page and the unit's
 * report history link here; the evidence files are published beside it.
 */
import { progressLabel } from '../../lib/progressStates.ts';
import { evidencePath, reportKey } from '../../schemas/report.ts';
import { proseDate } from '../build.ts';
import { entryOf } from '../content.ts';
import type { DepartmentEntry } from '../entries.ts';
import type { Site } from '../site.ts';
import { evidenceLink, stateWord, type EvidenceLink } from './progressRows.ts';

/** What a report said of one task. */
export interface ReportedTask {
  task: string;
  title: string;
  /** The state the unit reported, in words. */
  state: string;
  progress: string | undefined;
  problems: string | undefined;
  nextSteps: string | undefined;
  evidence: readonly EvidenceLink[];
}

/** One report. */
export interface ReportView {
  date: string;
  /** 2022年5月15日. */
  dateText: string;
  /** The anchor on the page: `d2022-05-15`. */
  anchor: string;
  reporter: string | undefined;
  tasks: readonly ReportedTask[];
}

/** What the page shows. */
export interface UnitReportsPage {
  unit: DepartmentEntry;
  reports: readonly ReportView[];
}

/** The view of unit `id`'s reports page. */
export function unitReportsPage(site: Site, id: string): UnitReportsPage {
  const unit = entryOf(site.content.departmentById, id, 'unitReportsPage');
  return {
    unit,
    reports: site.progress.forUnit(id).reports.map((report) => {
      const { date } = reportKey(report.id);
      return {
        date,
        dateText: proseDate(date),
        anchor: `d${date}`,
        reporter: report.data.reporter,
        tasks: report.data.tasks.map((line) => ({
          task: line.task,
          title: site.content.taskById.get(line.task)?.data.title ?? line.task,
          state: stateWord(progressLabel(line.state, false)),
          progress: line.progress,
          problems: line.problems,
          nextSteps: line.nextSteps,
          evidence: line.evidence.map((evidence) => evidenceLink(report.id, evidence)),
        })),
      };
    }),
  };
}

/** The static paths of the reports pages: one per unit that has reported. */
export function unitReportsPaths(site: Site): { params: { unit: string } }[] {
  return site.progress.units.filter((unit) => site.progress.forUnit(unit).reports.length > 0).map((unit) => ({ params: { unit } }));
}

/**
 * Every evidence file the reports name, to publish beside its report: the route's parameters
 * (`reports/<unit>/<date>/<file>`) and the file's place in the project.
 */
export function evidenceFiles(site: Site): { params: { report: string; file: string }; props: { path: string } }[] {
  return site.content.reports.flatMap((report) =>
    report.data.tasks.flatMap((line) => line.evidence.flatMap((evidence) => (evidence.file === undefined ? [] : [{ params: { report: report.id, file: evidence.file }, props: { path: evidencePath(report.id, evidence.file) } }]))),
  );
}
