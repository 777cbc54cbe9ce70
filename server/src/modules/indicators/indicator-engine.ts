/**
 * Assembles the indicators of every subject of one kind from the repository's aggregates
 * (docs/indicators.md), then scores, grades and ranks them with core's rules.
 */
import {
  compositeScore,
  countOf,
  gradeOf,
  gridCoverage,
  isComparable,
  patrolCoverage,
  rankRows,
  rateOf,
  type CoveragePeriod,
  type DepartmentRecord,
  type Grade,
  type GradeBands,
  type IndicatorValue,
  type SubjectKind,
  type Weights,
} from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import type { Judged, Span } from './indicator.record.ts';

export interface IndicatorSubject {
  kind: SubjectKind;
  id: string;
  code?: string;
  username?: string;
  name: string;
}

export interface IndicatorRow {
  subject: IndicatorSubject;
  indicators: Record<string, IndicatorValue>;
  /** How many cases the subject's figures rest on (docs/indicators.md, minimum sample). */
  sample: number;
  score: number | null;
  grade: Grade | null;
  rank: number | null;
  comparable: boolean;
  /** The street a supervisor or a street row belongs to (for scoping, not shown). */
  streetCode: string | null;
}

type Unscored = Omit<IndicatorRow, 'score' | 'grade' | 'rank' | 'comparable'>;

const byKey = (list: Judged[]) => new Map(list.map((j) => [j.key, j]));
const judgedRate = (j: Judged | undefined, overdue = 0): IndicatorValue =>
  rateOf(j?.onTime ?? 0, (j?.onTime ?? 0) + (j?.late ?? 0) + overdue);

/** Computes, scores and ranks one subject kind's rows over a period. */
export class IndicatorEngine {
  constructor(
    private readonly repos: Repos,
    private readonly period: CoveragePeriod,
    private readonly now: number,
  ) {}

  private get span(): Span {
    return { start: this.period.startMs, end: this.period.endMs, now: this.now };
  }

  async rows(
    kind: SubjectKind,
    departments: readonly DepartmentRecord[],
    weights: Weights,
    bands: GradeBands,
  ): Promise<IndicatorRow[]> {
    const raw =
      kind === 'supervisor'
        ? await this.supervisors()
        : kind === 'department'
          ? await this.departments(departments)
          : kind === 'street'
            ? await this.streets()
            : await this.staff();
    const scored = raw.map((r) => {
      const score = compositeScore(kind, r.indicators as never, weights);
      return { ...r, score, grade: gradeOf(score, bands), comparable: isComparable(r.sample) };
    });
    return rankRows(scored.map((r) => ({ ...r, name: r.subject.name, id: r.subject.id }))).map(
      ({ name: _n, id: _i, ...r }) => r,
    );
  }

  /** Patrol coverage of the period per current responsible supervisor and per street. */
  private async coverage() {
    const [grids, counts] = await Promise.all([
      this.repos.grids.list(),
      this.repos.patrols.gridPatrolCounts(this.period.startMs, this.period.endMs),
    ]);
    const rules = gridCoverage(
      grids.map((g) => ({
        code: g.code,
        streetCode: g.streetCode,
        supervisorId: g.supervisor?.id ?? null,
        patrols: counts.get(g.code)?.patrols ?? 0,
      })),
      this.period.days,
    );
    const pc = patrolCoverage(rules);
    const share = (s: { covered: number; required: number } | undefined) =>
      rateOf(s?.covered ?? 0, s?.required ?? 0);
    return {
      supervisor: (id: string) => share(pc.supervisors.find((x) => x.userId === id)),
      street: (code: string) => share(pc.streets.find((x) => x.streetCode === code)),
    };
  }

  private async supervisors(): Promise<Unscored[]> {
    const r = this.repos.indicators;
    const s = this.span;
    const [reports, filings, verify, check, overdue, audits, coverage] = await Promise.all([
      r.reportsByActor(s),
      r.gridFilings(s),
      r.judged('verify', s).then(byKey),
      r.judged('check', s).then(byKey),
      r.overdueSupervision(s),
      r.failedAudits(s),
      this.coverage(),
    ]);
    const users = (await r.users([...reports.keys(), ...filings.keys()])).filter((u) => u.supervisor);
    const open = (id: string, status: string) =>
      overdue.filter((o) => o.userId === id && o.status === status).reduce((a, o) => a + o.n, 0);
    return users.map((u) => {
      const rep = reports.get(u.id) ?? { reports: 0, valid: 0 };
      const fil = filings.get(u.id) ?? { filed: 0, missed: 0 };
      const onTimeVerifyRate = judgedRate(verify.get(u.id), open(u.id, 'pending_verification'));
      const onTimeCheckRate = judgedRate(check.get(u.id), open(u.id, 'pending_check'));
      return {
        subject: { kind: 'supervisor', id: u.id, username: u.username, name: u.displayName },
        indicators: {
          reportCount: countOf(rep.reports),
          validReportCount: countOf(rep.valid),
          validReportRate: rateOf(rep.valid, rep.reports),
          onTimeVerifyRate,
          onTimeCheckRate,
          missedReportCount: countOf(fil.missed),
          missedReportRate: rateOf(fil.missed, fil.filed),
          patrolCoverage: coverage.supervisor(u.id),
          falseCheckCount: countOf(audits.bySupervisor.get(u.id) ?? 0),
        },
        sample: rep.reports + (onTimeVerifyRate.denominator ?? 0) + (onTimeCheckRate.denominator ?? 0),
        streetCode: u.scopeKind === 'street' ? u.scopeCode : null,
      };
    });
  }

  private async departments(list: readonly DepartmentRecord[]): Promise<Unscored[]> {
    const r = this.repos.indicators;
    const s = this.span;
    const [cohorts, events, handle, overdue, audits] = await Promise.all([
      r.dispatchCohorts(s),
      r.handlingEvents(s),
      r.judged('handle', s).then(byKey),
      r.overdueHandling(s),
      r.failedAudits(s),
    ]);
    const seen = (id: string) => cohorts.has(id) || events.has(id) || handle.has(id) || overdue.has(id);
    return list
      .filter((d) => d.active || seen(d.id))
      .map((d) => {
        const c = cohorts.get(d.id) ?? { due: 0, handled: 0, extended: 0, closed: 0 };
        const e = events.get(d.id) ?? { feedbacks: 0, reworks: 0, returns: 0 };
        const open = overdue.get(d.id) ?? 0;
        const falseCloses = audits.byDepartment.get(d.id) ?? 0;
        return {
          subject: { kind: 'department', id: d.id, code: d.code, name: d.name },
          indicators: {
            dueCount: countOf(c.due),
            handledRate: rateOf(c.handled, c.due),
            onTimeHandleRate: judgedRate(handle.get(d.id), open),
            closeRate: rateOf(c.closed, c.due),
            reworkRate: rateOf(e.reworks + falseCloses, e.feedbacks),
            extensionRate: rateOf(c.extended, c.due),
            returnCount: countOf(e.returns),
            overdueOpenCount: countOf(open),
            overdueOpenShare: rateOf(open, c.due),
            falseCloseCount: countOf(falseCloses),
          },
          sample: c.due,
          streetCode: d.streetCode,
        };
      });
  }

  private async streets(): Promise<Unscored[]> {
    const r = this.repos.indicators;
    const s = this.span;
    const [streets, filings, closures, reports, overdue, coverage] = await Promise.all([
      r.streets(),
      r.streetFilings(s),
      r.streetClosures(s),
      r.streetReports(s),
      r.overdueByStreet(s),
      this.coverage(),
    ]);
    return streets.map((st) => {
      const f = filings.get(st.code) ?? { filed: 0, closed: 0 };
      const c = closures.get(st.code) ?? { closed: 0, onTime: 0, grassroots: 0 };
      const rep = reports.get(st.code) ?? { reports: 0, hotline: 0 };
      return {
        subject: { kind: 'street', id: st.code, code: st.code, name: st.name },
        indicators: {
          filedCount: countOf(f.filed),
          closeRate: rateOf(f.closed, f.filed),
          onTimeCloseRate: rateOf(c.onTime, c.closed + (overdue.get(st.code) ?? 0)),
          grassrootsRate: rateOf(c.grassroots, c.closed),
          publicReportShare: rateOf(rep.hotline, rep.reports),
          patrolCoverage: coverage.street(st.code),
        },
        sample: f.filed,
        streetCode: st.code,
      };
    });
  }

  private async staff(): Promise<Unscored[]> {
    const r = this.repos.indicators;
    const s = this.span;
    const [filings, dispatches, file, dispatch, close] = await Promise.all([
      r.staffFilings(s),
      r.staffDispatches(s),
      r.judged('file', s).then(byKey),
      r.judged('dispatch', s).then(byKey),
      r.judged('close', s).then(byKey),
    ]);
    const ids = new Set([
      ...filings.keys(),
      ...dispatches.keys(),
      ...file.keys(),
      ...dispatch.keys(),
      ...close.keys(),
    ]);
    const users = (await r.users([...ids])).filter((u) => ids.has(u.id));
    return users.map((u) => {
      const f = filings.get(u.id) ?? { filed: 0, voided: 0 };
      const d = dispatches.get(u.id) ?? { dispatched: 0, returned: 0 };
      const onTimeCloseRate = judgedRate(close.get(u.id));
      return {
        subject: { kind: 'staff', id: u.id, username: u.username, name: u.displayName },
        indicators: {
          onTimeFileRate: judgedRate(file.get(u.id)),
          accurateFileRate: rateOf(f.filed - f.voided, f.filed),
          onTimeDispatchRate: judgedRate(dispatch.get(u.id)),
          accurateDispatchRate: rateOf(d.dispatched - d.returned, d.dispatched),
          onTimeCloseRate,
        },
        sample: f.filed + d.dispatched + (onTimeCloseRate.denominator ?? 0),
        streetCode: u.scopeKind === 'street' ? u.scopeCode : null,
      };
    });
  }
}
