import { SUBJECT_KINDS, type SubjectKind } from '@envgrid/core';
import { presentRow } from '../indicators/indicator.presenter.ts';
import type { Scoring } from '../indicators/indicator.service.ts';
import type { AckRecord, RunRecord } from './assessment.record.ts';
import type { AssessmentRun } from './assessment.service.ts';

export function presentSummary(r: Omit<RunRecord, 'definitions' | 'results'>) {
  return {
    id: r.id,
    periodKind: r.periodKind,
    from: r.from,
    to: r.to,
    weightsVersion: r.weightsVersion,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    supersededBy: r.supersededBy,
  };
}

export function presentAck(a: AckRecord) {
  return {
    runId: a.runId,
    subjectKind: a.subjectKind as SubjectKind,
    subjectId: a.subjectId,
    userId: a.userId,
    at: a.at,
  };
}

export function presentRun(r: AssessmentRun) {
  const d = r.definitions;
  return {
    ...presentSummary(r.run),
    definitions: {
      definitionsVersion: d.definitionsVersion,
      weightsVersion: d.weightsVersion,
      weights: d.weights as Record<string, Record<string, number>>,
      gradeBands: d.gradeBands,
      minSample: d.minSample,
      falseCheckDeduction: d.falseCheckDeduction,
      timeZone: d.timeZone,
      rounding: d.rounding,
      computedAt: d.computedAt,
      doc: d.doc,
    },
    results: Object.fromEntries(SUBJECT_KINDS.map((k) => [k, r.results[k].map(presentRow)])) as Record<
      SubjectKind,
      ReturnType<typeof presentRow>[]
    >,
    acks: r.acks.map(presentAck),
  };
}

export function presentWeights(s: Scoring) {
  return {
    version: s.version,
    weights: s.weights as Record<string, Record<string, number>>,
    gradeBands: s.gradeBands,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
  };
}
