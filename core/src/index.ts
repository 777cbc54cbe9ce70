export * from './clock.ts';
export * from './errors.ts';
export * from './roles.ts';
export * from './permissions.ts';
export * from './codes/region-codes.ts';
export {
  areaM2,
  bboxOf,
  boxBorderCrossings,
  centroidOf,
  clipGeometryToBox,
  intersectGeometries,
  polygonsOf,
  ringSignedArea,
  segmentBoxInterval,
  shareInside,
  type PolygonGeometry,
} from './geo/geo-math.ts';
export * from './geo/grid-index.ts';
export * from './geo/geojson-validate.ts';
export * from './time/zoned-time.ts';
export * from './time/work-calendar.ts';
export * from './time/calendar-import.ts';
export * from './time/calendar-merge.ts';
export * from './time/durations.ts';
export * from './time/pauses.ts';
export * from './time/traffic-light.ts';
export * from './time/time-limits.ts';
export * from './taxonomy/taxonomy.ts';
export * from './workflow/case-states.ts';
export * from './workflow/case-actions.ts';
export * from './workflow/case-rules.ts';
export * from './workflow/action-payloads.ts';
export * from './workflow/evaluation.ts';
export * from './workflow/case-record.ts';
export * from './workflow/step-clock.ts';
export * from './workflow/case-transition.ts';
export * from './workflow/duplicate-rule.ts';
export * from './workflow/next-actors.ts';
export * from './workflow/plan-step-roles.ts';
export * from './workflow/report-rules.ts';
export * from './departments.ts';
export type * from './api/contract.ts';
export * from './workflow/dispatch-rules.ts';
export * from './sources/source-record.ts';
export * from './sources/source-rules.ts';
export * from './consultations/consultation-rules.ts';
export * from './patrols/patrol-rules.ts';
export * from './patrols/track-rules.ts';
export * from './patrols/coverage-rules.ts';
export * from './audits/audit-sampling.ts';
export * from './audits/audit-rules.ts';
export * from './indicators/indicator-keys.ts';
export * from './indicators/indicator-scoring.ts';
export * from './indicators/assessment-period.ts';
export * from './indicators/case-facts.ts';
export * from './random/seeded-random.ts';
