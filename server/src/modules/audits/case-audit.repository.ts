import type { AuditResult } from '@envgrid/core';
import type { Kysely, Selectable } from 'kysely';
import type { CaseAuditRunsTable, CaseAuditSamplesTable, Database } from '../../db/schema.ts';
import type {
  AuditFindingRow,
  AuditRunRecord,
  AuditRunSummary,
  AuditSampleRecord,
  AuditSampleView,
  ClosedCaseRow,
  SupervisorSpell,
} from './case-audit.record.ts';

const toRun = (r: Selectable<CaseAuditRunsTable>): AuditRunRecord => ({
  id: r.id,
  fromDate: r.from_date,
  toDate: r.to_date,
  rate: Number(r.rate),
  seed: Number(r.seed),
  sampleCount: Number(r.sample_count),
  createdBy: r.created_by,
  createdAt: Number(r.created_at),
});

const toSample = (r: Selectable<CaseAuditSamplesTable>): AuditSampleRecord => ({
  id: r.id,
  runId: r.run_id,
  caseId: r.case_id,
  departmentId: r.department_id,
  auditorId: r.auditor_id,
  result: r.result as AuditResult | null,
  note: r.note,
  attachmentIds: JSON.parse(r.attachment_ids) as string[],
  checkedAt: r.checked_at === null ? null : Number(r.checked_at),
  followUpCaseId: r.follow_up_case_id,
  version: Number(r.version),
});

/** The re-check a sample gets, or the claim a failing re-check holds while its follow-up case is made. */
export interface SamplePatch {
  auditorId: string | null;
  result: AuditResult | null;
  note: string | null;
  attachmentIds: string[];
  checkedAt: number | null;
  followUpCaseId: string | null;
}

/** 督查 runs and their samples' re-checks; the closed cases they sample and the 稽查 findings. */
export class CaseAuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Closed cases whose closure falls in [fromMs, toMs). */
  async closedBetween(fromMs: number, toMs: number): Promise<ClosedCaseRow[]> {
    const rows = await this.db
      .selectFrom('cases')
      .select(['id', 'lead_department_id'])
      .where('status', '=', 'closed')
      .where('closed_at', '>=', fromMs)
      .where('closed_at', '<', toMs)
      .execute();
    return rows.map((r) => ({ id: r.id, leadDepartmentId: r.lead_department_id }));
  }

  async insertRun(run: AuditRunRecord, samples: AuditSampleRecord[]): Promise<void> {
    await this.db
      .insertInto('case_audit_runs')
      .values({
        id: run.id,
        from_date: run.fromDate,
        to_date: run.toDate,
        rate: run.rate,
        seed: run.seed,
        sample_count: run.sampleCount,
        created_by: run.createdBy,
        created_at: run.createdAt,
      })
      .execute();
    for (let i = 0; i < samples.length; i += 200)
      await this.db
        .insertInto('case_audit_samples')
        .values(
          samples.slice(i, i + 200).map((s) => ({
            id: s.id,
            run_id: s.runId,
            case_id: s.caseId,
            department_id: s.departmentId,
            auditor_id: s.auditorId,
            result: s.result,
            note: s.note,
            attachment_ids: JSON.stringify(s.attachmentIds),
            checked_at: s.checkedAt,
            follow_up_case_id: s.followUpCaseId,
            version: s.version,
          })),
        )
        .execute();
  }

  /** Runs, newest first, with their progress. */
  async listRuns(limit: number): Promise<AuditRunSummary[]> {
    return this.summaries(undefined, limit);
  }

  async findRun(id: string): Promise<AuditRunSummary | undefined> {
    return (await this.summaries(id, 1))[0];
  }

  private async summaries(id: string | undefined, limit: number): Promise<AuditRunSummary[]> {
    let q = this.db
      .selectFrom('case_audit_runs as r')
      .leftJoin('users as u', 'u.id', 'r.created_by')
      .selectAll('r')
      .select('u.display_name as created_by_name')
      .select((eb) => [
        eb
          .selectFrom('case_audit_samples as s')
          .whereRef('s.run_id', '=', 'r.id')
          .where('s.result', 'is not', null)
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('checked_count'),
        eb
          .selectFrom('case_audit_samples as s')
          .whereRef('s.run_id', '=', 'r.id')
          .where('s.result', '=', 'failed')
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('failed_count'),
      ]);
    if (id !== undefined) q = q.where('r.id', '=', id);
    const rows = await q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      ...toRun(r),
      createdByName: r.created_by_name,
      checkedCount: Number(r.checked_count ?? 0),
      failedCount: Number(r.failed_count ?? 0),
    }));
  }

  /** A run's samples with their case, department, auditor and follow-up case, by case number. */
  async samplesOf(runId: string, sampleId?: string): Promise<AuditSampleView[]> {
    let q = this.db
      .selectFrom('case_audit_samples as s')
      .innerJoin('cases as c', 'c.id', 's.case_id')
      .leftJoin('departments as d', 'd.id', 's.department_id')
      .leftJoin('users as a', 'a.id', 's.auditor_id')
      .leftJoin('cases as f', 'f.id', 's.follow_up_case_id')
      .selectAll('s')
      .select([
        'c.case_no',
        'c.item_code',
        'c.description',
        'c.address',
        'c.lng',
        'c.lat',
        'c.grid_code',
        'c.street_code',
        'c.closed_at',
        'c.reporter_id',
        'd.name as department_name',
        'a.display_name as auditor_name',
        'f.case_no as follow_up_case_no',
      ])
      .where('s.run_id', '=', runId);
    if (sampleId !== undefined) q = q.where('s.id', '=', sampleId);
    const rows = await q.orderBy('c.case_no').execute();
    return rows.map((r) => ({
      ...toSample(r),
      caseNo: r.case_no,
      itemCode: r.item_code,
      description: r.description,
      address: r.address,
      location: { lng: Number(r.lng), lat: Number(r.lat) },
      gridCode: r.grid_code,
      streetCode: r.street_code,
      closedAt: r.closed_at === null ? null : Number(r.closed_at),
      reporterId: r.reporter_id,
      departmentName: r.department_name,
      auditorName: r.auditor_name,
      followUpCaseNo: r.follow_up_case_no,
    }));
  }

  async findSample(runId: string, sampleId: string): Promise<AuditSampleRecord | undefined> {
    const r = await this.db
      .selectFrom('case_audit_samples')
      .selectAll()
      .where('id', '=', sampleId)
      .where('run_id', '=', runId)
      .executeTakeFirst();
    return r && toSample(r);
  }

  /**
   * Writes `patch` if the sample still has `version` and no result; the version moves to `to`.
   * False: someone else got there first.
   */
  async updateSample(id: string, version: number, to: number, patch: SamplePatch): Promise<boolean> {
    const r = await this.db
      .updateTable('case_audit_samples')
      .set({
        auditor_id: patch.auditorId,
        result: patch.result,
        note: patch.note,
        attachment_ids: JSON.stringify(patch.attachmentIds),
        checked_at: patch.checkedAt,
        follow_up_case_id: patch.followUpCaseId,
        version: to,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('result', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Cases reported on the 稽查 channel in [fromMs, toMs), optionally of one street, newest first;
   * not the follow-up cases of failed 督查 re-checks (those are not findings).
   */
  async findings(fromMs: number, toMs: number, streetCode: string | undefined, limit: number) {
    let q = this.db
      .selectFrom('cases as c')
      .leftJoin('users as u', 'u.id', 'c.reporter_id')
      .select([
        'c.id',
        'c.case_no',
        'c.status',
        'c.item_code',
        'c.description',
        'c.grid_code',
        'c.street_code',
        'c.created_at',
        'c.reporter_id',
        'u.display_name',
      ])
      .where('c.channel', '=', 'audit')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('case_audit_samples as fu')
              .select('fu.id')
              .whereRef('fu.follow_up_case_id', '=', 'c.id'),
          ),
        ),
      )
      .where('c.created_at', '>=', fromMs)
      .where('c.created_at', '<', toMs);
    if (streetCode) q = q.where('c.street_code', '=', streetCode);
    const rows = await q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute();
    return rows.map((r): AuditFindingRow => ({
      caseId: r.id,
      caseNo: r.case_no,
      status: r.status,
      itemCode: r.item_code,
      description: r.description,
      gridCode: r.grid_code,
      streetCode: r.street_code,
      reportedAt: Number(r.created_at),
      reporterId: r.reporter_id,
      reporterName: r.display_name,
    }));
  }

  /** The supervisor assignments of these grids (every spell, to find who was responsible when). */
  async supervisorSpells(gridCodes: string[]): Promise<SupervisorSpell[]> {
    if (gridCodes.length === 0) return [];
    const rows = await this.db
      .selectFrom('grid_assignments as g')
      .innerJoin('users as u', 'u.id', 'g.user_id')
      .select(['g.grid_code', 'g.user_id', 'u.display_name', 'g.starts_at', 'g.ends_at'])
      .where('g.role', '=', 'supervisor')
      .where('g.grid_code', 'in', [...new Set(gridCodes)])
      .execute();
    return rows.map((r) => ({
      gridCode: r.grid_code,
      userId: r.user_id,
      displayName: r.display_name,
      startsAt: Number(r.starts_at),
      endsAt: r.ends_at === null ? null : Number(r.ends_at),
    }));
  }
}
