/**
 * Assembles the indicators of every subject of one kind (docs/indicators.md): the period's sums of
 * the daily rollup of case facts, plus what is read live (open overdue work, failed 督查 re-checks,
 * patrol coverage); then scores, grades and ranks them with core's rules.
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
  type FactMetric,
  type Grade,
  type JudgedStep,
  type GradeBands,
  type IndicatorValue,
  type SubjectKind,
  type Weights,
} from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import type { Span } from './indicator.record.ts';

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

type Sums = Map<string, Map<string, number>>;

/** Computes, scores and ranks one subject kind's rows over a period. */
export class IndicatorEngine {
  constructor(
    private readonly repos: Repos,
    private readonly period: CoveragePeriod,
    private readonly now: number,
  ) {}

  private sumsOnce: Promise<Sums> | null = null;

  private get span(): Span {
    return { start: this.period.startMs, end: this.period.endMs, now: this.now };
  }

  /** The rollup's sums over the period's days (read once for every kind). */
  private async sums(): Promise<{
    of: (metric: FactMetric, subject: string) => number;
    subjects: (...metrics: FactMetric[]) => Set<string>;
    judged: (step: JudgedStep, subject: string, overdue?: number) => IndicatorValue;
  }> {
    this.sumsOnce ??= this.repos.indicatorRollup.sums(this.period.from, this.period.to);
    const sums = await this.sumsOnce;
    const of = (metric: FactMetric, subject: string) => sums.get(metric)?.get(subject) ?? 0;
    return {
      of,
      subjects: (...metrics) =>
        new Set(metrics.flatMap((m) => [...(sums.get(m) ?? [])].filter(([, n]) => n !== 0).map(([k]) => k))),
      judged: (step, subject, overdue = 0) => {
        const onTime = of(`${step}.onTime`, subject);
        return rateOf(onTime, onTime + of(`${step}.late`, subject) + overdue);
      },
    };
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
    const [sums, overdue, audits, coverage] = await Promise.all([
      this.sums(),
      r.overdueSupervision(s),
      r.failedAudits(s),
      this.coverage(),
    ]);
    const named = sums.subjects('reports', 'gridFiled');
    const users = (await r.users([...named])).filter((u) => u.supervisor);
    const open = (id: string, status: string) =>
      overdue.filter((o) => o.userId === id && o.status === status).reduce((a, o) => a + o.n, 0);
    return users.map((u) => {
      const reports = sums.of('reports', u.id);
      const valid = sums.of('validReports', u.id);
      const filed = sums.of('gridFiled', u.id);
      const missed = sums.of('gridMissed', u.id);
      const onTimeVerifyRate = sums.judged('verify', u.id, open(u.id, 'pending_verification'));
      const onTimeCheckRate = sums.judged('check', u.id, open(u.id, 'pending_check'));
      return {
        subject: { kind: 'supervisor', id: u.id, username: u.username, name: u.displayName },
        indicators: {
          reportCount: countOf(reports),
          validReportCount: countOf(valid),
          validReportRate: rateOf(valid, reports),
          onTimeVerifyRate,
          onTimeCheckRate,
          missedReportCount: countOf(missed),
          missedReportRate: rateOf(missed, filed),
          patrolCoverage: coverage.supervisor(u.id),
          falseCheckCount: countOf(audits.bySupervisor.get(u.id) ?? 0),
        },
        sample: reports + (onTimeVerifyRate.denominator ?? 0) + (onTimeCheckRate.denominator ?? 0),
        streetCode: u.scopeKind === 'street' ? u.scopeCode : null,
      };
    });
  }

  private async departments(list: readonly DepartmentRecord[]): Promise<Unscored[]> {
    const r = this.repos.indicators;
    const s = this.span;
    const [sums, overdue, audits] = await Promise.all([this.sums(), r.overdueHandling(s), r.failedAudits(s)]);
    const seen = sums.subjects(
      'dispatchDue',
      'feedbacks',
      'reworks',
      'returns',
      'handle.onTime',
      'handle.late',
    );
    return list
      .filter((d) => d.active || seen.has(d.id) || overdue.has(d.id))
      .map((d) => {
        const due = sums.of('dispatchDue', d.id);
        const open = overdue.get(d.id) ?? 0;
        const falseCloses = audits.byDepartment.get(d.id) ?? 0;
        return {
          subject: { kind: 'department', id: d.id, code: d.code, name: d.name },
          indicators: {
            dueCount: countOf(due),
            handledRate: rateOf(sums.of('dispatchHandled', d.id), due),
            onTimeHandleRate: sums.judged('handle', d.id, open),
            closeRate: rateOf(sums.of('dispatchClosed', d.id), due),
            reworkRate: rateOf(sums.of('reworks', d.id) + falseCloses, sums.of('feedbacks', d.id)),
            extensionRate: rateOf(sums.of('dispatchExtended', d.id), due),
            returnCount: countOf(sums.of('returns', d.id)),
            overdueOpenCount: countOf(open),
            overdueOpenShare: rateOf(open, due),
            falseCloseCount: countOf(falseCloses),
          },
          sample: due,
          streetCode: d.streetCode,
        };
      });
  }

  private async streets(): Promise<Unscored[]> {
    const r = this.repos.indicators;
    const s = this.span;
    const [streets, sums, overdue, coverage] = await Promise.all([
      r.streets(),
      this.sums(),
      r.overdueByStreet(s),
      this.coverage(),
    ]);
    return streets.map((st) => {
      const filed = sums.of('streetFiled', st.code);
      const closed = sums.of('streetClosed', st.code);
      return {
        subject: { kind: 'street', id: st.code, code: st.code, name: st.name },
        indicators: {
          filedCount: countOf(filed),
          closeRate: rateOf(sums.of('streetFiledClosed', st.code), filed),
          onTimeCloseRate: rateOf(
            sums.of('streetClosedOnTime', st.code),
            closed + (overdue.get(st.code) ?? 0),
          ),
          grassrootsRate: rateOf(sums.of('streetGrassroots', st.code), closed),
          publicReportShare: rateOf(sums.of('streetHotline', st.code), sums.of('streetReports', st.code)),
          patrolCoverage: coverage.street(st.code),
        },
        sample: filed,
        streetCode: st.code,
      };
    });
  }

  private async staff(): Promise<Unscored[]> {
    const sums = await this.sums();
    const ids = sums.subjects(
      'staffFiled',
      'staffDispatched',
      'file.onTime',
      'file.late',
      'dispatch.onTime',
      'dispatch.late',
      'close.onTime',
      'close.late',
    );
    const users = (await this.repos.indicators.users([...ids])).filter((u) => ids.has(u.id));
    return users.map((u) => {
      const filed = sums.of('staffFiled', u.id);
      const dispatched = sums.of('staffDispatched', u.id);
      const onTimeCloseRate = sums.judged('close', u.id);
      return {
        subject: { kind: 'staff', id: u.id, username: u.username, name: u.displayName },
        indicators: {
          onTimeFileRate: sums.judged('file', u.id),
          accurateFileRate: rateOf(filed - sums.of('staffVoided', u.id), filed),
          onTimeDispatchRate: sums.judged('dispatch', u.id),
          accurateDispatchRate: rateOf(dispatched - sums.of('staffReturned', u.id), dispatched),
          onTimeCloseRate,
        },
        sample: filed + dispatched + (onTimeCloseRate.denominator ?? 0),
        streetCode: u.scopeKind === 'street' ? u.scopeCode : null,
      };
    });
  }
}
