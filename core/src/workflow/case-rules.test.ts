import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import type { Actor } from '../permissions.ts';
import type { Role, ScopeKind } from '../roles.ts';
import { CASE_ACTIONS, type CaseAction } from './case-actions.ts';
import {
  abilities,
  assertCaseAction,
  canSee,
  caseAbilities,
  decideCaseAction,
  missingAssistParts,
  type ActionHints,
  type CaseView,
} from './case-rules.ts';
import { CASE_STATUSES, OPEN_STATUSES, type CaseStatus } from './case-states.ts';

const S1 = '110101001';
const S2 = '110101002';
const G1 = '110101001001004';

function actor(id: string, roles: Role[], kind: ScopeKind, code: string): Actor {
  return { id, username: id, displayName: id, roles, scope: { kind, code } };
}

const center = actor('center', ['intake', 'dispatcher'], 'district', '110101');
const intake = actor('intake', ['intake'], 'district', '110101');
const dispatcher = actor('dispatcher', ['dispatcher'], 'district', '110101');
const sub1 = actor('sub001', ['subcenter'], 'street', S1);
const sub2 = actor('sub002', ['subcenter'], 'street', S2);
const sup = actor('sup001-01', ['supervisor'], 'street', S1);
const supSameStreet = actor('sup001-02', ['supervisor'], 'street', S1);
const supOtherStreet = actor('sup002-01', ['supervisor'], 'street', S2);
const hbj = actor('hbj01', ['handler'], 'department', 'hbj');
const swj = actor('swj01', ['handler'], 'department', 'swj');
const gaj = actor('gaj01', ['handler'], 'department', 'gaj');
const cgzf = actor('cgzf01', ['handler'], 'department', 'cgzf');
const jd001 = actor('jd001-01', ['handler'], 'department', 'jd001');
const leader = actor('leader', ['leader'], 'district', '110101');
const streetLeader = actor('leader-s1', ['leader'], 'street', S1);
const admin = actor('admin', ['admin'], 'district', '110101');
const auditor = actor('auditor', ['auditor'], 'district', '110101');

function view(status: CaseStatus, over: Partial<CaseView> = {}): CaseView {
  const dispatchedLike = ['dispatched', 'suspended', 'pending_check', 'pending_close', 'closed'].includes(
    status,
  );
  return {
    status,
    level: 'district',
    streetCode: S1,
    gridCode: G1,
    reporterId: sup.id,
    leadDepartmentCode: dispatchedLike ? 'hbj' : null,
    assistDepartmentCodes: [],
    pendingRequest: null,
    assistFeedbackFrom: [],
    gridSupervisorId: sup.id,
    ...over,
  };
}

type Expect = true | 'NOT_VISIBLE' | 'FORBIDDEN' | 'INVALID_TRANSITION';
function outcome(a: Actor, c: CaseView, action: CaseAction, hints?: ActionHints): Expect {
  const d = decideCaseAction(a, c, action, hints);
  return d.allowed ? true : d.reason;
}
const to = (a: Actor, c: CaseView, action: CaseAction, hints?: ActionHints) => {
  const d = decideCaseAction(a, c, action, hints);
  if (!d.allowed) throw new Error(`${action} refused: ${d.reason} ${d.message}`);
  return d;
};

describe('canSee', () => {
  const c = view('dispatched', { leadDepartmentCode: 'hbj', assistDepartmentCodes: ['swj'] });
  it('district scope sees every case', () => {
    for (const a of [center, leader, admin, auditor]) expect(canSee(a, c)).toBe(true);
  });
  it('a street scope sees only its street', () => {
    expect(canSee(sub1, c)).toBe(true);
    expect(canSee(supSameStreet, c)).toBe(true);
    expect(canSee(streetLeader, c)).toBe(true);
    expect(canSee(sub2, c)).toBe(false);
    expect(canSee(supOtherStreet, c)).toBe(false);
  });
  it('a department sees cases where it leads or assists', () => {
    expect(canSee(hbj, c)).toBe(true);
    expect(canSee(swj, c)).toBe(true);
    expect(canSee(cgzf, c)).toBe(false);
    expect(canSee(hbj, view('filed'))).toBe(false);
  });
  it('the reporter and the grid supervisor always see the case', () => {
    const moved = view('filed', { streetCode: S2, reporterId: sup.id, gridSupervisorId: supSameStreet.id });
    expect(canSee(sup, moved)).toBe(true);
    expect(canSee(supSameStreet, moved)).toBe(true);
    expect(canSee(supOtherStreet, view('filed', { gridSupervisorId: supOtherStreet.id }))).toBe(true);
  });
  it('out of scope is NOT_VISIBLE for every action, before role and state', () => {
    for (const action of CASE_ACTIONS) {
      for (const status of CASE_STATUSES) {
        expect(outcome(sub2, view(status), action)).toBe('NOT_VISIBLE');
        expect(outcome(cgzf, view(status), action)).toBe('NOT_VISIBLE');
      }
    }
  });
});

describe('verify', () => {
  const c = view('pending_verification');
  it("is the grid supervisor's: real → reported, false → rejected", () => {
    expect(to(sup, c, 'verify')).toEqual({ allowed: true, to: 'reported' });
    expect(to(sup, c, 'verify', { real: false }).to).toBe('rejected');
  });
  it('another supervisor of the street stands in only when the grid has none', () => {
    expect(outcome(supSameStreet, c, 'verify')).toBe('FORBIDDEN');
    expect(outcome(supSameStreet, view('pending_verification', { gridSupervisorId: null }), 'verify')).toBe(
      true,
    );
    expect(outcome(supOtherStreet, view('pending_verification', { gridSupervisorId: null }), 'verify')).toBe(
      'NOT_VISIBLE',
    );
  });
  it('others who see the case are FORBIDDEN; wrong state is INVALID_TRANSITION', () => {
    expect(outcome(center, c, 'verify')).toBe('FORBIDDEN');
    expect(outcome(sub1, c, 'verify')).toBe('FORBIDDEN');
    expect(outcome(sup, view('reported'), 'verify')).toBe('INVALID_TRANSITION');
  });
});

describe('file and reject', () => {
  it('district intake files any level; the sub-center only below district in its street', () => {
    for (const level of ['grid', 'street', 'district'] as const) {
      expect(outcome(intake, view('reported', { level }), 'file')).toBe(true);
      expect(outcome(intake, view('reported', { level }), 'reject')).toBe(true);
    }
    expect(outcome(sub1, view('reported', { level: 'street' }), 'file')).toBe(true);
    expect(outcome(sub1, view('reported', { level: 'grid' }), 'reject')).toBe(true);
    expect(outcome(sub1, view('reported', { level: 'district' }), 'file')).toBe('FORBIDDEN');
    expect(outcome(sub2, view('reported', { level: 'street' }), 'file')).toBe('NOT_VISIBLE');
  });
  it('a dispatcher without intake may not file; a supervisor may not', () => {
    expect(outcome(dispatcher, view('reported'), 'file')).toBe('FORBIDDEN');
    expect(outcome(sup, view('reported'), 'file')).toBe('FORBIDDEN');
  });
  it('file sets the level; a sub-center may not file at district level', () => {
    expect(to(intake, view('reported', { level: 'street' }), 'file', { level: 'district' })).toEqual({
      allowed: true,
      to: 'filed',
      level: 'district',
    });
    expect(outcome(sub1, view('reported', { level: 'street' }), 'file', { level: 'district' })).toBe(
      'FORBIDDEN',
    );
    expect(outcome(sub1, view('reported', { level: 'street' }), 'file', { level: 'grid' })).toBe(true);
  });
  it('only from reported', () => {
    for (const s of CASE_STATUSES.filter((s) => s !== 'reported')) {
      expect(outcome(center, view(s), 'file')).toBe('INVALID_TRANSITION');
      expect(outcome(center, view(s), 'reject')).toBe('INVALID_TRANSITION');
    }
    expect(to(center, view('reported'), 'reject').to).toBe('rejected');
  });
});

describe('void', () => {
  it('intake or dispatcher (district), or the sub-center for its street-level cases; from reported or filed', () => {
    expect(to(intake, view('reported'), 'void').to).toBe('voided');
    expect(to(dispatcher, view('filed'), 'void').to).toBe('voided');
    expect(outcome(sub1, view('filed', { level: 'street' }), 'void')).toBe(true);
    expect(outcome(sub1, view('filed', { level: 'district' }), 'void')).toBe('FORBIDDEN');
    expect(outcome(dispatcher, view('dispatched'), 'void')).toBe('INVALID_TRANSITION');
    expect(outcome(hbj, view('dispatched'), 'void')).toBe('FORBIDDEN');
  });
});

describe('dispatch', () => {
  it('the dispatcher dispatches any level; the sub-center its street-level cases', () => {
    expect(to(dispatcher, view('filed', { level: 'street' }), 'dispatch').to).toBe('dispatched');
    expect(outcome(dispatcher, view('filed'), 'dispatch')).toBe(true);
    expect(outcome(sub1, view('filed', { level: 'street' }), 'dispatch')).toBe(true);
    expect(outcome(sub1, view('filed', { level: 'district' }), 'dispatch')).toBe('FORBIDDEN');
    expect(outcome(intake, view('filed'), 'dispatch')).toBe('FORBIDDEN');
    expect(outcome(dispatcher, view('reported'), 'dispatch')).toBe('INVALID_TRANSITION');
  });
});

describe('handling by the lead department', () => {
  const c = view('dispatched', { assistDepartmentCodes: ['swj'] });
  it('return goes back to filed; only the lead, only while dispatched', () => {
    expect(to(hbj, c, 'return').to).toBe('filed');
    expect(outcome(swj, c, 'return')).toBe('FORBIDDEN');
    expect(outcome(dispatcher, c, 'return')).toBe('FORBIDDEN');
    expect(outcome(hbj, view('pending_check'), 'return')).toBe('INVALID_TRANSITION');
    expect(outcome(hbj, view('suspended'), 'return')).toBe('INVALID_TRANSITION');
  });
  it('a handler role in the right department is needed', () => {
    const hbjLeader = actor('hbj-boss', ['leader'], 'department', 'hbj');
    expect(outcome(hbjLeader, c, 'feedback')).toBe('FORBIDDEN');
  });
  it('extension and suspension requests need no pending request', () => {
    expect(to(hbj, c, 'request_extension').to).toBe('dispatched');
    expect(to(hbj, c, 'request_suspension').to).toBe('dispatched');
    const pending = view('dispatched', { pendingRequest: { kind: 'extension', requestedBy: hbj.id } });
    expect(outcome(hbj, pending, 'request_extension')).toBe('INVALID_TRANSITION');
    expect(outcome(hbj, pending, 'request_suspension')).toBe('INVALID_TRANSITION');
    expect(outcome(swj, c, 'request_extension')).toBe('FORBIDDEN');
    expect(outcome(hbj, view('suspended'), 'request_extension')).toBe('INVALID_TRANSITION');
  });
  it('street teams handle street-level cases the same way', () => {
    const street = view('dispatched', { level: 'street', leadDepartmentCode: 'jd001' });
    expect(outcome(jd001, street, 'feedback')).toBe(true);
    expect(outcome(hbj, street, 'feedback')).toBe('NOT_VISIBLE');
  });
});

describe('deciding requests', () => {
  const ext = view('dispatched', { pendingRequest: { kind: 'extension', requestedBy: hbj.id } });
  const susp = view('dispatched', { pendingRequest: { kind: 'suspension', requestedBy: hbj.id } });
  it('the dispatcher approves or denies a matching pending request', () => {
    expect(to(dispatcher, ext, 'approve_extension').to).toBe('dispatched');
    expect(to(dispatcher, ext, 'deny_extension').to).toBe('dispatched');
    expect(to(dispatcher, susp, 'approve_suspension').to).toBe('suspended');
    expect(to(dispatcher, susp, 'deny_suspension').to).toBe('dispatched');
    expect(outcome(dispatcher, ext, 'approve_suspension')).toBe('INVALID_TRANSITION');
    expect(outcome(dispatcher, susp, 'deny_extension')).toBe('INVALID_TRANSITION');
    expect(outcome(dispatcher, view('dispatched'), 'approve_extension')).toBe('INVALID_TRANSITION');
  });
  it('the sub-center decides for its street-level cases only; handlers and intake never', () => {
    expect(outcome(sub1, { ...ext, level: 'street' }, 'approve_extension')).toBe(true);
    expect(outcome(sub1, ext, 'approve_extension')).toBe('FORBIDDEN');
    expect(outcome(hbj, ext, 'approve_extension')).toBe('FORBIDDEN');
    expect(outcome(intake, ext, 'approve_extension')).toBe('FORBIDDEN');
  });
  it('resume from suspended only', () => {
    expect(to(dispatcher, view('suspended'), 'resume').to).toBe('dispatched');
    expect(outcome(sub1, view('suspended', { level: 'street' }), 'resume')).toBe(true);
    expect(outcome(dispatcher, view('dispatched'), 'resume')).toBe('INVALID_TRANSITION');
    expect(outcome(hbj, view('suspended'), 'resume')).toBe('FORBIDDEN');
  });
});

describe('joint enforcement', () => {
  const joint = view('dispatched', { assistDepartmentCodes: ['swj', 'gaj'] });
  it('each assisting department gives its part once', () => {
    expect(to(swj, joint, 'assist_feedback').to).toBe('dispatched');
    expect(outcome(swj, { ...joint, assistFeedbackFrom: ['swj'] }, 'assist_feedback')).toBe(
      'INVALID_TRANSITION',
    );
    expect(outcome(hbj, joint, 'assist_feedback')).toBe('FORBIDDEN');
    expect(outcome(swj, view('pending_check', { assistDepartmentCodes: ['swj'] }), 'assist_feedback')).toBe(
      'INVALID_TRANSITION',
    );
  });
  it('the lead feeds back when all parts are in, or says why not', () => {
    expect(missingAssistParts(joint)).toEqual(['swj', 'gaj']);
    expect(outcome(hbj, joint, 'feedback')).toBe('INVALID_TRANSITION');
    const d = decideCaseAction(hbj, { ...joint, assistFeedbackFrom: ['swj'] }, 'feedback');
    expect(d).toMatchObject({ allowed: false, message: expect.stringContaining('gaj') });
    expect(to(hbj, joint, 'feedback', { hasMissingPartsReason: true }).to).toBe('pending_check');
    expect(to(hbj, { ...joint, assistFeedbackFrom: ['gaj', 'swj'] }, 'feedback').to).toBe('pending_check');
    expect(outcome(gaj, joint, 'feedback')).toBe('FORBIDDEN');
  });
  it('abilities offer feedback while parts are missing (the form asks why)', () => {
    expect(caseAbilities(hbj, joint)).toContain('feedback');
    expect(caseAbilities(hbj, joint, { hasMissingPartsReason: false })).not.toContain('feedback');
  });
});

describe('check and close', () => {
  it('the grid supervisor checks: passed → pending_close, failed → rework', () => {
    expect(to(sup, view('pending_check'), 'check').to).toBe('pending_close');
    expect(to(sup, view('pending_check'), 'check', { passed: false }).to).toBe('dispatched');
    expect(outcome(supSameStreet, view('pending_check'), 'check')).toBe('FORBIDDEN');
    expect(outcome(hbj, view('pending_check'), 'check')).toBe('FORBIDDEN');
    expect(outcome(sup, view('dispatched'), 'check')).toBe('INVALID_TRANSITION');
  });
  it('intake, dispatcher or the sub-center (own street below district) closes', () => {
    expect(to(intake, view('pending_close'), 'close').to).toBe('closed');
    expect(outcome(dispatcher, view('pending_close'), 'close')).toBe(true);
    expect(outcome(sub1, view('pending_close', { level: 'grid' }), 'close')).toBe(true);
    expect(outcome(sub1, view('pending_close'), 'close')).toBe('FORBIDDEN');
    expect(outcome(sup, view('pending_close'), 'close')).toBe('FORBIDDEN');
    expect(outcome(center, view('pending_check'), 'close')).toBe('INVALID_TRANSITION');
  });
});

describe('escalate', () => {
  it('the sub-center sends its street-level case to the district, as filed', () => {
    expect(to(sub1, view('reported', { level: 'street' }), 'escalate')).toEqual({
      allowed: true,
      to: 'filed',
      level: 'district',
    });
    expect(to(sub1, view('filed', { level: 'grid' }), 'escalate').level).toBe('district');
  });
  it('not when already district, not after dispatch, not by others', () => {
    expect(outcome(sub1, view('filed', { level: 'district' }), 'escalate')).toBe('INVALID_TRANSITION');
    expect(outcome(sub1, view('dispatched', { level: 'street' }), 'escalate')).toBe('INVALID_TRANSITION');
    expect(outcome(center, view('filed', { level: 'street' }), 'escalate')).toBe('FORBIDDEN');
    expect(outcome(sup, view('filed', { level: 'street' }), 'escalate')).toBe('FORBIDDEN');
  });
});

describe('urge, supervise, comment, evaluate', () => {
  it('urge: center or sub-center (any level of its street) in any open state', () => {
    for (const s of OPEN_STATUSES) {
      expect(to(center, view(s), 'urge').to).toBe(s);
      expect(outcome(sub1, view(s), 'urge')).toBe(true);
    }
    expect(outcome(center, view('closed'), 'urge')).toBe('INVALID_TRANSITION');
    expect(outcome(leader, view('filed'), 'urge')).toBe('FORBIDDEN');
    expect(outcome(hbj, view('dispatched'), 'urge')).toBe('FORBIDDEN');
  });
  it('supervise: leaders, open states', () => {
    expect(to(leader, view('dispatched'), 'supervise').to).toBe('dispatched');
    expect(outcome(streetLeader, view('filed'), 'supervise')).toBe(true);
    expect(outcome(leader, view('voided'), 'supervise')).toBe('INVALID_TRANSITION');
    expect(outcome(center, view('filed'), 'supervise')).toBe('FORBIDDEN');
  });
  it('comment: anyone who sees the case, in any state', () => {
    for (const s of CASE_STATUSES) {
      for (const a of [center, sub1, sup, leader, admin, auditor])
        expect(to(a, view(s), 'comment').to).toBe(s);
    }
    expect(outcome(hbj, view('closed'), 'comment')).toBe(true);
  });
  it('evaluate: leaders, closed cases, once', () => {
    expect(to(leader, view('closed'), 'evaluate').to).toBe('closed');
    expect(outcome(leader, view('closed', { evaluated: true }), 'evaluate')).toBe('INVALID_TRANSITION');
    expect(outcome(leader, view('pending_close'), 'evaluate')).toBe('INVALID_TRANSITION');
    expect(outcome(center, view('closed'), 'evaluate')).toBe('FORBIDDEN');
  });
});

describe('the whole life of a case', () => {
  it('walks the eight steps with return, extension, suspension, rework and joint parts', () => {
    let c = view('pending_verification', { level: 'street', assistDepartmentCodes: [] });
    const step = (a: Actor, action: CaseAction, hints?: ActionHints, patch: Partial<CaseView> = {}) => {
      const d = to(a, c, action, hints);
      c = { ...c, status: d.to, ...(d.level ? { level: d.level } : {}), ...patch };
    };
    step(sup, 'verify', { real: true });
    step(sub1, 'escalate');
    expect(c).toMatchObject({ status: 'filed', level: 'district' });
    step(dispatcher, 'dispatch', {}, { leadDepartmentCode: 'cgzf' });
    step(cgzf, 'return', {}, { leadDepartmentCode: null });
    step(dispatcher, 'dispatch', {}, { leadDepartmentCode: 'hbj', assistDepartmentCodes: ['swj'] });
    step(hbj, 'request_extension', {}, { pendingRequest: { kind: 'extension', requestedBy: hbj.id } });
    step(dispatcher, 'approve_extension', {}, { pendingRequest: null });
    step(hbj, 'request_suspension', {}, { pendingRequest: { kind: 'suspension', requestedBy: hbj.id } });
    step(dispatcher, 'approve_suspension', {}, { pendingRequest: null });
    expect(c.status).toBe('suspended');
    expect(caseAbilities(hbj, c)).toEqual(['comment']);
    step(dispatcher, 'resume');
    step(swj, 'assist_feedback', {}, { assistFeedbackFrom: ['swj'] });
    step(hbj, 'feedback');
    step(sup, 'check', { passed: false }, { assistFeedbackFrom: [] });
    expect(c.status).toBe('dispatched');
    step(swj, 'assist_feedback', {}, { assistFeedbackFrom: ['swj'] });
    step(hbj, 'feedback');
    step(sup, 'check', { passed: true });
    step(center, 'close');
    step(leader, 'evaluate', {}, { evaluated: true });
    expect(c.status).toBe('closed');
    expect(caseAbilities(leader, c)).toEqual(['comment']);
  });
});

describe('abilities', () => {
  it('lists what each actor may do now, in action order', () => {
    const filed = view('filed', { level: 'street' });
    expect(caseAbilities(center, filed)).toEqual(['void', 'dispatch', 'urge', 'comment']);
    expect(caseAbilities(sub1, filed)).toEqual(['void', 'dispatch', 'escalate', 'urge', 'comment']);
    expect(caseAbilities(sup, filed)).toEqual(['comment']);
    expect(caseAbilities(leader, filed)).toEqual(['supervise', 'comment']);
    expect(caseAbilities(hbj, filed)).toEqual([]);
    expect(abilities(hbj, view('dispatched'))).toEqual([
      'return',
      'request_extension',
      'request_suspension',
      'invite_assist',
      'involve_officer',
      'feedback',
      'comment',
    ]);
    expect(abilities(sup, view('pending_verification'))).toEqual(['verify', 'comment']);
  });
});

describe('sources and officers on a case (docs/sources.md, docs/workflow.md)', () => {
  const officer: Actor = { ...sup, id: 'off-1', username: 'off001-01', roles: ['officer'] };
  it('registers a proposed source only from a report whose source still awaits review', () => {
    expect(
      decideCaseAction(center, view('reported', { proposesPendingSource: true }), 'register_source'),
    ).toEqual({
      allowed: true,
      to: 'closed',
    });
    expect(decideCaseAction(center, view('reported'), 'register_source')).toMatchObject({
      allowed: false,
      reason: 'INVALID_TRANSITION',
    });
    expect(
      decideCaseAction(center, view('filed', { proposesPendingSource: true }), 'register_source'),
    ).toMatchObject({
      allowed: false,
      reason: 'INVALID_TRANSITION',
    });
    expect(
      decideCaseAction(sup, view('reported', { proposesPendingSource: true }), 'register_source'),
    ).toMatchObject({
      allowed: false,
      reason: 'FORBIDDEN',
    });
  });
  it('lets only an officer the lead department brought in record, while the case is handled', () => {
    const brought = view('dispatched', { involvedOfficerIds: ['off-1'] });
    expect(decideCaseAction(officer, brought, 'officer_report')).toEqual({ allowed: true, to: 'dispatched' });
    expect(
      decideCaseAction(officer, view('suspended', { involvedOfficerIds: ['off-1'] }), 'officer_report'),
    ).toEqual({
      allowed: true,
      to: 'suspended',
    });
    expect(decideCaseAction(officer, view('dispatched'), 'officer_report')).toMatchObject({
      allowed: false,
      reason: 'FORBIDDEN',
    });
    expect(
      decideCaseAction(officer, view('pending_check', { involvedOfficerIds: ['off-1'] }), 'officer_report'),
    ).toMatchObject({
      allowed: false,
      reason: 'INVALID_TRANSITION',
    });
    expect(abilities(officer, brought)).toEqual(['officer_report', 'comment']);
    expect(decideCaseAction(hbj, brought, 'officer_report')).toMatchObject({
      allowed: false,
      reason: 'FORBIDDEN',
    });
  });
});

describe('assertCaseAction', () => {
  const code = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      return (e as AppError).code;
    }
    return 'none';
  };
  it('returns the outcome or throws the API error', () => {
    expect(assertCaseAction(sub1, view('reported', { level: 'street' }), 'escalate')).toEqual({
      to: 'filed',
      level: 'district',
    });
    expect(code(() => assertCaseAction(sub2, view('filed'), 'dispatch'))).toBe('NOT_FOUND');
    expect(code(() => assertCaseAction(sup, view('filed'), 'dispatch'))).toBe('FORBIDDEN');
    expect(code(() => assertCaseAction(center, view('closed'), 'dispatch'))).toBe('INVALID_TRANSITION');
  });
});

const refusal = (a: Actor, c: CaseView, action: CaseAction, hints?: ActionHints) => {
  const d = decideCaseAction(a, c, action, hints);
  if (d.allowed) throw new Error(`${action} allowed`);
  return { reason: d.reason, message: d.message };
};

describe('scope kind and street code both matter', () => {
  // A sub-center or supervisor of another street sees a case it reported, but does not act on it.
  const sub2Reporter = view('reported', { level: 'street', reporterId: sub2.id });
  it("another street's sub-center that sees the case (as reporter) may not act for the street", () => {
    for (const action of ['file', 'reject', 'void', 'escalate', 'urge'] as const) {
      expect(outcome(sub2, sub2Reporter, action)).toBe('FORBIDDEN');
    }
  });
  it('a non-street scope whose code equals the street code is not the street', () => {
    const oddSub = actor('odd-sub', ['subcenter'], 'department', S1);
    const c = view('reported', { level: 'street', reporterId: oddSub.id });
    expect(outcome(oddSub, c, 'file')).toBe('FORBIDDEN');
    expect(outcome(oddSub, c, 'escalate')).toBe('FORBIDDEN');
    const oddSup = actor('odd-sup', ['supervisor'], 'department', S1);
    const pv = view('pending_verification', { gridSupervisorId: null, reporterId: oddSup.id });
    expect(outcome(oddSup, pv, 'verify')).toBe('FORBIDDEN');
  });
  it('district roles need district scope', () => {
    const streetIntake = actor('s-intake', ['intake'], 'street', S1);
    const streetDispatcher = actor('s-disp', ['dispatcher'], 'street', S1);
    expect(outcome(streetIntake, view('reported'), 'file')).toBe('FORBIDDEN');
    expect(outcome(streetIntake, view('reported', { level: 'street' }), 'file')).toBe('FORBIDDEN');
    expect(outcome(streetDispatcher, view('filed'), 'dispatch')).toBe('FORBIDDEN');
    expect(outcome(streetDispatcher, view('filed'), 'urge')).toBe('FORBIDDEN');
    // A sub-center that is also intake-without-district-scope still may not file at district level.
    const subIntake = actor('sub-intake', ['subcenter', 'intake'], 'street', S1);
    expect(refusal(subIntake, view('reported', { level: 'street' }), 'file', { level: 'district' })).toEqual({
      reason: 'FORBIDDEN',
      message: 'A sub-center does not file at district level: escalate instead',
    });
  });
  it('urge: district intake alone or dispatcher alone', () => {
    expect(outcome(intake, view('dispatched'), 'urge')).toBe(true);
    expect(outcome(dispatcher, view('dispatched'), 'urge')).toBe(true);
    expect(outcome(admin, view('dispatched'), 'urge')).toBe('FORBIDDEN');
  });
  it('void and close: district intake alone or dispatcher alone', () => {
    expect(outcome(intake, view('filed'), 'void')).toBe(true);
    expect(outcome(dispatcher, view('reported'), 'void')).toBe(true);
    expect(outcome(intake, view('pending_close'), 'close')).toBe(true);
    expect(outcome(dispatcher, view('pending_close'), 'close')).toBe(true);
  });
});

describe('supervisors', () => {
  it('only a supervisor verifies or checks, even in its street when the grid has none', () => {
    const c = view('pending_verification', { gridSupervisorId: null });
    expect(refusal(sub1, c, 'verify')).toEqual({
      reason: 'FORBIDDEN',
      message: "Only the grid's supervisor may do this",
    });
    expect(outcome(streetLeader, view('pending_check', { gridSupervisorId: null }), 'check')).toBe(
      'FORBIDDEN',
    );
  });
  it('another supervisor is told the responsible one acts', () => {
    expect(refusal(supSameStreet, view('pending_check'), 'check')).toEqual({
      reason: 'FORBIDDEN',
      message: "Only the grid's responsible supervisor may do this",
    });
  });
  it("a supervisor of another street who sees the case is not the street's stand-in", () => {
    const c = view('pending_verification', { gridSupervisorId: null, reporterId: supOtherStreet.id });
    expect(refusal(supOtherStreet, c, 'verify')).toEqual({
      reason: 'FORBIDDEN',
      message: "Only a supervisor of the case's street may do this",
    });
  });
});

describe('departments', () => {
  it('the lead needs a handler in a department scope with the lead code', () => {
    const districtHbj = actor('d-hbj', ['handler'], 'district', 'hbj');
    expect(refusal(districtHbj, view('dispatched'), 'return')).toEqual({
      reason: 'FORBIDDEN',
      message: 'Only the lead department may do this',
    });
    expect(outcome(swj, view('dispatched', { assistDepartmentCodes: ['swj'] }), 'feedback')).toBe(
      'FORBIDDEN',
    );
  });
  it('an assisting part needs a handler of an assisting department that is not the lead', () => {
    const joint = view('dispatched', { assistDepartmentCodes: ['hbj', 'swj'] });
    expect(refusal(hbj, joint, 'assist_feedback')).toEqual({
      reason: 'FORBIDDEN',
      message: 'Only an assisting department may give an assisting part',
    });
    const swjLeader = actor('swj-boss', ['leader'], 'department', 'swj');
    expect(outcome(swjLeader, joint, 'assist_feedback')).toBe('FORBIDDEN');
    const districtSwj = actor('d-swj', ['handler'], 'district', 'swj');
    expect(outcome(districtSwj, joint, 'assist_feedback')).toBe('FORBIDDEN');
    expect(outcome(swj, joint, 'assist_feedback')).toBe(true);
    expect(outcome(cgzf, { ...joint, reporterId: cgzf.id }, 'assist_feedback')).toBe('FORBIDDEN');
  });
  it('the lead listed among the assisting departments owes no part', () => {
    const joint = view('dispatched', { assistDepartmentCodes: ['hbj', 'swj'] });
    expect(missingAssistParts(joint)).toEqual(['swj']);
    expect(missingAssistParts({ ...joint, assistFeedbackFrom: ['swj'] })).toEqual([]);
    expect(
      outcome(hbj, { ...joint, assistFeedbackFrom: ['swj'] }, 'feedback', { hasMissingPartsReason: false }),
    ).toBe(true);
  });
});

describe('refusal messages', () => {
  it('names who may act', () => {
    expect(refusal(sub1, view('reported', { level: 'district' }), 'file')).toEqual({
      reason: 'FORBIDDEN',
      message: 'District-level cases are filed by the district center',
    });
    expect(refusal(sub1, view('filed', { level: 'district' }), 'dispatch').message).toBe(
      'District-level cases are dispatched by the district center',
    );
    expect(refusal(sup, view('reported'), 'void').message).toBe(
      "Only district intake or dispatcher staff or the street's sub-center may do this (voided)",
    );
    expect(refusal(sup, view('filed'), 'dispatch').message).toBe(
      "Only district dispatcher staff or the street's sub-center may do this (dispatched)",
    );
    expect(refusal(center, view('filed', { level: 'street' }), 'escalate').message).toBe(
      "Only the case's street sub-center escalates it",
    );
    expect(refusal(leader, view('filed'), 'urge').message).toBe(
      'Only the district center or the street sub-center may urge',
    );
    expect(refusal(center, view('filed'), 'supervise').message).toBe('Only leaders supervise cases');
    expect(refusal(center, view('closed'), 'evaluate').message).toBe('Only leaders evaluate cases');
  });
  it('names the state and the states needed', () => {
    const wrong = (a: Actor, c: CaseView, action: CaseAction) => {
      const r = refusal(a, c, action);
      expect(r.reason).toBe('INVALID_TRANSITION');
      return r.message;
    };
    expect(wrong(sup, view('reported'), 'verify')).toBe(
      'Cannot verify a case that is reported (待立案); needs pending_verification',
    );
    expect(wrong(intake, view('filed'), 'file')).toBe(
      'Cannot file a case that is filed (待派遣); needs reported',
    );
    expect(wrong(dispatcher, view('dispatched'), 'void')).toBe(
      'Cannot void a case that is dispatched (处置中); needs reported or filed',
    );
    expect(wrong(swj, view('pending_check', { assistDepartmentCodes: ['swj'] }), 'assist_feedback')).toBe(
      'Cannot assist_feedback a case that is pending_check (待核查); needs dispatched',
    );
    expect(wrong(hbj, view('suspended'), 'feedback')).toBe(
      'Cannot feedback a case that is suspended (挂账); needs dispatched',
    );
    expect(wrong(sup, view('pending_close'), 'check')).toBe(
      'Cannot check a case that is pending_close (待结案); needs pending_check',
    );
    expect(wrong(sub1, view('dispatched', { level: 'street' }), 'escalate')).toBe(
      'Cannot escalate a case that is dispatched (处置中); needs reported or filed',
    );
    expect(wrong(leader, view('pending_close'), 'evaluate')).toBe(
      'Cannot evaluate a case that is pending_close (待结案); needs closed',
    );
  });
  it('names what else is in the way', () => {
    const pending = view('dispatched', { pendingRequest: { kind: 'suspension', requestedBy: hbj.id } });
    expect(refusal(hbj, pending, 'request_extension')).toEqual({
      reason: 'INVALID_TRANSITION',
      message: 'A suspension request is already pending',
    });
    expect(refusal(dispatcher, pending, 'approve_extension').message).toBe('No extension request is pending');
    const joint = view('dispatched', { assistDepartmentCodes: ['swj', 'gaj'] });
    expect(refusal(swj, { ...joint, assistFeedbackFrom: ['swj'] }, 'assist_feedback').message).toBe(
      'Department swj has already given its part',
    );
    expect(refusal(hbj, joint, 'feedback').message).toBe(
      'Assisting parts missing from swj, gaj: wait for them or give missingPartsReason',
    );
    expect(refusal(sub1, view('filed', { level: 'district' }), 'escalate').message).toBe(
      'The case is already at district level',
    );
    expect(refusal(leader, view('closed', { evaluated: true }), 'evaluate').message).toBe(
      'The case has already been evaluated',
    );
    expect(refusal(sub2, view('filed'), 'comment')).toEqual({
      reason: 'NOT_VISIBLE',
      message: 'Case not found',
    });
  });
});

describe('outcomes without a level change', () => {
  it('file without a level keeps the level', () => {
    expect(decideCaseAction(intake, view('reported'), 'file')).toEqual({ allowed: true, to: 'filed' });
    expect(decideCaseAction(sub1, view('reported', { level: 'grid' }), 'file')).toEqual({
      allowed: true,
      to: 'filed',
    });
    expect(assertCaseAction(intake, view('reported'), 'file')).toStrictEqual({ to: 'filed' });
    expect(assertCaseAction(intake, view('reported'), 'file', { level: 'street' })).toStrictEqual({
      to: 'filed',
      level: 'street',
    });
  });
});

describe('assertCaseAction errors', () => {
  const caught = (fn: () => unknown): AppError => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      return e as AppError;
    }
    throw new Error('did not throw');
  };
  it('carries the message and details', () => {
    const nf = caught(() => assertCaseAction(sub2, view('filed'), 'dispatch'));
    expect(nf).toMatchObject({ code: 'NOT_FOUND', message: 'Case not found' });
    const fb = caught(() => assertCaseAction(sup, view('filed'), 'dispatch'));
    expect(fb).toMatchObject({
      code: 'FORBIDDEN',
      message: "Only district dispatcher staff or the street's sub-center may do this (dispatched)",
      details: { action: 'dispatch' },
    });
    const it_ = caught(() => assertCaseAction(center, view('closed'), 'dispatch'));
    expect(it_).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: 'Cannot dispatch a case that is closed (已结案); needs filed',
      details: { status: 'closed', action: 'dispatch' },
    });
  });
});
