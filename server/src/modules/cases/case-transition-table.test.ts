/**
 * The whole transition table over HTTP, written from docs/workflow.md and docs/workflow.md: every action
 * from every state the rule forbids it in answers 409 INVALID_TRANSITION (or 404 when the actor
 * cannot even see the case: visibility is checked first) and writes nothing; and for every action
 * a sample of users in and out of scope: out of scope → 404, in scope without the role → 403,
 * the one the rule names → 200.
 */
import { CASE_ACTIONS, CASE_STATUSES } from '@envgrid/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../test/api-client.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import {
  caseIn,
  CaseWorld,
  SITUATIONS,
  type CaseBody,
  type CaseRecipe,
  type Situation,
} from '../../test/case-world.ts';

type Action = (typeof CASE_ACTIONS)[number];

const DISPATCHED: Situation[] = [
  'dispatched',
  'dispatched+extension_requested',
  'dispatched+suspension_requested',
];
const OPEN: Situation[] = [
  'pending_verification',
  'reported',
  'filed',
  ...DISPATCHED,
  'suspended',
  'pending_check',
  'pending_close',
];

/** docs/workflow.md, for a district-level case: the situations each action is allowed in. */
const ALLOWED_IN: Record<Action, Situation[]> = {
  verify: ['pending_verification'],
  file: ['reported'],
  reject: ['reported'],
  void: ['reported', 'filed'],
  // Only a "new pollution source" report whose source awaits review; these cases are not.
  register_source: [],
  dispatch: ['filed'],
  return: DISPATCHED,
  request_extension: ['dispatched'],
  approve_extension: ['dispatched+extension_requested'],
  deny_extension: ['dispatched+extension_requested'],
  request_suspension: ['dispatched'],
  approve_suspension: ['dispatched+suspension_requested'],
  deny_suspension: ['dispatched+suspension_requested'],
  resume: ['suspended'],
  assist_feedback: DISPATCHED,
  invite_assist: DISPATCHED,
  involve_officer: DISPATCHED,
  // Only an officer brought in records; the table's cases have none, so this is who, not when.
  officer_report: [...DISPATCHED, 'suspended'],
  feedback: DISPATCHED,
  check: ['pending_check'],
  close: ['pending_close'],
  // Only a street-level case goes up; these cases are district-level already, so never.
  escalate: [],
  urge: OPEN,
  supervise: OPEN,
  comment: [...SITUATIONS],
  evaluate: ['closed'],
};

/** The user the rule names for each action on a district case of street 001 (grid of sup001-01, lead hbj, assisting cgzf). */
const ACTOR: Record<Action, string> = {
  verify: 'sup001-01',
  check: 'sup001-01',
  file: 'center',
  reject: 'center',
  void: 'center',
  register_source: 'center',
  dispatch: 'center',
  approve_extension: 'center',
  deny_extension: 'center',
  approve_suspension: 'center',
  deny_suspension: 'center',
  resume: 'center',
  close: 'center',
  urge: 'center',
  return: 'hbj01',
  request_extension: 'hbj01',
  request_suspension: 'hbj01',
  feedback: 'hbj01',
  assist_feedback: 'cgzf01',
  invite_assist: 'hbj01',
  involve_officer: 'hbj01',
  officer_report: 'off001-01',
  escalate: 'sub001',
  supervise: 'leader',
  evaluate: 'leader',
  comment: 'center',
};

/** A valid payload for each action, so that only the state (or who) can refuse it. */
const payload = (action: Action, ids: { hbj: string; swj?: string; off?: string }): Record<string, unknown> =>
  ({
    verify: { real: true },
    reject: { reason: '不属于监管范围' },
    void: { reason: '重复上报' },
    dispatch: { leadDepartmentId: ids.hbj },
    return: { reason: '不属于本部门职责' },
    request_extension: { reason: '需要检测', extra: { amount: 1, unit: 'day' } },
    request_suspension: { reason: '企业停产' },
    assist_feedback: { result: '已配合' },
    feedback: { result: '已整改', missingPartsReason: '协办部门未到场' },
    invite_assist: { assistDepartmentIds: [ids.swj] },
    involve_officer: { officerId: ids.off },
    officer_report: { note: '现场已责令停工' },
    check: { passed: true },
    comment: { note: '备注' },
    evaluate: { rating: 4 },
  })[action as string] ?? {};

/** Departments see a case once it was dispatched to them (lead or assisting). */
const handlerSees = (s: Situation) =>
  [...DISPATCHED, 'suspended', 'pending_check', 'pending_close', 'closed'].includes(s);

describeEachEngineWithDemo('case transition table', (ctx) => {
  let w: CaseWorld;
  let hbj: string, swj: string, off: string;

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    hbj = await w.dept('hbj');
    swj = await w.dept('swj');
    off = await w.userId('off001-01');
    const created = await (
      await w.as('admin')
    ).post('/api/v1/users', {
      username: 'mixed001',
      displayName: '街道受理派遣员',
      password: DEMO_PASSWORD,
      roles: ['intake', 'dispatcher'],
      scope: { kind: 'street', code: '110101001' },
    });
    expect(created.status).toBe(201);
  });
  afterAll(() => w.close());

  it('covers every action and every state', () => {
    expect(Object.keys(ALLOWED_IN).sort()).toEqual([...CASE_ACTIONS].sort());
    expect(Object.keys(ACTOR).sort()).toEqual([...CASE_ACTIONS].sort());
    const states = new Set(SITUATIONS.map((s) => s.split('+')[0]));
    expect([...states].sort()).toEqual([...CASE_STATUSES].sort());
  });

  describe('an action from a state that forbids it', () => {
    for (const situation of SITUATIONS) {
      it(`is refused from ${situation} and writes nothing`, async () => {
        const c = await caseIn(w, situation);
        const before = await w.footprint(c.id);
        expect(before.status).toBe(situation.split('+')[0]);
        const wrong: string[] = [];
        for (const action of CASE_ACTIONS) {
          if (ALLOWED_IN[action].includes(situation)) continue;
          const actor = ACTOR[action];
          const isHandler = actor === 'hbj01' || actor === 'cgzf01';
          const [status, code] =
            isHandler && !handlerSees(situation) ? [404, 'NOT_FOUND'] : [409, 'INVALID_TRANSITION'];
          const r = await w.try(actor, c, action, payload(action, { hbj, swj, off }));
          if (r.status !== status || r.body.error?.code !== code)
            wrong.push(
              `${action} by ${actor}: ${r.status} ${r.body.error?.code ?? ''}, want ${status} ${code}`,
            );
          expect([action, await w.footprint(c.id)]).toEqual([action, before]);
        }
        expect(wrong).toEqual([]);
        // And the case page offers none of them to the user the rule names.
        const offered: string[] = [];
        for (const actor of new Set(Object.values(ACTOR))) {
          const r = await (await w.as(actor)).get<CaseBody>(`/api/v1/cases/${c.id}`);
          if (r.status !== 200) continue;
          for (const a of r.body.abilities as Action[])
            if (ACTOR[a] === actor && !ALLOWED_IN[a].includes(situation)) offered.push(`${a} to ${actor}`);
        }
        expect(offered).toEqual([]);
      });
    }

    it('refuses feedback while an assisting part is missing and no reason is given', async () => {
      const c = await caseIn(w, 'dispatched');
      const before = await w.footprint(c.id);
      const r = await w.try('hbj01', c, 'feedback', { result: '已整改' });
      expect([r.status, r.body.error?.code]).toEqual([409, 'INVALID_TRANSITION']);
      expect(await w.footprint(c.id)).toEqual(before);
    });

    it('refuses a second assisting part from the same department', async () => {
      let c = await caseIn(w, 'dispatched');
      c = await w.act('cgzf01', c, 'assist_feedback', { result: '已配合' });
      const before = await w.footprint(c.id);
      const r = await w.try('cgzf01', c, 'assist_feedback', { result: '再次配合' });
      expect([r.status, r.body.error?.code]).toEqual([409, 'INVALID_TRANSITION']);
      expect(await w.footprint(c.id)).toEqual(before);
    });
  });

  describe('who may act: roles in and out of scope', () => {
    /** Where each action is allowed, and on what case (district-level unless said). */
    const HOME: Record<Action, { situation: Situation; recipe?: CaseRecipe }> = {
      verify: { situation: 'pending_verification' },
      file: { situation: 'reported' },
      reject: { situation: 'reported' },
      void: { situation: 'filed' },
      // A "new pollution source" report: it proposes a pending source.
      register_source: { situation: 'reported', recipe: { itemCode: 'new_source.construction_site' } },
      dispatch: { situation: 'filed' },
      return: { situation: 'dispatched' },
      request_extension: { situation: 'dispatched' },
      approve_extension: { situation: 'dispatched+extension_requested' },
      deny_extension: { situation: 'dispatched+extension_requested' },
      request_suspension: { situation: 'dispatched' },
      approve_suspension: { situation: 'dispatched+suspension_requested' },
      deny_suspension: { situation: 'dispatched+suspension_requested' },
      resume: { situation: 'suspended' },
      assist_feedback: { situation: 'dispatched' },
      invite_assist: { situation: 'dispatched' },
      involve_officer: { situation: 'dispatched' },
      officer_report: { situation: 'dispatched', recipe: { officer: 'off001-01' } },
      feedback: { situation: 'dispatched' },
      check: { situation: 'pending_check' },
      close: { situation: 'pending_close' },
      // A street-level item: open-air barbecue.
      escalate: { situation: 'reported', recipe: { itemCode: 'air.open_barbecue' } },
      urge: { situation: 'filed' },
      supervise: { situation: 'dispatched' },
      comment: { situation: 'pending_check' },
      evaluate: { situation: 'closed' },
    };
    /** Besides ACTOR, who else the rule lets act (among the sample). */
    const ALSO: Partial<Record<Action, string[]>> = { urge: ['sub001'] };
    /** The sample: district, street 001 (the case's), street 002, departments on and off the case. */
    const SAMPLE = [
      'center',
      'leader',
      'auditor',
      'sub001',
      'sup001-01',
      'sup001-02',
      'off001-01',
      'mixed001',
      'hbj01',
      'cgzf01',
      'gaj01',
      'sub002',
      'sup002-01',
    ];
    const sees = (user: string, s: Situation) =>
      ['center', 'leader', 'auditor', 'sub001', 'sup001-01', 'sup001-02', 'off001-01', 'mixed001'].includes(
        user,
      ) ||
      ((user === 'hbj01' || user === 'cgzf01') && handlerSees(s));

    for (const action of CASE_ACTIONS) {
      it(`${action}: 404 out of scope, 403 without the role, 200 for ${ACTOR[action]}`, async () => {
        const home = HOME[action];
        const c = await caseIn(w, home.situation, home.recipe);
        const before = await w.footprint(c.id);
        const allowed = [ACTOR[action], ...(ALSO[action] ?? [])];
        const wrong: string[] = [];
        for (const user of SAMPLE) {
          if (action === 'comment' ? sees(user, home.situation) : allowed.includes(user)) continue;
          const [status, code] = sees(user, home.situation) ? [403, 'FORBIDDEN'] : [404, 'NOT_FOUND'];
          const r = await w.try(user, c, action, payload(action, { hbj, swj, off }));
          if (r.status !== status || r.body.error?.code !== code)
            wrong.push(`${user}: ${r.status} ${r.body.error?.code ?? ''}, want ${status} ${code}`);
        }
        expect(wrong).toEqual([]);
        expect(await w.footprint(c.id)).toEqual(before);
        for (const user of allowed) {
          const page = await (await w.as(user)).get<CaseBody>(`/api/v1/cases/${c.id}`);
          expect([user, page.body.abilities]).toEqual([user, expect.arrayContaining([action])]);
        }
        const ok = await w.try(ACTOR[action], c, action, payload(action, { hbj, swj, off }));
        expect([ok.status, ok.body.error?.code]).toEqual([200, undefined]);
        expect((await w.events(c.id)).map((e) => e.action).at(-1)).toBe(action);
      });
    }
  });

  describe('a user with the center’s roles but a street scope', () => {
    const CENTER_ACTIONS: [Situation, Action][] = [
      ['reported', 'file'],
      ['reported', 'reject'],
      ['reported', 'void'],
      ['filed', 'dispatch'],
      ['filed', 'urge'],
      ['dispatched+extension_requested', 'approve_extension'],
      ['dispatched+suspension_requested', 'deny_suspension'],
      ['suspended', 'resume'],
      ['pending_close', 'close'],
    ];

    it('may not act as the district center on district-level cases of its own street (403)', async () => {
      const wrong: string[] = [];
      for (const [situation, action] of CENTER_ACTIONS) {
        const c = await caseIn(w, situation);
        const before = await w.footprint(c.id);
        const r = await w.try('mixed001', c, action, payload(action, { hbj, swj, off }));
        if (r.status !== 403 || r.body.error?.code !== 'FORBIDDEN') wrong.push(`${action}: ${r.status}`);
        expect(await w.footprint(c.id)).toEqual(before);
        const page = await (await w.as('mixed001')).get<CaseBody>(`/api/v1/cases/${c.id}`);
        expect(page.body.abilities).toEqual(['comment']);
      }
      expect(wrong).toEqual([]);
    });

    it('may not act as a sub-center on street-level cases either: it holds no sub-center role (403)', async () => {
      const street = { itemCode: 'air.open_barbecue' };
      for (const [situation, action] of [
        ['reported', 'file'],
        ['filed', 'dispatch'],
        ['reported', 'escalate'],
      ] as [Situation, Action][]) {
        const c = await caseIn(w, situation, street);
        expect(c.level).toBe('street');
        const jd001 = await w.dept('jd001');
        const body = action === 'dispatch' ? { leadDepartmentId: jd001 } : payload(action, { hbj, swj, off });
        const r = await w.try('mixed001', c, action, body);
        expect([action, r.status, r.body.error?.code]).toEqual([action, 403, 'FORBIDDEN']);
        // …which the sub-center of the street may do.
        expect((await w.try('sub001', c, action, body)).status).toBe(200);
      }
    });

    it('cannot see, let alone act on, another street’s cases (404)', async () => {
      const wrong: string[] = [];
      for (const [situation, action] of CENTER_ACTIONS) {
        const c = await caseIn(w, situation, { gridOf: 'sup002-01' });
        expect(c.streetCode).toBe('110101002');
        const before = await w.footprint(c.id);
        const r = await w.try('mixed001', c, action, payload(action, { hbj, swj, off }));
        if (r.status !== 404 || r.body.error?.code !== 'NOT_FOUND') wrong.push(`${action}: ${r.status}`);
        expect((await (await w.as('mixed001')).get(`/api/v1/cases/${c.id}`)).status).toBe(404);
        expect(await w.footprint(c.id)).toEqual(before);
      }
      expect(wrong).toEqual([]);
    });
  });
});
