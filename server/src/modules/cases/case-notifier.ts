import {
  whoActsNext,
  type CaseRecord,
  type NextActor,
  type NextActorCase,
  type DepartmentRecord,
} from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import type { GridSupervisors } from './case-view.ts';

/** The users behind one of core's next actors (the district center: every district-scoped holder). */
async function usersOf(
  repos: Repos,
  who: NextActor,
  departments: DepartmentRecord[],
  supervisors?: GridSupervisors,
): Promise<string[]> {
  switch (who.kind) {
    case 'grid-supervisor': {
      const id = supervisors?.has(who.gridCode)
        ? supervisors.get(who.gridCode)
        : (await repos.grids.find(who.gridCode))?.supervisor?.id;
      return id ? [id] : [];
    }
    case 'center':
      return repos.users.idsWith(who.role, { kind: 'district' });
    case 'subcenter':
      return repos.users.idsWith('subcenter', { kind: 'street', code: who.streetCode });
    case 'leaders':
      return repos.users.idsWith('leader');
    case 'department': {
      const code = departments.find((d) => d.id === who.departmentId)?.code;
      return code ? repos.users.idsWith('handler', { kind: 'department', code }) : [];
    }
  }
}

/**
 * The users behind core's actors, each once. `supervisors` holds grids the caller has read
 * already (the departments come from the caller too): those are not read again.
 */
export async function usersBehind(
  repos: Repos,
  actors: readonly NextActor[],
  departments: DepartmentRecord[],
  supervisors?: GridSupervisors,
): Promise<string[]> {
  const ids: string[] = [];
  for (const who of actors) ids.push(...(await usersOf(repos, who, departments, supervisors)));
  return [...new Set(ids)];
}

/**
 * Who must act next on a case in its current state (core's rule): they get an inbox entry and a
 * live event. It needs no case number, so an intake asks before it takes one.
 */
export function nextActors(
  repos: Repos,
  c: NextActorCase,
  departments: DepartmentRecord[],
  supervisors?: GridSupervisors,
): Promise<string[]> {
  return usersBehind(repos, whoActsNext(c), departments, supervisors);
}

/** Inbox entries for `userIds` (one statement), to be told live after commit. */
export async function writeInbox(
  repos: Repos,
  at: number,
  userIds: string[],
  caseId: string,
  kind: string,
  title: string,
): Promise<void> {
  await repos.notifications.insertMany(
    userIds.map((userId) => ({ userId, kind, caseId, title })),
    at,
  );
}

/** Live events go out only after the transaction committed, so listeners read what they were told. */
export async function publishCaseChange(
  bus: EventBus,
  at: number,
  c: CaseRecord,
  action: string,
  notified: string[] = [],
): Promise<void> {
  if (notified.length) await bus.publish({ type: 'notification', userIds: notified, caseId: c.id, at });
  await bus.publish({
    type: 'case.changed',
    caseId: c.id,
    action,
    status: c.status,
    streetCode: c.streetCode,
    departmentIds: [c.leadDepartmentId, ...c.assistDepartmentIds].filter((x): x is string => x !== null),
    at,
  });
}

/**
 * Those a handling action brings into the case, told in the action's transaction: the officer
 * brought in, the departments invited to assist, the lead department on an officer's record.
 * Returns whom it told.
 */
export async function bringIn(
  repos: Repos,
  action: string,
  payload: Record<string, unknown>,
  c: CaseRecord,
  actorId: string,
  at: number,
  departments: DepartmentRecord[],
): Promise<string[]> {
  let told: string[] = [];
  let title = '';
  if (action === 'involve_officer') {
    const officerId = payload.officerId as string;
    await repos.caseOfficers.add(c.id, officerId, actorId, at);
    [told, title] = [[officerId], `${c.caseNo} 邀请您协助执法`];
  } else if (action === 'invite_assist') {
    const invited = (payload.assistDepartmentIds as string[]).map((departmentId) => ({
      kind: 'department' as const,
      departmentId,
      lead: false,
    }));
    [told, title] = [await usersBehind(repos, invited, departments), `${c.caseNo} 邀请您协办`];
  } else if (action === 'officer_report' && c.leadDepartmentId) {
    const lead = [{ kind: 'department' as const, departmentId: c.leadDepartmentId, lead: true }];
    [told, title] = [await usersBehind(repos, lead, departments), `${c.caseNo} 网格执法人员已记录处置情况`];
  }
  await writeInbox(repos, at, told, c.id, `case.${action}`, title);
  return told;
}
