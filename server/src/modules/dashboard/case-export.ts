/**
 * Case exports and the printable case sheet: the case list's scope and filters, the names each
 * case refers to resolved (taxonomy, regions, grids, departments, people).
 */
import {
  AppError,
  canSee,
  caseTiming,
  findItem,
  isCaseStatus,
  notFound,
  timelineStep,
  type Actor,
  type CaseEventAction,
  type CaseRecord,
  type CaseStatus,
  type CaseTiming,
  type DepartmentRecord,
  type PlanStep,
} from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import { caseVisibility, type CaseListQuery } from '../cases/case-list-query.ts';
import { caseViewOf } from '../cases/case-view.ts';
import type { WorkSettings } from '../settings/work-settings.service.ts';
import type { MapScope } from './dashboard.record.ts';

/** The most cases one export holds; the answer says when there were more (`x-envgrid-capped`). */
export const EXPORT_LIMIT = 50_000;
const PAGE = 1000;

export interface ExportFilters {
  status?: string;
  street?: string;
  grid?: string;
  item?: string;
  overdue?: boolean;
  supervised?: boolean;
  mine?: boolean;
  reportedByMe?: boolean;
  q?: string;
  sort?: 'newest' | 'deadline';
}

export interface Snapshot {
  settings: WorkSettings;
  departments: DepartmentRecord[];
  now: number;
}

/** A case with the names an export or a sheet shows. */
export interface NamedCase {
  c: CaseRecord;
  timing: CaseTiming;
  categoryName: string;
  itemName: string;
  streetName: string;
  communityName: string;
  gridName: string;
  leadDepartment: DepartmentRecord | null;
  assistDepartments: DepartmentRecord[];
}

/**
 * The case list's scope (CaseService.list, core's canSee): null for the district; else the
 * actor's street or department, plus the cases they reported and those of the grids they supervise.
 */
export async function listScope(
  repos: Repos,
  actor: Actor,
  departments: readonly DepartmentRecord[],
  supervised?: string[],
): Promise<MapScope | null> {
  if (actor.scope.kind === 'district') return null;
  return caseVisibility(actor, departments, supervised ?? (await repos.grids.supervisedBy(actor.id)));
}

/** The cases of the list's filters the actor may see, in the list's order, at most EXPORT_LIMIT. */
export async function exportRows(
  repos: Repos,
  actor: Actor,
  f: ExportFilters,
  s: Snapshot,
): Promise<{ rows: NamedCase[]; capped: boolean }> {
  const statuses = f.status?.split(',').filter(Boolean);
  const unknown = statuses?.find((x) => !isCaseStatus(x));
  if (unknown !== undefined)
    throw new AppError('VALIDATION_FAILED', `status has an unknown status ${JSON.stringify(unknown)}`, [
      { path: 'querystring/status', message: 'unknown status' },
    ]);
  const supervised =
    f.mine || actor.scope.kind !== 'district' ? await repos.grids.supervisedBy(actor.id) : [];
  const query: CaseListQuery = {
    statuses,
    streetCode: f.street,
    gridCodes: f.mine ? supervised : f.grid?.split(','),
    itemCode: f.item,
    supervised: f.supervised,
    q: f.q,
    sort: f.sort,
    limit: PAGE,
  };
  if (f.reportedByMe) query.reporterId = actor.id;
  const scope = await listScope(repos, actor, s.departments, supervised);
  if (scope) query.visibleTo = { ...scope, gridCodes: [...scope.gridCodes] };
  if (f.overdue) query.overdueAt = s.now;
  const cases: CaseRecord[] = [];
  for (;;) {
    const page = await repos.cases.list(query);
    cases.push(...page);
    const last = page.at(-1);
    if (page.length < PAGE || !last || cases.length > EXPORT_LIMIT) break;
    query.cursor = { key: (f.sort === 'deadline' ? last.stepDeadlineAt : last.createdAt) ?? 0, id: last.id };
  }
  const kept = cases.slice(0, EXPORT_LIMIT);
  return { rows: await named(repos, kept, s), capped: cases.length > EXPORT_LIMIT };
}

/** The names of many cases, each looked up once. */
async function named(repos: Repos, cases: CaseRecord[], s: Snapshot): Promise<NamedCase[]> {
  const regions = new Map((await repos.regions.list()).map((r) => [r.code, r.name]));
  const codes = [...new Set(cases.map((c) => c.gridCode))];
  const grids = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 500)
    for (const g of await repos.grids.list({ codes: codes.slice(i, i + 500) })) grids.set(g.code, g.name);
  const byId = new Map(s.departments.map((d) => [d.id, d]));
  const categories = new Map(s.settings.taxonomy.categories.map((c) => [c.code, c.name]));
  return cases.map((c) => {
    const item = findItem(s.settings.taxonomy, c.itemCode);
    return {
      c,
      timing: caseTiming(s.settings, c, s.now),
      categoryName: categories.get(c.itemCode.split('.')[0] ?? '') ?? '',
      itemName: item?.name ?? c.itemCode,
      streetName: regions.get(c.streetCode) ?? c.streetCode,
      communityName: regions.get(c.communityCode) ?? c.communityCode,
      gridName: grids.get(c.gridCode) ?? c.gridCode,
      leadDepartment: (c.leadDepartmentId && byId.get(c.leadDepartmentId)) || null,
      assistDepartments: c.assistDepartmentIds.map((id) => byId.get(id)).filter((d) => d !== undefined),
    };
  });
}

export interface SheetEvent {
  seq: number;
  at: number;
  action: CaseEventAction;
  planStep: PlanStep;
  actor: { id: string; displayName: string } | null;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  note: string | null;
  photoIds: string[];
}

export interface CaseSheet extends NamedCase {
  reporter: { id: string; displayName: string } | null;
  timeline: SheetEvent[];
  photoIds: string[];
  printedAt: number;
}

const NOTE_FIELDS = ['note', 'reason', 'result', 'comment', 'missingPartsReason'] as const;

/** 案件处理单: the case with its names and its timeline; not found to whoever may not see it. */
export async function caseSheet(repos: Repos, actor: Actor, id: string, s: Snapshot): Promise<CaseSheet> {
  const c = await repos.cases.find(id);
  if (!c || !canSee(actor, await caseViewOf(repos, c, s.departments))) throw notFound('Case');
  const [events, photos, [base]] = await Promise.all([
    repos.caseEvents.listForCase(id),
    repos.attachments.forCase(id),
    named(repos, [c], s),
  ]);
  const people = new Map(
    (
      await repos.users.findManyByIds([
        ...new Set([c.reporterId, ...events.map((e) => e.actorId)].filter((x): x is string => x !== null)),
      ])
    ).map((u) => [u.id, { id: u.id, displayName: u.displayName }]),
  );
  return {
    ...base!,
    reporter: (c.reporterId && people.get(c.reporterId)) || null,
    timeline: events.map((e) => {
      const p = e.payload;
      const note = NOTE_FIELDS.map((k) => p[k]).find((v): v is string => typeof v === 'string' && v !== '');
      return {
        seq: e.seq,
        at: e.at,
        action: e.action as CaseEventAction,
        planStep: timelineStep(e.action as CaseEventAction, e.fromStatus as CaseStatus | null),
        actor: (e.actorId && people.get(e.actorId)) || null,
        fromStatus: e.fromStatus as CaseStatus | null,
        toStatus: e.toStatus as CaseStatus,
        note: note ?? null,
        photoIds: photos.filter((x) => x.eventSeq === e.seq).map((x) => x.attachmentId),
      };
    }),
    photoIds: photos.map((x) => x.attachmentId),
    printedAt: s.now,
  };
}
