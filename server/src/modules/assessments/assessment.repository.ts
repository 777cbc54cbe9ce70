import type { PeriodKind } from '@envgrid/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AckRecord, RunRecord, WeightsRecord } from './assessment.record.ts';

type RunRow = Database['assessment_runs'];
const toRun = (r: RunRow): RunRecord => ({
  id: r.id,
  // Written only from a validated run body.
  periodKind: r.period_kind as PeriodKind,
  from: r.from_date,
  to: r.to_date,
  weightsVersion: Number(r.weights_version),
  definitions: r.definitions,
  results: r.results,
  createdBy: r.created_by,
  createdAt: Number(r.created_at),
  supersededBy: r.superseded_by,
});

/** Versioned weights, frozen assessment runs and their acknowledgements. */
export class AssessmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The newest weights version, if an administrator ever saved one. */
  async currentWeights(): Promise<WeightsRecord | undefined> {
    const r = await this.db
      .selectFrom('assessment_weights')
      .selectAll()
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return (
      r && {
        version: Number(r.version),
        weights: r.weights,
        gradeBands: r.grade_bands,
        createdBy: r.created_by,
        createdAt: Number(r.created_at),
      }
    );
  }

  async insertWeights(w: WeightsRecord): Promise<void> {
    await this.db
      .insertInto('assessment_weights')
      .values({
        version: w.version,
        weights: w.weights,
        grade_bands: w.gradeBands,
        created_by: w.createdBy,
        created_at: w.createdAt,
      })
      .execute();
  }

  async insertRun(r: RunRecord): Promise<void> {
    await this.db
      .insertInto('assessment_runs')
      .values({
        id: r.id,
        period_kind: r.periodKind,
        from_date: r.from,
        to_date: r.to,
        weights_version: r.weightsVersion,
        definitions: r.definitions,
        results: r.results,
        created_by: r.createdBy,
        created_at: r.createdAt,
        superseded_by: null,
      })
      .execute();
  }

  /** Marks every run of the same period not yet superseded (but `id`) as superseded by `id`. */
  async supersede(from: string, to: string, id: string): Promise<string[]> {
    const rows = await this.db
      .updateTable('assessment_runs')
      .set({ superseded_by: id })
      .where('from_date', '=', from)
      .where('to_date', '=', to)
      .where('superseded_by', 'is', null)
      .where('id', '<>', id)
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** Runs without their results, newest first. */
  async list(limit = 500): Promise<Omit<RunRecord, 'results' | 'definitions'>[]> {
    const rows = await this.db
      .selectFrom('assessment_runs')
      .select([
        'id',
        'period_kind',
        'from_date',
        'to_date',
        'weights_version',
        'created_by',
        'created_at',
        'superseded_by',
      ])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => {
      const { results: _r, definitions: _d, ...rest } = toRun({ ...r, results: '', definitions: '' });
      return rest;
    });
  }

  async find(id: string): Promise<RunRecord | undefined> {
    const r = await this.db.selectFrom('assessment_runs').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRun(r);
  }

  async acks(runId: string): Promise<AckRecord[]> {
    const rows = await this.db
      .selectFrom('assessment_acks')
      .selectAll()
      .where('run_id', '=', runId)
      .orderBy('at')
      .execute();
    return rows.map((r) => ({
      runId: r.run_id,
      subjectKind: r.subject_kind,
      subjectId: r.subject_id,
      userId: r.user_id,
      at: Number(r.at),
    }));
  }

  /** Records the acknowledgement unless the subject already acknowledged; returns the one kept. */
  async ack(a: AckRecord): Promise<AckRecord> {
    await this.db
      .insertInto('assessment_acks')
      .values({
        run_id: a.runId,
        subject_kind: a.subjectKind,
        subject_id: a.subjectId,
        user_id: a.userId,
        at: a.at,
      })
      .onConflict((oc) => oc.columns(['run_id', 'subject_kind', 'subject_id']).doNothing())
      .execute();
    const kept = (await this.acks(a.runId)).find(
      (x) => x.subjectKind === a.subjectKind && x.subjectId === a.subjectId,
    );
    return kept ?? a;
  }
}
