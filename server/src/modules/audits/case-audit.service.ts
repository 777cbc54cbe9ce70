import crypto from 'node:crypto';
import {
  addLocalDays,
  AppError,
  AUDIT_SEED_MAX,
  auditRunProblems,
  deriveAuditSeed,
  followUpDescription,
  fromLocal,
  mayRecheck,
  mayRunAudits,
  recheckNeedsNote,
  sampleAbilities,
  stratifiedSample,
  type Actor,
  type AuditResult,
  type AuditSampleAbility,
  type Clock,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { AttachmentService } from '../attachments/attachment.service.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import type {
  AuditFindingRow,
  AuditRunSummary,
  AuditSampleRecord,
  AuditSampleView,
  SupervisorSpell,
} from './case-audit.record.ts';

export interface NewAuditRun {
  from: string;
  to: string;
  rate: number;
  seed?: number;
}

export interface RecheckInput {
  version: number;
  result: AuditResult;
  note?: string;
  attachmentIds?: string[];
  /** The follow-up case's item (default: the original case's). */
  itemCode?: string;
}

export type AuditSampleDetails = AuditSampleView & { abilities: AuditSampleAbility[] };
export interface AuditRunDetails {
  run: AuditRunSummary;
  samples: AuditSampleDetails[];
}
export interface AuditFinding extends AuditFindingRow {
  /** The grid's responsible supervisor when the finding was reported: who missed it (漏报). */
  supervisorId: string | null;
  supervisorName: string | null;
}

/**
 * How long a failing re-check holds its sample while it opens the follow-up case. A claim older than
 * this (the process died in between) may be taken over.
 */
const CLAIM_MS = 2 * 60_000;

const EMPTY = {
  auditorId: null,
  result: null,
  note: null,
  attachmentIds: [],
  checkedAt: null,
  followUpCaseId: null,
};

/** 督查: sample closed cases, re-check them on site; a failed re-check opens a linked case. */
export class CaseAuditService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly departments: DepartmentDirectory,
    private readonly cases: CaseService,
    private readonly attachments: AttachmentService,
    /** The business time zone the run's dates are days of (TZ_BUSINESS). */
    private readonly timeZone = 'Asia/Shanghai',
  ) {}

  /** Draws a run's sample: each lead department's closed cases of the period, `ceil(rate × n)` of them. */
  async create(actor: Actor, input: NewAuditRun): Promise<AuditRunDetails> {
    if (!mayRunAudits(actor)) throw new AppError('FORBIDDEN', 'Only auditors and leaders run 督查 samples');
    const problems = auditRunProblems(input);
    if (
      input.seed !== undefined &&
      !(Number.isInteger(input.seed) && input.seed >= 0 && input.seed <= AUDIT_SEED_MAX)
    )
      problems.push({ path: 'body/seed', message: `an integer from 0 to ${AUDIT_SEED_MAX}` });
    if (problems.length) throw new AppError('VALIDATION_FAILED', 'The run is not valid', problems);
    const now = this.clock.now();
    const seed = input.seed ?? deriveAuditSeed(input.from, input.to, now);
    const { fromMs, toMs } = this.period(input.from, input.to);
    const closed = await this.data.repos.caseAudits.closedBetween(fromMs, toMs);
    const strata = stratifiedSample(
      closed.map((c) => ({ id: c.id, departmentId: c.leadDepartmentId })),
      input.rate,
      seed,
    );
    const runId = crypto.randomUUID();
    const samples: AuditSampleRecord[] = strata.flatMap((g) =>
      g.sampled.map((caseId) => ({
        id: crypto.randomUUID(),
        runId,
        caseId,
        departmentId: g.departmentId,
        ...EMPTY,
        version: 1,
      })),
    );
    const run = {
      id: runId,
      fromDate: input.from,
      toDate: input.to,
      rate: input.rate,
      seed,
      sampleCount: samples.length,
      createdBy: actor.id,
      createdAt: now,
    };
    await this.data.transaction((repos) => repos.caseAudits.insertRun(run, samples));
    return this.get(actor, runId);
  }

  async list(actor: Actor, limit: number): Promise<AuditRunSummary[]> {
    this.requireReader(actor);
    return this.data.repos.caseAudits.listRuns(limit);
  }

  async get(actor: Actor, id: string): Promise<AuditRunDetails> {
    this.requireReader(actor);
    const run = await this.data.repos.caseAudits.findRun(id);
    if (!run) throw new AppError('NOT_FOUND', 'Audit run not found');
    const samples = await this.data.repos.caseAudits.samplesOf(id);
    return { run, samples: samples.map((s) => this.withAbilities(actor, s)) };
  }

  /**
   * Records an on-site re-check. A passed one is one conditional write. A failed one first claims
   * the sample (version + 1, `checkedAt` set, no result), then reports the follow-up case through
   * the case service (its own transaction), then writes the result with the new case's id; if the
   * report is refused the claim is released, so the sample is as it was.
   */
  async recheck(
    actor: Actor,
    runId: string,
    sampleId: string,
    input: RecheckInput,
  ): Promise<AuditSampleDetails> {
    if (!mayRecheck(actor)) throw new AppError('FORBIDDEN', 'Only auditors re-check samples');
    const repos = this.data.repos.caseAudits;
    const sample = await repos.findSample(runId, sampleId);
    if (!sample) throw new AppError('NOT_FOUND', 'Sample not found');
    const now = this.clock.now();
    if (sample.result !== null) throw new AppError('CONFLICT', 'This sample was already re-checked');
    if (sample.checkedAt !== null && now - sample.checkedAt < CLAIM_MS)
      throw new AppError('CONFLICT', 'This sample is being re-checked right now');
    if (sample.version !== input.version)
      throw new AppError('VERSION_CONFLICT', 'The sample changed since you loaded it; reload');
    if (recheckNeedsNote(input.result, input.note))
      throw new AppError('VALIDATION_FAILED', 'A failed re-check needs a note', [
        { path: 'body/note', message: 'required when the result is failed' },
      ]);
    const attachmentIds = [...new Set(input.attachmentIds ?? [])];
    await this.attachments.requireOwn(actor, attachmentIds);
    const done = {
      auditorId: actor.id,
      result: input.result,
      note: input.note?.trim() || null,
      attachmentIds,
      checkedAt: now,
      followUpCaseId: null as string | null,
    };
    const stale = () => new AppError('VERSION_CONFLICT', 'Someone re-checked this sample at the same moment');
    if (input.result === 'passed') {
      if (!(await repos.updateSample(sample.id, sample.version, sample.version + 1, done))) throw stale();
      return this.sample(actor, runId, sampleId);
    }
    const [view] = await repos.samplesOf(runId, sampleId);
    const claim = { ...EMPTY, auditorId: actor.id, checkedAt: now };
    if (!(await repos.updateSample(sample.id, sample.version, sample.version + 1, claim))) throw stale();
    let followUpId: string;
    try {
      const c = await this.cases.report(actor, {
        itemCode: input.itemCode ?? view!.itemCode,
        description: followUpDescription(view!.caseNo, done.note!),
        location: view!.location,
        ...(view!.address ? { address: view!.address } : {}),
        ...(attachmentIds.length ? { attachmentIds } : {}),
      });
      followUpId = c.c.id;
    } catch (err) {
      await repos.updateSample(sample.id, sample.version + 1, sample.version, EMPTY);
      throw err;
    }
    const written = await repos.updateSample(sample.id, sample.version + 1, sample.version + 2, {
      ...done,
      followUpCaseId: followUpId,
    });
    if (!written) throw stale();
    return this.sample(actor, runId, sampleId);
  }

  /** 稽查 findings: cases auditors reported (channel `audit`), each with the grid's supervisor then. */
  async findings(
    actor: Actor,
    q: { from: string; to: string; street?: string; limit: number },
  ): Promise<AuditFinding[]> {
    this.requireReader(actor);
    const problems = auditRunProblems({ from: q.from, to: q.to, rate: 1 }).map((p) => ({
      ...p,
      path: p.path.replace('body/', 'querystring/'),
    }));
    if (problems.length) throw new AppError('VALIDATION_FAILED', 'The period is not valid', problems);
    const { fromMs, toMs } = this.period(q.from, q.to);
    const rows = await this.data.repos.caseAudits.findings(fromMs, toMs, q.street, q.limit);
    const spells = await this.data.repos.caseAudits.supervisorSpells(rows.map((r) => r.gridCode));
    return rows.map((r) => {
      const s = supervisorAt(spells, r.gridCode, r.reportedAt);
      return { ...r, supervisorId: s?.userId ?? null, supervisorName: s?.displayName ?? null };
    });
  }

  private async sample(actor: Actor, runId: string, sampleId: string): Promise<AuditSampleDetails> {
    const [s] = await this.data.repos.caseAudits.samplesOf(runId, sampleId);
    if (!s) throw new AppError('NOT_FOUND', 'Sample not found');
    return this.withAbilities(actor, s);
  }

  private withAbilities(actor: Actor, s: AuditSampleView): AuditSampleDetails {
    const claimed = s.result === null && s.checkedAt !== null && this.clock.now() - s.checkedAt < CLAIM_MS;
    return { ...s, abilities: claimed ? [] : sampleAbilities(actor, s) };
  }

  private requireReader(actor: Actor): void {
    if (!mayRunAudits(actor)) throw new AppError('FORBIDDEN', 'Only auditors and leaders read 督查 and 稽查');
  }

  /** [from 00:00, the day after `to` 00:00) in the business time zone, as epoch ms. */
  private period(from: string, to: string): { fromMs: number; toMs: number } {
    return { fromMs: fromLocal(this.timeZone, from), toMs: fromLocal(this.timeZone, addLocalDays(to, 1)) };
  }
}

/** The supervisor responsible for `gridCode` at `at`: the spell that covers it, the latest start first. */
export function supervisorAt(
  spells: SupervisorSpell[],
  gridCode: string,
  at: number,
): SupervisorSpell | undefined {
  return spells
    .filter((s) => s.gridCode === gridCode && s.startsAt <= at && (s.endsAt === null || s.endsAt > at))
    .sort((a, b) => b.startsAt - a.startsAt)[0];
}
