/**
 * 督查 runs, samples and 稽查 findings as the API answers them (docs/audits.md,
 * server/src/modules/audits/), read from the generated API contract.
 */
import type { ApiBody, ApiResponse } from '@envgrid/core';

/** GET /api/v1/audits/{id}: a run with its samples. */
export type AuditRunDetail = ApiResponse<'/api/v1/audits/{id}', 'get'>;

/** GET /api/v1/audits: a run and its progress. */
export type AuditRun = ApiResponse<'/api/v1/audits', 'get'>['items'][number];

/** A sampled closed case, its re-check and the actions this user may take on it (`abilities`). */
export type AuditSample = AuditRunDetail['samples'][number];

/** POST /api/v1/audits: draw a sample of a period's closed cases. */
export type NewAuditRun = ApiBody<'/api/v1/audits', 'post'>;

/** POST /api/v1/audits/{id}/samples/{sampleId}/recheck: the version the user saw and the result. */
export type RecheckBody = ApiBody<'/api/v1/audits/{id}/samples/{sampleId}/recheck', 'post'>;

/** GET /api/v1/audits/findings: a case an auditor reported, with the grid's supervisor then. */
export type AuditFinding = ApiResponse<'/api/v1/audits/findings', 'get'>['items'][number];
