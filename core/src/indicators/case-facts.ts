/**
 * What one case contributes to the indicators (docs/indicators.md), as counts on local days:
 * "report by supervisor S on 2026-03-02", "handling of department D judged late on the day of its
 * deadline", "filing by staff member F, later voided". The server keeps the sum of every case's
 * facts per day (its indicator rollup), so a period's indicators are a sum over its days instead of
 * a scan of its events. A case's facts are recomputed from its whole event log whenever it gets an
 * event, so facts that depend on later events (a report filed later, a dispatch returned later, a
 * filing voided later) follow.
 */

/** A case as its facts need it. */
export interface FactCase {
  streetCode: string;
  channel: string;
  status: string;
  resolvedOnSite: boolean;
  evaluation: { allOnTime?: unknown; grassroots?: unknown } | null;
  createdAt: number;
  /** The grid's responsible supervisors when the case was reported. */
  supervisorsAtReport: readonly string[];
  /** The case was opened by a failed 督查 re-check (not a missed report). */
  auditFollowUp: boolean;
}

export interface FactEvent {
  seq: number;
  action: string;
  actorId: string | null;
  fromStatus: string | null;
  toStatus: string;
  payload: Record<string, unknown>;
  at: number;
}

export interface CaseFact {
  /** Local date YYYY-MM-DD the fact counts on. */
  day: string;
  metric: FactMetric;
  /** A user id, department id or street code, by metric. */
  subject: string;
  n: number;
}

/** Timed steps as the indicators judge them: the state the step runs in, the actions that end it. */
export const JUDGED_STEPS = {
  verify: { from: 'pending_verification', actions: ['verify'] },
  file: { from: 'reported', actions: ['file', 'escalate'] },
  dispatch: { from: 'filed', actions: ['dispatch'] },
  /** A `return` counts only when late (a return never makes handling on time). */
  handle: { from: 'dispatched', actions: ['feedback', 'return'] },
  check: { from: 'pending_check', actions: ['check'] },
  close: { from: 'pending_close', actions: ['close'] },
} as const;
export type JudgedStep = keyof typeof JUDGED_STEPS;

export const FACT_METRICS = [
  // Timed steps, by actor (handling: by lead department): on time on the completion's day, late
  // on the deadline's day.
  ...(Object.keys(JUDGED_STEPS) as JudgedStep[]).flatMap((s) => [`${s}.onTime`, `${s}.late`] as const),
  // Reports by reporter; valid ones (filed at any time, or resolved on the spot).
  'reports',
  'validReports',
  // Filed cases of a supervisor's grids, on the report's day; those reported by the public or a 稽查.
  'gridFiled',
  'gridMissed',
  // Dispatches by lead department, followed to the case's next return.
  'dispatchDue',
  'dispatchHandled',
  'dispatchExtended',
  'dispatchClosed',
  // Handling events by lead department.
  'feedbacks',
  'reworks',
  'returns',
  // Streets.
  'streetFiled',
  'streetFiledClosed',
  'streetClosed',
  'streetClosedOnTime',
  'streetGrassroots',
  'streetReports',
  'streetHotline',
  // Center staff.
  'staffFiled',
  'staffVoided',
  'staffDispatched',
  'staffReturned',
] as const;
export type FactMetric = (typeof FACT_METRICS)[number];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const isFiling = (e: FactEvent) =>
  e.action === 'file' || (e.action === 'escalate' && e.fromStatus === 'reported');

/** The case's facts, from its events in sequence order. */
export function caseFacts(
  c: FactCase,
  events: readonly FactEvent[],
  dayOf: (at: number) => string,
): CaseFact[] {
  const out: CaseFact[] = [];
  const add = (at: number, metric: FactMetric, subject: string | null, n = 1) => {
    if (subject !== null && n !== 0) out.push({ day: dayOf(at), metric, subject, n });
  };
  const after = (e: FactEvent, action: string, before = Infinity) =>
    events.some((x) => x.seq > e.seq && x.seq < before && x.action === action);
  const leadBefore = (e: FactEvent): string | null => {
    for (let i = events.length - 1; i >= 0; i--) {
      const d = events[i]!;
      if (d.seq < e.seq && d.action === 'dispatch') return str(d.payload.leadDepartmentId);
    }
    return null;
  };
  // The deadline in force when e ended its step: the last earlier event that entered the state
  // with a deadline (an extension or a resume re-enters it with a new one).
  const deadlineOf = (e: FactEvent): number | null => {
    for (let i = events.length - 1; i >= 0; i--) {
      const p = events[i]!;
      if (p.seq < e.seq && p.toStatus === e.fromStatus && num(p.payload.deadlineMs) !== null)
        return num(p.payload.deadlineMs);
    }
    return null;
  };
  const filed = events.some(isFiling);
  const closedNow = c.status === 'closed';

  for (const e of events) {
    for (const step of Object.keys(JUDGED_STEPS) as JudgedStep[]) {
      const { from, actions } = JUDGED_STEPS[step];
      if (!(actions as readonly string[]).includes(e.action)) continue;
      if (e.fromStatus !== from || e.toStatus === e.fromStatus) continue;
      const dl = deadlineOf(e);
      const key =
        step === 'handle'
          ? e.action === 'return'
            ? str(e.payload.leadDepartmentId)
            : leadBefore(e)
          : e.actorId;
      if (dl === null || key === null) continue;
      if (e.action !== 'return' && e.at <= dl) add(e.at, `${step}.onTime`, key);
      if (e.at > dl) add(dl, `${step}.late`, key);
    }

    if (e.action === 'report') {
      if (e.actorId !== null) {
        add(e.at, 'reports', e.actorId);
        if (c.resolvedOnSite || filed) add(e.at, 'validReports', e.actorId);
      }
      add(e.at, 'streetReports', c.streetCode);
      if (c.channel === 'hotline') add(e.at, 'streetHotline', c.streetCode);
    }

    if (isFiling(e)) {
      add(e.at, 'streetFiled', c.streetCode);
      if (closedNow) add(e.at, 'streetFiledClosed', c.streetCode);
      if (e.actorId !== null) {
        add(e.at, 'staffFiled', e.actorId);
        if (after(e, 'void')) add(e.at, 'staffVoided', e.actorId);
      }
    }

    if (e.action === 'dispatch') {
      const lead = str(e.payload.leadDepartmentId);
      const nextReturn = events.find((r) => r.seq > e.seq && r.action === 'return')?.seq ?? Infinity;
      add(e.at, 'dispatchDue', lead);
      if (after(e, 'feedback', nextReturn)) add(e.at, 'dispatchHandled', lead);
      if (after(e, 'approve_extension', nextReturn)) add(e.at, 'dispatchExtended', lead);
      if (closedNow && nextReturn === Infinity) add(e.at, 'dispatchClosed', lead);
      if (e.actorId !== null) {
        add(e.at, 'staffDispatched', e.actorId);
        if (nextReturn !== Infinity) add(e.at, 'staffReturned', e.actorId);
      }
    }

    if (e.action === 'feedback') add(e.at, 'feedbacks', leadBefore(e));
    if (e.action === 'check' && e.toStatus === 'dispatched') add(e.at, 'reworks', leadBefore(e));
    if (e.action === 'return') add(e.at, 'returns', str(e.payload.leadDepartmentId));

    if (e.action === 'close' && e.toStatus === 'closed') {
      add(e.at, 'streetClosed', c.streetCode);
      if (c.evaluation?.allOnTime === true) add(e.at, 'streetClosedOnTime', c.streetCode);
      if (c.evaluation?.grassroots === true) add(e.at, 'streetGrassroots', c.streetCode);
    }
  }

  if (filed)
    for (const sup of c.supervisorsAtReport) {
      add(c.createdAt, 'gridFiled', sup);
      if (c.channel === 'hotline' || (c.channel === 'audit' && !c.auditFollowUp))
        add(c.createdAt, 'gridMissed', sup);
    }
  return out;
}

/** Facts summed per (day, metric, subject): what one case adds to the rollup. */
export function summedFacts(facts: readonly CaseFact[]): CaseFact[] {
  const sums = new Map<string, CaseFact>();
  for (const f of facts) {
    const k = `${f.day}|${f.metric}|${f.subject}`;
    const s = sums.get(k);
    if (s) s.n += f.n;
    else sums.set(k, { ...f });
  }
  return [...sums.values()];
}

/** What replacing a case's `old` facts with `now` changes in the rollup (zero changes left out). */
export function factDelta(old: readonly CaseFact[], now: readonly CaseFact[]): CaseFact[] {
  return summedFacts([...old.map((f) => ({ ...f, n: -f.n })), ...now]).filter((f) => f.n !== 0);
}
