import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CaseLevel, CasePatch, CaseRecord, CaseStatus, CaseUrgency } from '@envgrid/core';
import type { CasesTable, Database } from '../../db/schema.ts';
import type { DueStep, DueStepsQuery } from './case-due-query.ts';
import { dueStepsQuery } from './case-due.repository.ts';
import type { CaseListQuery } from './case-list-query.ts';
import { caseListQuery, textIsCommon, type ListOptions } from './case-list.repository.ts';

const parse = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

function toRecord(r: Selectable<CasesTable>): CaseRecord {
  return {
    id: r.id,
    caseNo: r.case_no,
    status: r.status as CaseStatus,
    channel: r.channel,
    itemCode: r.item_code,
    urgency: r.urgency as CaseUrgency,
    level: r.level as CaseLevel,
    description: r.description,
    location: { lng: r.lng, lat: r.lat },
    address: r.address,
    gridCode: r.grid_code,
    communityCode: r.community_code,
    streetCode: r.street_code,
    reporterId: r.reporter_id,
    reporterContact: parse(r.reporter_contact, null),
    leadDepartmentId: r.lead_department_id,
    assistDepartmentIds: parse(r.assist_department_ids, []),
    assistDoneIds: parse(r.assist_done_ids, []),
    sourceId: r.source_id,
    duplicateOf: r.duplicate_of,
    resolvedOnSite: r.resolved_on_site === 1,
    step: r.step as CaseRecord['step'],
    stepStartedAt: r.step_started_at,
    stepDeadlineAt: r.step_deadline_at,
    stepBasis: r.step_basis as CaseRecord['stepBasis'],
    pausedAt: r.paused_at,
    pendingRequest: parse(r.pending_request, null),
    counters: {
      returned: r.returned_count,
      reworked: r.reworked_count,
      extended: r.extended_count,
      suspended: r.suspended_count,
      urged: r.urged_count,
    },
    supervisedAt: r.supervised_at,
    evaluation: parse(r.evaluation, null),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
}

function toRow(p: CasePatch): Updateable<CasesTable> {
  const row: Updateable<CasesTable> = {};
  const set = <K extends keyof CasesTable>(k: K, v: CasesTable[K] | undefined) => {
    if (v !== undefined) row[k] = v as never;
  };
  set('status', p.status);
  set('channel', p.channel);
  set('item_code', p.itemCode);
  set('urgency', p.urgency);
  set('level', p.level);
  set('description', p.description);
  set('address', p.address);
  set('grid_code', p.gridCode);
  set('community_code', p.communityCode);
  set('street_code', p.streetCode);
  set('reporter_id', p.reporterId);
  if (p.reporterContact !== undefined)
    row.reporter_contact = p.reporterContact ? JSON.stringify(p.reporterContact) : null;
  set('lead_department_id', p.leadDepartmentId);
  if (p.assistDepartmentIds) row.assist_department_ids = JSON.stringify(p.assistDepartmentIds);
  if (p.assistDoneIds) row.assist_done_ids = JSON.stringify(p.assistDoneIds);
  set('source_id', p.sourceId);
  set('duplicate_of', p.duplicateOf);
  if (p.resolvedOnSite !== undefined) row.resolved_on_site = p.resolvedOnSite ? 1 : 0;
  set('step', p.step);
  set('step_started_at', p.stepStartedAt);
  set('step_deadline_at', p.stepDeadlineAt);
  set('step_basis', p.stepBasis);
  set('paused_at', p.pausedAt);
  if (p.pendingRequest !== undefined)
    row.pending_request = p.pendingRequest ? JSON.stringify(p.pendingRequest) : null;
  if (p.counters) {
    set('returned_count', p.counters.returned);
    set('reworked_count', p.counters.reworked);
    set('extended_count', p.counters.extended);
    set('suspended_count', p.counters.suspended);
    set('urged_count', p.counters.urged);
  }
  set('supervised_at', p.supervisedAt);
  if (p.evaluation !== undefined) row.evaluation = p.evaluation ? JSON.stringify(p.evaluation) : null;
  set('updated_at', p.updatedAt);
  set('closed_at', p.closedAt);
  return row;
}

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** Every column of a new case's row, from the record (one insert and the bulk loader's). */
export function caseRow(c: CaseRecord): Insertable<CasesTable> {
  return {
    id: c.id,
    case_no: c.caseNo,
    status: c.status,
    channel: c.channel,
    item_code: c.itemCode,
    urgency: c.urgency,
    level: c.level,
    description: c.description,
    lng: c.location.lng,
    lat: c.location.lat,
    address: c.address,
    grid_code: c.gridCode,
    community_code: c.communityCode,
    street_code: c.streetCode,
    reporter_id: c.reporterId,
    reporter_contact: json(c.reporterContact),
    lead_department_id: c.leadDepartmentId,
    assist_department_ids: JSON.stringify(c.assistDepartmentIds),
    assist_done_ids: JSON.stringify(c.assistDoneIds),
    source_id: c.sourceId,
    duplicate_of: c.duplicateOf,
    resolved_on_site: c.resolvedOnSite ? 1 : 0,
    step: c.step,
    step_started_at: c.stepStartedAt,
    step_deadline_at: c.stepDeadlineAt,
    step_basis: c.stepBasis,
    paused_at: c.pausedAt,
    pending_request: json(c.pendingRequest),
    returned_count: c.counters.returned,
    reworked_count: c.counters.reworked,
    extended_count: c.counters.extended,
    suspended_count: c.counters.suspended,
    urged_count: c.counters.urged,
    supervised_at: c.supervisedAt,
    evaluation: json(c.evaluation),
    version: c.version,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    closed_at: c.closedAt,
  };
}

/** Open cases of an item inside a box since a time: candidates for duplicate detection. */
export interface NearQuery {
  itemCode: string;
  statuses: readonly CaseStatus[];
  bbox: [number, number, number, number];
  since: number;
  /** The grids the box meets: each one's recent cases of the item are an index range. */
  gridCodes: readonly string[];
}

export class CaseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(c: CaseRecord): Promise<void> {
    await this.db.insertInto('cases').values(caseRow(c)).execute();
    if (c.assistDepartmentIds.length) await this.insertAssists(c.id, c.assistDepartmentIds);
  }

  async find(id: string): Promise<CaseRecord | undefined> {
    const r = await this.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRecord(r);
  }

  /** Applies a patch only if the case is still at `version`; returns false when someone else got there first. */
  async update(id: string, version: number, patch: CasePatch): Promise<boolean> {
    const r = await this.db
      .updateTable('cases')
      .set({ ...toRow(patch), version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    if (patch.assistDepartmentIds) {
      await this.db.deleteFrom('case_assist_departments').where('case_id', '=', id).execute();
      await this.insertAssists(id, patch.assistDepartmentIds);
    }
    return true;
  }

  /**
   * The assisting departments as rows beside the JSON list (which stays the record's source), with
   * the case's created_at; each department once, ids of no department left out (as migration 0005
   * did). Runs in the caller's transaction.
   */
  private async insertAssists(caseId: string, departmentIds: readonly string[]): Promise<void> {
    if (departmentIds.length === 0) return;
    await this.db
      .insertInto('case_assist_departments')
      .columns(['case_id', 'department_id', 'created_at'])
      .expression((eb) =>
        eb
          .selectFrom('cases')
          .innerJoin('departments', (j) => j.on('departments.id', 'in', [...departmentIds]))
          .select(['cases.id', 'departments.id as department_id', 'cases.created_at'])
          .where('cases.id', '=', caseId),
      )
      .execute();
  }

  async list(q: CaseListQuery): Promise<CaseRecord[]> {
    const scanText = q.q !== undefined && (await textIsCommon(this.db, q.q));
    return (await this.listQuery(q, { scanText }).execute()).map(toRecord);
  }

  /** The list's query, unexecuted: its plan is checked against the indexes (case-list-plans.test.ts). */
  listQuery(q: CaseListQuery, opts: ListOptions = {}) {
    return caseListQuery(this.db, q, opts);
  }

  /** Open cases of an item inside a bounding box since a time: candidates for duplicate detection. */
  async near(q: NearQuery): Promise<CaseRecord[]> {
    if (q.gridCodes.length === 0) return [];
    return (await this.nearQuery(q).execute()).map(toRecord);
  }

  /** The duplicate search, unexecuted: its plan is checked against the indexes (case-list-plans.test.ts). */
  nearQuery(q: NearQuery) {
    const box = q.bbox;
    return this.db
      .selectFrom('cases')
      .selectAll()
      .where('grid_code', 'in', [...q.gridCodes])
      .where('item_code', '=', q.itemCode)
      .where('created_at', '>=', q.since)
      .where('status', 'in', [...q.statuses])
      .where('lng', '>=', box[0])
      .where('lat', '>=', box[1])
      .where('lng', '<=', box[2])
      .where('lat', '<=', box[3])
      .limit(50);
  }

  /**
   * Running steps that may be yellow or red now and still wait for that reminder, in deadline order.
   * Decided on the running-step index: closed cases are not visited, steps far from yellow not read.
   */
  async dueSteps(q: DueStepsQuery): Promise<DueStep[]> {
    return (await dueStepsQuery(this.db, q).execute()).map((r) => ({
      id: r.id,
      caseNo: r.case_no,
      status: r.status as CaseStatus,
      level: r.level as CaseLevel,
      gridCode: r.grid_code,
      streetCode: r.street_code,
      pendingRequest: parse(r.pending_request, null),
      leadDepartmentId: r.lead_department_id,
      assistDepartmentIds: parse(r.assist_department_ids, []),
      assistDoneIds: parse(r.assist_done_ids, []),
      stepStartedAt: r.step_started_at,
      stepDeadlineAt: r.step_deadline_at,
      stepBasis: r.step_basis as CaseRecord['stepBasis'],
      pausedAt: r.paused_at,
    }));
  }

  /** Item codes some case uses: they may never change in the taxonomy. */
  async usedItemCodes(): Promise<string[]> {
    return (await this.db.selectFrom('cases').select('item_code').distinct().execute()).map(
      (r) => r.item_code,
    );
  }

  /** The next value of a named counter, atomically (row lock in PostgreSQL, single writer in SQLite). */
  async nextCounter(key: string): Promise<number> {
    const r = await this.db
      .insertInto('counters')
      .values({ key, value: 1 })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
      .returning('value')
      .executeTakeFirstOrThrow();
    return Number(r.value);
  }
}
