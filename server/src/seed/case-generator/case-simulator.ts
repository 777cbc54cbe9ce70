import {
  assertActionPayload,
  actionHintsFromPayload,
  decideCaseAction,
  openStep,
  reportedCase,
  reportStart,
  suggestedDepartment,
  type Actor,
  type CaseAction,
  type CaseRecord,
  type CaseUrgency,
  type DepartmentRecord,
  type SourceRecord,
  type TaxonomyItem,
  type SeededRandom,
} from '@envgrid/core';
import { proposedSource } from '../../modules/sources/source-case-sync.ts';
import { SourceHistory, type GeneratedSourceEvent } from './simulated-source-history.ts';
import { actionEffect, needsEvents } from '../../modules/cases/case-action-effect.ts';
import { afterUpdate, viewFrom } from '../../modules/cases/case-view.ts';
import type { WorkSettings } from '../../modules/settings/work-settings.service.ts';
import {
  CRITICAL_SHARE,
  DETAILS,
  EVALUATION_DAYS,
  LATE_SHARE_OF_LIMIT,
  ON_TIME_SHARE_OF_LIMIT,
  P,
  PLACES,
  RESULTS,
  SURNAMES,
  SUSPENSION_DAYS,
  URGENT_SHARE,
} from './case-scenarios.ts';

import { EventLog, type GeneratedEvent } from './simulated-event-log.ts';

export type { GeneratedEvent, GeneratedSourceEvent };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Who works in the district, as the workflow's next-actor kinds resolve them. */
export interface GeneratorPeople {
  center: { intake: Actor[]; dispatcher: Actor[] };
  subcenters: ReadonlyMap<string, Actor[]>;
  handlers: ReadonlyMap<string, Actor[]>;
  leaders: Actor[];
  supervisors: ReadonlyMap<string, Actor>;
}

export interface GeneratorGrid {
  code: string;
  communityCode: string;
  streetCode: string;
  supervisorId: string | null;
}

/** The district the cases happen in: its rules (settings), departments and people. */
export interface GeneratorDistrict {
  settings: WorkSettings;
  departments: DepartmentRecord[];
  people: GeneratorPeople;
  /** Department id → share of its work that runs late (each department has its own). */
  lateShare: ReadonlyMap<string, number>;
}

export interface CaseSeed {
  id: string;
  caseNo: string;
  createdAt: number;
  grid: GeneratorGrid;
  location: { lng: number; lat: number };
  address: string;
  item: TaxonomyItem;
  hotline: boolean;
  /** The id of the source a "new pollution source" report proposes. */
  sourceId?: string;
}

/**
 * Plays one case through the workflow from its report until it closes or `now` comes: every action
 * is decided by core's rules for the actor who would take it (a refusal is a bug here, and throws),
 * its effect is core's transition, and its event is chained like the service chains it. Cases
 * reported long ago end closed, rejected or voided; recent ones are left in whatever step `now`
 * finds them, green, yellow or red.
 */
export function simulateCase(
  d: GeneratorDistrict,
  rng: SeededRandom,
  seed: CaseSeed,
  now: number,
): {
  record: CaseRecord;
  events: GeneratedEvent[];
  source?: SourceRecord;
  sourceEvents?: GeneratedSourceEvent[];
} {
  const { settings, people } = d;
  const reporter = seed.hotline ? rng.pick(people.center.intake) : people.supervisors.get(seed.grid.code)!;
  const channel = seed.hotline ? 'hotline' : 'patrol';
  const start = reportStart(channel, false, seed.item.defaultLevel);
  const urgency = drawUrgency(rng, seed.item.defaultUrgency);
  const clock = openStep(settings, start.status, { itemCode: seed.item.code, urgency }, seed.createdAt);
  let c: CaseRecord = reportedCase({
    id: seed.id,
    caseNo: seed.caseNo,
    status: start.status,
    channel,
    itemCode: seed.item.code,
    urgency,
    level: start.level,
    description: `${seed.address.replace(/\d+号$/, '')}${rng.pick(PLACES)}${seed.item.name}，${rng.pick(DETAILS)}`,
    location: seed.location,
    address: seed.address,
    gridCode: seed.grid.code,
    communityCode: seed.grid.communityCode,
    streetCode: seed.grid.streetCode,
    reporterId: reporter.id,
    reporterContact: seed.hotline
      ? { name: `${rng.pick(SURNAMES)}先生`, phone: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}` }
      : null,
    sourceId: seed.item.proposesSource && seed.sourceId ? seed.sourceId : null,
    resolvedOnSite: false,
    step: clock.step,
    stepStartedAt: clock.stepStartedAt,
    stepDeadlineAt: clock.stepDeadlineAt,
    stepBasis: clock.stepBasis,
    createdAt: seed.createdAt,
  });
  const log = new EventLog(seed.id);
  // A new-source report proposes its source at once, as the case service does.
  const source =
    c.sourceId !== null
      ? new SourceHistory(proposedSource(c, seed.item, d.departments, c.sourceId), c)
      : null;
  log.append('report', reporter.id, null, c.status, seed.createdAt, {
    channel,
    itemCode: c.itemCode,
    urgency,
    level: c.level,
    resolvedOnSite: false,
    ...(clock.stepDeadlineAt !== null ? { deadlineMs: clock.stepDeadlineAt } : {}),
  });

  // An action happens at least a minute after the last one; none happens after now.
  const when = (at: number) => Math.max(at, log.lastAt + MINUTE);
  const act = (actor: Actor, action: CaseAction, payload: Record<string, unknown>, time: number) => {
    // Every event strictly after the last, in whole milliseconds like the clock's.
    const at = Math.round(when(time));
    assertActionPayload(action, payload);
    const view = viewFrom(
      c,
      d.departments,
      d.people.supervisors.get(c.gridCode)?.id ?? null,
      source?.pendingFor(c) ?? false,
    );
    const decision = decideCaseAction(actor, view, action, actionHintsFromPayload(action, payload));
    if (!decision.allowed)
      throw new Error(
        `generator: ${actor.username} may not ${action} a ${c.status} case (${decision.message})`,
      );
    const t = actionEffect({
      actor,
      action,
      decision,
      payload,
      c,
      departments: d.departments,
      settings,
      now: at,
      events: needsEvents(action) ? log.forEvaluation() : [],
    });
    log.append(action, actor.id, c.status, decision.to, at, t.event);
    const before = c;
    c = afterUpdate(c, t.patch);
    source?.afterCaseAction(before, c, action, actor.id, at);
  };

  for (let guard = 0; guard < 40; guard++) {
    const move = nextMove(d, rng, c, log.lastAt, source?.pendingFor(c) ?? false);
    if (!move || when(move.at) > now) break;
    // A step running late draws an urge (and, for a district case, a leader's 督办) before it is done.
    if (move.late && c.step !== null && c.stepDeadlineAt !== null && move.at - c.stepDeadlineAt > HOUR) {
      const at = c.stepDeadlineAt + rng.between(0.1, 0.6) * (move.at - c.stepDeadlineAt);
      if (rng.chance(P.urgeLate) && when(at) <= now) {
        const by = c.level === 'district' ? people.center.dispatcher : people.subcenters.get(c.streetCode);
        if (by?.length) act(rng.pick(by), 'urge', { note: '请尽快处置' }, at);
      }
      if (c.level === 'district' && c.supervisedAt === null && rng.chance(P.superviseLate) && when(at) <= now)
        act(rng.pick(people.leaders), 'supervise', { note: '请加快办理进度' }, at);
    }
    if (when(move.at) > now) break;
    act(move.actor, move.action, move.payload, move.at);
    if (typeof c.evaluation?.rating === 'number') break;
  }
  return source
    ? { record: c, events: log.events, source: source.record, sourceEvents: source.events }
    : { record: c, events: log.events };
}

interface Move {
  actor: Actor;
  action: CaseAction;
  payload: Record<string, unknown>;
  at: number;
  late?: boolean;
}

/** The next thing somebody does to the case, and when; null when nobody will act again. */
function nextMove(
  d: GeneratorDistrict,
  rng: SeededRandom,
  c: CaseRecord,
  lastAt: number,
  proposesPendingSource: boolean,
): Move | null {
  const { people } = d;
  const street = c.level !== 'district';
  const centerActor = (role: 'intake' | 'dispatcher') =>
    rng.pick(street ? people.subcenters.get(c.streetCode)! : people.center[role]);
  const due = (deptId?: string | null) => stepEnd(d, rng, c, lastAt, deptId);

  if (c.pendingRequest) {
    const { at } = due();
    const approve = rng.chance(
      c.pendingRequest.kind === 'extension' ? P.approveExtension : P.approveSuspension,
    );
    const kind = c.pendingRequest.kind;
    return {
      actor: centerActor('dispatcher'),
      action: approve ? (kind === 'extension' ? 'approve_extension' : 'approve_suspension') : `deny_${kind}`,
      payload: approve ? {} : { reason: '理由不充分，请按期办结' },
      at: Math.min(at, lastAt + rng.between(0.5, 6) * HOUR),
    };
  }
  switch (c.status) {
    case 'pending_verification': {
      const sup = people.supervisors.get(c.gridCode)!;
      return { actor: sup, action: 'verify', payload: { real: !rng.chance(P.verifyNotReal) }, ...due() };
    }
    case 'reported': {
      const actor = centerActor('intake');
      if (proposesPendingSource && rng.chance(P.registerSource))
        return {
          actor,
          action: 'register_source',
          payload: { note: '确认为新增污染源，登记结案' },
          ...due(),
        };
      const r = rng.next();
      if (r < P.reject) return { actor, action: 'reject', payload: { reason: '不属于受理范围' }, ...due() };
      if (r < P.reject + P.void) return { actor, action: 'void', payload: { reason: '重复上报' }, ...due() };
      return { actor, action: 'file', payload: {}, ...due() };
    }
    case 'filed': {
      const actor = centerActor('dispatcher');
      if (street && rng.chance(P.escalate))
        return { actor, action: 'escalate', payload: { note: '需区级部门处置' }, ...due() };
      const item = d.settings.taxonomy.categories.flatMap((x) => x.items).find((i) => i.code === c.itemCode);
      const staffed = d.departments.filter((x) => d.people.handlers.get(x.id)?.length);
      const lead =
        suggestedDepartment(c, item?.defaultDepartmentCode, staffed) ??
        rng.pick(staffed.filter((x) => x.active && x.level === 'district'));
      const others = staffed.filter((x) => x.active && x.level === 'district' && x.id !== lead.id);
      const assists = !street && others.length && rng.chance(P.assist) ? [rng.pick(others).id] : [];
      return {
        actor,
        action: 'dispatch',
        payload: { leadDepartmentId: lead.id, assistDepartmentIds: assists },
        ...due(),
      };
    }
    case 'dispatched': {
      const lead = c.leadDepartmentId!;
      const waiting = c.assistDepartmentIds.filter((id) => !c.assistDoneIds.includes(id));
      if (waiting.length) {
        const id = waiting[0]!;
        const at = lastAt + rng.between(0.1, 0.6) * Math.max(HOUR, (c.stepDeadlineAt ?? lastAt) - lastAt);
        return {
          actor: rng.pick(d.people.handlers.get(id)!),
          action: 'assist_feedback',
          payload: { result: '已配合完成' },
          at,
        };
      }
      const actor = rng.pick(d.people.handlers.get(lead)!);
      const r = rng.next();
      const soon = lastAt + rng.between(0.5, 4) * HOUR;
      if (c.counters.returned === 0 && c.counters.reworked === 0 && r < P.returnCase)
        return { actor, action: 'return', payload: { reason: '不属于本部门职责' }, at: soon };
      if (c.counters.extended === 0 && r < P.returnCase + P.requestExtension)
        return {
          actor,
          action: 'request_extension',
          payload: { extra: { amount: rng.int(1, 3), unit: 'day' }, reason: '需协调相关单位' },
          at: soon,
        };
      if (c.counters.suspended === 0 && r < P.returnCase + P.requestExtension + P.requestSuspension)
        return { actor, action: 'request_suspension', payload: { reason: '涉及历史遗留问题' }, at: soon };
      return { actor, action: 'feedback', payload: { result: rng.pick(RESULTS) }, ...due(lead) };
    }
    case 'suspended':
      return {
        actor: centerActor('dispatcher'),
        action: 'resume',
        payload: {},
        at: lastAt + rng.between(...SUSPENSION_DAYS) * DAY,
      };
    case 'pending_check': {
      const passed = !rng.chance(P.checkFails);
      return {
        actor: people.supervisors.get(c.gridCode)!,
        action: 'check',
        payload: passed ? { passed } : { passed, note: '现场仍有问题，需返工' },
        ...due(),
      };
    }
    case 'pending_close':
      return { actor: centerActor('intake'), action: 'close', payload: {}, ...due() };
    case 'closed':
      if (typeof c.evaluation?.rating === 'number' || !rng.chance(P.evaluate)) return null;
      return {
        actor: rng.pick(people.leaders),
        action: 'evaluate',
        payload: { rating: rng.weighted([5, 4, 3, 2], (n) => (n === 5 ? 5 : n === 4 ? 3 : 1)) },
        at: lastAt + rng.between(...EVALUATION_DAYS) * DAY,
      };
    default:
      return null;
  }
}

/** When the current step ends: inside its limit mostly, late for the department's share of its work. */
function stepEnd(
  d: GeneratorDistrict,
  rng: SeededRandom,
  c: CaseRecord,
  lastAt: number,
  deptId?: string | null,
): { at: number; late: boolean } {
  const from = Math.max(c.stepStartedAt ?? lastAt, lastAt);
  const span =
    c.stepDeadlineAt !== null ? Math.max(c.stepDeadlineAt - (c.stepStartedAt ?? lastAt), MINUTE) : HOUR;
  const late = rng.chance((deptId && d.lateShare.get(deptId)) || 0.05);
  const share = late ? rng.between(...LATE_SHARE_OF_LIMIT) : rng.between(...ON_TIME_SHARE_OF_LIMIT);
  return { at: Math.max(from, (c.stepStartedAt ?? lastAt) + share * span), late };
}

function drawUrgency(rng: SeededRandom, base: CaseUrgency): CaseUrgency {
  if (base !== 'normal') return base;
  const r = rng.next();
  return r < CRITICAL_SHARE ? 'critical' : r < CRITICAL_SHARE + URGENT_SHARE ? 'urgent' : 'normal';
}
