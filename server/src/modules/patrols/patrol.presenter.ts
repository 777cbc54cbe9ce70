import type { CoverageReport } from './coverage.service.ts';
import type { InspectionRecord } from './patrol.record.ts';
import type { PatrolDetails } from './patrol.service.ts';

/** Metres to one decimal: a GPS track is not more precise than that. */
const metres = (m: number) => Math.round(m * 10) / 10;

export function presentInspection(i: InspectionRecord) {
  return {
    id: i.id,
    sourceId: i.sourceId,
    patrolId: i.patrolId,
    userId: i.userId,
    result: i.result,
    note: i.note,
    attachmentIds: i.attachmentIds,
    caseId: i.caseId,
    at: i.at,
  };
}

/** The patrol as the API shows it: fields picked one by one, with the abilities of this actor. */
export function presentPatrol(d: PatrolDetails) {
  const p = d.patrol;
  return {
    id: p.id,
    userId: p.userId,
    kind: p.kind,
    status: p.status,
    streetCode: p.streetCode,
    startedAt: p.startedAt,
    endedAt: p.endedAt,
    pointCount: p.pointCount,
    flaggedCount: p.flaggedCount,
    distanceM: metres(p.distanceM),
    gridsVisited: d.gridsVisited,
    inspections: d.inspections.map(presentInspection),
    version: p.version,
    abilities: d.abilities,
  };
}

export function presentPatrolDetail(d: PatrolDetails) {
  return {
    ...presentPatrol(d),
    track: (d.track ?? []).map((t) => ({ lng: t.lng, lat: t.lat, at: t.at, flagged: t.flagged })),
  };
}

export function presentCoverage(r: CoverageReport) {
  const share = (s: { covered: number; required: number; share: number | null }) => ({
    covered: s.covered,
    required: s.required,
    share: s.share,
  });
  return {
    from: r.period.from,
    to: r.period.to,
    days: r.period.days,
    startAt: r.period.startMs,
    endAt: r.period.endMs,
    street: r.streetCode,
    grids: r.grids.map((g) => ({
      code: g.code,
      name: g.grid.name,
      streetCode: g.grid.streetCode,
      communityCode: g.grid.communityCode,
      supervisorId: g.supervisorId,
      patrols: g.patrols,
      required: g.required,
      covered: g.covered,
      lastPatrolAt: g.lastPatrolAt,
    })),
    sources: r.sources.map((s) => ({
      id: s.id,
      name: s.source.name,
      type: s.source.type,
      status: s.source.status,
      gridCode: s.source.gridCode,
      streetCode: s.source.streetCode,
      location: { lng: s.source.lng, lat: s.source.lat },
      inspectionEveryDays: s.inspectionEveryDays,
      inspections: s.inspections,
      required: s.required,
      overdue: s.overdue,
      lastInspectedAt: s.lastInspectedAt,
    })),
    blindSpots: { grids: r.blindSpots.grids, sources: r.blindSpots.sources },
    summary: { gridShare: r.summary.gridShare, sourceShare: r.summary.sourceShare },
    patrolCoverage: {
      overall: share(r.patrolCoverage.overall),
      streets: r.patrolCoverage.streets.map((s) => ({ streetCode: s.streetCode, ...share(s) })),
      supervisors: r.patrolCoverage.supervisors.map((s) => ({
        userId: s.userId,
        displayName: r.supervisors.get(s.userId)?.displayName ?? null,
        ...share(s),
      })),
    },
  };
}
