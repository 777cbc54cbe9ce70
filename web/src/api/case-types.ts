/** Response shapes of the case workflow API (docs/workflow.md, docs/domain.md): cases, events, taxonomy, notifications. */
import type { ApiBody, ApiQuery, ApiResponse, CaseEvaluation, CaseLevel, CaseUrgency } from '@envgrid/core';

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

/** GET /api/v1/cases: the filters and the page. */
export type CaseListQuery = ApiQuery<'/api/v1/cases', 'get'>;

/** POST /api/v1/cases: a new report. */
export type NewCase = ApiBody<'/api/v1/cases', 'post'>;

/** POST /api/v1/cases/{id}/actions/{action}: the version the user saw and the action's fields. */
export type CaseActionBody = ApiBody<'/api/v1/cases/{id}/actions/{action}', 'post'>;

export type CaseEvent = ApiResponse<'/api/v1/cases/{id}/events', 'get'>['items'][number];
export type EventAttachment = CaseEvent['attachments'][number];

/** POST /api/v1/attachments: the stored photo, with the GPS position of its EXIF data when present. */
export type Attachment = ApiResponse<'/api/v1/attachments', 'post', 201>;

export interface TaxonomyItemView {
  code: string;
  name: string;
  nameEn: string;
  defaultDepartmentCode: string;
  defaultLevel: CaseLevel;
  defaultUrgency: CaseUrgency;
  sourceType: string | null;
  /** A report of it proposes a new pollution source (新增污染源). */
  proposesSource?: boolean;
  hint?: string;
  hintEn?: string;
}

export interface TaxonomyCategoryView {
  code: string;
  name: string;
  nameEn: string;
  items: TaxonomyItemView[];
}

/** GET /api/v1/grids/locate: the grid a point lies in. */
export type LocateResult = ApiResponse<'/api/v1/grids/locate', 'get'>;

/** GET /api/v1/notifications: the inbox, newest first, and the unread count. */
export type NotificationInbox = ApiResponse<'/api/v1/notifications', 'get'>;
export type NotificationItem = NotificationInbox['items'][number];
/** POST /api/v1/notifications/read */
export type NotificationsRead = ApiResponse<'/api/v1/notifications/read', 'post'>;
