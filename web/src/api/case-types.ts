/** Response shapes of the case workflow API (docs/workflow.md, docs/domain.md): cases, events, taxonomy, notifications. */
import type {
  CaseAction,
  CaseEvaluation,
  CaseEventAction,
  CaseLevel,
  CaseStatus,
  CaseUrgency,
  PlanStep,
} from '@envgrid/core';

export interface LngLat {
  lng: number;
  lat: number;
}

export interface PendingRequest {
  kind: 'extension' | 'suspension';
  requestedBy: string;
  requestedAt: number;
  reason: string;
  extra?: { amount: number; unit: string };
}

export interface CaseCounters {
  returned: number;
  reworked: number;
  extended: number;
  suspended: number;
  urged: number;
}

export interface Case {
  id: string;
  caseNo: string;
  status: CaseStatus;
  channel: string;
  itemCode: string;
  urgency: CaseUrgency;
  level: CaseLevel;
  description: string;
  location: LngLat;
  address: string | null;
  gridCode: string;
  communityCode: string;
  streetCode: string;
  reporterId: string | null;
  reporterContact: { name?: string; phone?: string } | null;
  leadDepartmentId: string | null;
  assistDepartmentIds: string[];
  assistDoneIds: string[];
  suggestedDepartmentId: string | null;
  step: string | null;
  /** Epoch ms of the running step's deadline. */
  deadline: number | null;
  light: 'green' | 'yellow' | 'red' | null;
  overdue: boolean;
  /** On the step limit's own basis (working or natural time); negative once overdue. */
  remainingMs: number | null;
  calendarFallback: boolean;
  suspended: boolean;
  pendingRequest: PendingRequest | null;
  counters: CaseCounters;
  supervised: boolean;
  resolvedOnSite: boolean;
  sourceId: string | null;
  duplicateOf: string | null;
  evaluation: Partial<CaseEvaluation> | null;
  version: number;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  /** The actions this user may take now: the action bar shows exactly these. */
  abilities: CaseAction[];
}

export interface DuplicateCandidate {
  id: string;
  caseNo: string;
  status: CaseStatus;
  distanceM: number;
  createdAt: number;
}

export type ReportedCase = Case & { duplicateCandidates: DuplicateCandidate[] };

export interface CasePage {
  items: Case[];
  nextCursor: string | null;
}

export interface EventAttachment {
  id: string;
  url: string;
  kind: string;
}

export interface CaseEvent {
  seq: number;
  action: CaseEventAction;
  actor: { id: string; username: string; displayName: string } | null;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  planStep: PlanStep | null;
  payload: Record<string, unknown>;
  attachments: EventAttachment[];
  at: number;
  hash: string;
}

export interface Attachment {
  id: string;
  sha256: string;
  url: string;
  mime: string;
  size: number;
  locationHint: LngLat | null;
}

export interface TaxonomyItemView {
  code: string;
  name: string;
  nameEn: string;
  defaultDepartmentCode: string;
  defaultLevel: CaseLevel;
  defaultUrgency: CaseUrgency;
  sourceType: string | null;
  hint?: string;
  hintEn?: string;
}

export interface TaxonomyCategoryView {
  code: string;
  name: string;
  nameEn: string;
  items: TaxonomyItemView[];
}

export interface LocateResult {
  grid: {
    code: string;
    communityCode: string;
    streetCode: string;
    supervisor: { id: string; username: string; displayName: string } | null;
  };
}

export interface NotificationItem {
  id: number;
  kind: string;
  caseId: string | null;
  title: string;
  createdAt: number;
  readAt: number | null;
}

export interface NotificationInbox {
  items: NotificationItem[];
  unread: number;
}
