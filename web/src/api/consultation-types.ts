/** Consultations (咨询), server/src/modules/consultations/, read from the generated API contract. */
import type { ApiBody, ApiResponse } from '@envgrid/core';

/** GET /api/v1/consultations: newest first. */
export type ConsultationPage = ApiResponse<'/api/v1/consultations', 'get'>;

/** A consultation; `abilities` — reply: this user may write in the thread. */
export type Consultation = ConsultationPage['items'][number];

/** GET /api/v1/consultations/{id}: the consultation with its thread of replies. */
export type ConsultationThread = ApiResponse<'/api/v1/consultations/{id}', 'get'>;
export type ConsultationReply = ConsultationThread['replies'][number];

/** POST /api/v1/consultations: the grid comes from the location, else the case, else the source. */
export type NewConsultation = ApiBody<'/api/v1/consultations', 'post'>;
/** POST /api/v1/consultations: the new consultation (no replies yet). */
export type AskedConsultation = ApiResponse<'/api/v1/consultations', 'post', 201>;
