import type { TimeBasis } from '../time/durations.ts';
import type { CaseLevel, CaseStatus, CaseUrgency, WorkflowStep } from './case-states.ts';

/** A department's request to the centre, waiting for a decision (docs/workflow.md). */
export interface PendingRequest {
  kind: 'extension' | 'suspension';
  requestedBy: string;
  requestedAt: number;
  reason: string;
  extra?: { amount: number; unit: 'hour' | 'day' };
}

/** How often a case went round a loop: the assessment counts these. */
export interface CaseCounters {
  returned: number;
  reworked: number;
  extended: number;
  suspended: number;
  urged: number;
}

/** A case as the rules see it: the domain record, apart from how it is stored. */
export interface CaseRecord {
  id: string;
  caseNo: string;
  status: CaseStatus;
  channel: string;
  itemCode: string;
  urgency: CaseUrgency;
  level: CaseLevel;
  description: string;
  location: { lng: number; lat: number };
  address: string | null;
  gridCode: string;
  communityCode: string;
  streetCode: string;
  reporterId: string | null;
  reporterContact: { name?: string; phone?: string } | null;
  leadDepartmentId: string | null;
  assistDepartmentIds: string[];
  assistDoneIds: string[];
  sourceId: string | null;
  duplicateOf: string | null;
  resolvedOnSite: boolean;
  step: WorkflowStep | null;
  stepStartedAt: number | null;
  stepDeadlineAt: number | null;
  stepBasis: TimeBasis | null;
  pausedAt: number | null;
  pendingRequest: PendingRequest | null;
  counters: CaseCounters;
  supervisedAt: number | null;
  evaluation: Record<string, unknown> | null;
  version: number;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
}

/** The parts of a case an action may change. */
export type CasePatch = Partial<
  Omit<CaseRecord, 'id' | 'caseNo' | 'version' | 'createdAt' | 'location' | 'counters'>
> & {
  counters?: Partial<CaseCounters>;
};

/** What a report decides about a new case; everything else starts empty. */
export type ReportedFields = Pick<
  CaseRecord,
  | 'id'
  | 'caseNo'
  | 'status'
  | 'channel'
  | 'itemCode'
  | 'urgency'
  | 'level'
  | 'description'
  | 'location'
  | 'address'
  | 'gridCode'
  | 'communityCode'
  | 'streetCode'
  | 'reporterId'
  | 'reporterContact'
  | 'sourceId'
  | 'resolvedOnSite'
  | 'step'
  | 'stepStartedAt'
  | 'stepDeadlineAt'
  | 'stepBasis'
  | 'createdAt'
>;

/** A case as its report creates it: no department yet, nothing counted, version 1 (the report). */
export function reportedCase(f: ReportedFields): CaseRecord {
  return {
    ...f,
    leadDepartmentId: null,
    assistDepartmentIds: [],
    assistDoneIds: [],
    duplicateOf: null,
    pausedAt: null,
    pendingRequest: null,
    counters: { returned: 0, reworked: 0, extended: 0, suspended: 0, urged: 0 },
    supervisedAt: null,
    evaluation: null,
    version: 1,
    updatedAt: f.createdAt,
    closedAt: null,
  };
}
