/**
 * Shapes of the assessment API (server/src/modules/assessments/): runs, acknowledgements, weights,
 * read from the generated API contract.
 */
import type { ApiBody, ApiResponse } from '@envgrid/core';

/** GET /api/v1/assessments/{id}: one frozen run, its definitions and the tables the user may see. */
export type AssessmentRun = ApiResponse<'/api/v1/assessments/{id}', 'get'>;
export type AssessmentRunSummary = ApiResponse<'/api/v1/assessments', 'get'>['items'][number];
export type AssessmentAck = AssessmentRun['acks'][number];
export type AssessmentDefinitions = AssessmentRun['definitions'];
export type PeriodKind = AssessmentRun['periodKind'];

/** POST /api/v1/assessments: run (and publish) a period. */
export type NewAssessmentRun = ApiBody<'/api/v1/assessments', 'post'>;

/** The current weights and grade bands (the lowest score of each grade but E). */
export type AssessmentWeights = ApiResponse<'/api/v1/assessment-weights', 'get'>;
export type GradeBands = AssessmentWeights['gradeBands'];
/** Subject kind → indicator key → weight (rates only; the weights of a kind need not sum to 100). */
export type Weights = AssessmentWeights['weights'];

/** PUT /api/v1/assessment-weights: a new version (runs keep the version they used). */
export type WeightsBody = ApiBody<'/api/v1/assessment-weights', 'put'>;
