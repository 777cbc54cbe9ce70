/** Response shapes of the case workflow API (docs/workflow.md, docs/domain.md): cases, events, taxonomy, notifications. */
import type { ApiResponse, CaseEvaluation, CaseLevel, CaseUrgency } from '@envgrid/core';

/** A point (WGS-84). */
export interface LngLat {
  lng: number;
  lat: number;
}

// The case answers come from the API contract (core/src/api/openapi.ts, generated from the
// routes' schemas), so the web cannot drift from what the server sends.
type CaseAnswer = ApiResponse<'/api/v1/cases/{id}', 'get'>;

/** A case as the API presents it, with the actions this user may take now (`abilities`). */
export type Case = Omit<CaseAnswer, 'evaluation'> & {
  /** The server stores core's evaluation; the schema leaves its fields open. */
  evaluation: Partial<CaseEvaluation> | null;
};
export type PendingRequest = NonNullable<Case['pendingRequest']>;
export type CaseCounters = Case['counters'];

export type DuplicateCandidate = ApiResponse<'/api/v1/cases', 'post', 201>['duplicateCandidates'][number];
export type ReportedCase = Case & { duplicateCandidates: DuplicateCandidate[] };

export type CasePage = Omit<ApiResponse<'/api/v1/cases', 'get'>, 'items'> & { items: Case[] };

export type CaseEvent = ApiResponse<'/api/v1/cases/{id}/events', 'get'>['items'][number];
export type EventAttachment = CaseEvent['attachments'][number];

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

/** GET /api/v1/notifications: the inbox, newest first, and the unread count. */
export type NotificationInbox = ApiResponse<'/api/v1/notifications', 'get'>;
export type NotificationItem = NotificationInbox['items'][number];
