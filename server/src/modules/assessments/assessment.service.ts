import { randomUUID } from 'node:crypto';
import {
  AppError,
  assessmentPeriodProblems,
  can,
  FALSE_CHECK_DEDUCTION,
  MIN_SAMPLE,
  scoringProblems,
  SUBJECT_KINDS,
  type Actor,
  type Clock,
  type GradeBands,
  type PeriodKind,
  type SubjectKind,
  type Weights,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { IndicatorRow } from '../indicators/indicator-engine.ts';
import { periodError, type IndicatorService, type Scoring } from '../indicators/indicator.service.ts';
import type { AckRecord, RunRecord } from './assessment.record.ts';

/** Bumped when a definition in docs/indicators.md changes; frozen with every run. */
export const DEFINITIONS_VERSION = 1;

export interface Definitions {
  definitionsVersion: number;
  doc: string;
  weightsVersion: number;
  weights: Weights;
  gradeBands: GradeBands;
  minSample: number;
  falseCheckDeduction: number;
  timeZone: string;
  rounding: string;
  computedAt: number;
}

export interface AssessmentRun {
  run: Omit<RunRecord, 'definitions' | 'results'>;
  definitions: Definitions;
  results: Record<SubjectKind, IndicatorRow[]>;
  acks: AckRecord[];
}

const notFound = () => new AppError('NOT_FOUND', 'No such assessment run');

/** 绩效考核: frozen assessment runs of a period, published to sub-centers and departments. */
export class AssessmentService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly indicators: IndicatorService,
  ) {}

  /** Freezes every subject kind's rows of the period with the weights in force (leader). */
  async run(
    actor: Actor,
    body: { periodKind: PeriodKind; from: string; to: string },
  ): Promise<AssessmentRun> {
    if (!can(actor, 'assessment.run')) throw new AppError('FORBIDDEN', 'Only leaders run assessments');
    const problems = assessmentPeriodProblems(body.periodKind, body.from, body.to);
    if (problems.length) throw periodError(problems, 'body');
    const period = await this.indicators.period(body.from, body.to, 'body');
    const scoring = await this.indicators.scoring();
    const results = await this.indicators.compute(period, scoring);
    const now = this.clock.now();
    const definitions = this.definitions(scoring, await this.indicators.timeZone(), now);
    const record: RunRecord = {
      id: randomUUID(),
      periodKind: body.periodKind,
      from: period.from,
      to: period.to,
      weightsVersion: scoring.version,
      definitions: JSON.stringify(definitions),
      results: JSON.stringify(results),
      createdBy: actor.id,
      createdAt: now,
      supersededBy: null,
    };
    await this.data.transaction(async (repos) => {
      await repos.assessments.insertRun(record);
      await repos.assessments.supersede(record.from, record.to, record.id);
    });
    return this.get(actor, record.id);
  }

  private definitions(s: Scoring, timeZone: string, now: number): Definitions {
    return {
      definitionsVersion: DEFINITIONS_VERSION,
      doc: 'docs/indicators.md',
      weightsVersion: s.version,
      weights: s.weights,
      gradeBands: s.gradeBands,
      minSample: MIN_SAMPLE,
      falseCheckDeduction: FALSE_CHECK_DEDUCTION,
      timeZone,
      rounding: 'values unrounded; score half up to 1 decimal',
      computedAt: now,
    };
  }

  private mayRead(actor: Actor): void {
    if (!can(actor, 'assessment.read') && !can(actor, 'assessment.readOwn'))
      throw new AppError('FORBIDDEN', 'You may not read assessments');
  }

  async list(actor: Actor): Promise<Omit<RunRecord, 'definitions' | 'results'>[]> {
    this.mayRead(actor);
    return this.data.repos.assessments.list();
  }

  /** One run as frozen; a sub-center or department sees its own rows (with their rank) only. */
  async get(actor: Actor, id: string): Promise<AssessmentRun> {
    this.mayRead(actor);
    const r = await this.data.repos.assessments.find(id);
    if (!r) throw notFound();
    const all = JSON.parse(r.results) as Record<SubjectKind, IndicatorRow[]>;
    const results = { supervisor: [], department: [], street: [], staff: [] } as Record<
      SubjectKind,
      IndicatorRow[]
    >;
    for (const kind of SUBJECT_KINDS) {
      let filter: ((row: IndicatorRow) => boolean) | null = null;
      try {
        filter = this.indicators.scopeFilter(actor, kind);
      } catch {
        filter = null;
      }
      results[kind] = filter ? (all[kind] ?? []).filter(filter) : [];
    }
    const { definitions, results: _r, ...run } = r;
    const acks = (await this.data.repos.assessments.acks(id)).filter((a) =>
      results[a.subjectKind as SubjectKind]?.some((row) => row.subject.id === a.subjectId),
    );
    return { run, definitions: JSON.parse(definitions) as Definitions, results, acks };
  }

  /** A sub-center acknowledges its street's row, a department its own row. */
  async ack(
    actor: Actor,
    id: string,
    body: { subjectKind?: SubjectKind; subjectId?: string } = {},
  ): Promise<AckRecord> {
    if (!can(actor, 'assessment.readOwn'))
      throw new AppError('FORBIDDEN', 'Only a sub-center or a department acknowledges its row');
    const run = await this.get(actor, id);
    const kind: SubjectKind | null =
      actor.scope.kind === 'street' ? 'street' : actor.scope.kind === 'department' ? 'department' : null;
    const row = kind
      ? run.results[kind].find((r) =>
          kind === 'street' ? r.subject.id === actor.scope.code : r.subject.code === actor.scope.code,
        )
      : undefined;
    if (!kind || !row) throw new AppError('FORBIDDEN', 'This run has no row of yours to acknowledge');
    if (body.subjectKind !== undefined && body.subjectKind !== kind)
      throw new AppError('VALIDATION_FAILED', `subjectKind must be ${kind}`, [
        { path: 'body/subjectKind', message: `must be ${kind}` },
      ]);
    if (body.subjectId !== undefined && body.subjectId !== row.subject.id)
      throw new AppError('VALIDATION_FAILED', 'subjectId is not your row', [
        { path: 'body/subjectId', message: `must be ${row.subject.id}` },
      ]);
    if (run.run.supersededBy)
      throw new AppError('CONFLICT', 'This run was superseded: acknowledge the newer one');
    return this.data.repos.assessments.ack({
      runId: id,
      subjectKind: kind,
      subjectId: row.subject.id,
      userId: actor.id,
      at: this.clock.now(),
    });
  }

  async weights(): Promise<Scoring> {
    return this.indicators.scoring();
  }

  /** Saves weights and grade bands as a new version (administrator); runs keep the version they used. */
  async saveWeights(actor: Actor, body: { weights: unknown; gradeBands: unknown }): Promise<Scoring> {
    if (!can(actor, 'assessment.weights'))
      throw new AppError('FORBIDDEN', 'Only administrators edit the weights');
    const problems = scoringProblems(body.weights, body.gradeBands);
    if (problems.length)
      throw new AppError(
        'VALIDATION_FAILED',
        `${problems[0]!.path} ${problems[0]!.message}`,
        problems.map((p) => ({ path: `body/${p.path}`, message: p.message })),
      );
    const now = this.clock.now();
    try {
      await this.data.transaction(async (repos) => {
        const current = await repos.assessments.currentWeights();
        await repos.assessments.insertWeights({
          version: (current?.version ?? 0) + 1,
          weights: JSON.stringify(body.weights),
          gradeBands: JSON.stringify(body.gradeBands),
          createdBy: actor.id,
          createdAt: now,
        });
      });
    } catch {
      // Two administrators saving at once: the second one's version number was taken.
      throw new AppError('CONFLICT', 'The weights were changed at the same time: reload and save again');
    }
    return this.indicators.scoring();
  }
}
