/** The pollution-source registry: list, one source, register, actions, CSV import and export. */
import type { SourceAction, SourceStatus } from '@envgrid/core';
import { api, buildUrl, request } from './client.ts';
import type {
  NewSource,
  Source,
  SourceActionBodies,
  SourceDetail,
  SourceImportResult,
  SourceListQuery,
  SourcePage,
} from './source-types.ts';

/** Statuses and grids go as comma lists. */
function listParams(q: SourceListQuery) {
  const list = (v: string | readonly string[] | undefined) => (typeof v === 'string' ? v : v?.join(','));
  return { ...q, status: list(q.status), grid: list(q.grid) };
}

const sourcePath = (id: string) => `/api/v1/sources/${encodeURIComponent(id)}`;

export const sourcesApi = {
  /** GET /api/v1/sources: one page of the sources the user may see. */
  list: (query: SourceListQuery, signal?: AbortSignal) =>
    api.get<SourcePage>('/api/v1/sources', { query: listParams(query), signal }),

  /** The sources of some grids (one request a grid: the server takes a short grid filter). */
  inGrids: async (grids: readonly string[], status: readonly SourceStatus[], signal?: AbortSignal) => {
    const pages = await Promise.all(
      grids.map((grid) => sourcesApi.list({ grid, status, limit: 200 }, signal)),
    );
    return pages.flatMap((p) => p.items);
  },

  /** GET /api/v1/sources/{id}: with its history, cases, inspections and possible duplicates. */
  get: (id: string, signal?: AbortSignal) => api.get<SourceDetail>(sourcePath(id), { signal }),

  /** POST /api/v1/sources: register a source. */
  create: (body: NewSource) => api.post<Source>('/api/v1/sources', body),

  /** POST /api/v1/sources/{id}/actions/{action} with the version the user saw. */
  act: <A extends SourceAction>(id: string, action: A, version: number, body: SourceActionBodies[A]) =>
    api.post<Source>(`${sourcePath(id)}/actions/${action}`, { version, ...body }),

  /** The address of GET /api/v1/sources/export.csv, for a download link. */
  exportUrl: (query: SourceListQuery = {}) => buildUrl('/api/v1/sources/export.csv', listParams(query)),

  /** POST /api/v1/sources/import: the CSV text, all rows or none. */
  importCsv: (csv: string) =>
    request<SourceImportResult>('POST', '/api/v1/sources/import', {
      body: new Blob([csv], { type: 'text/csv' }),
      headers: { 'content-type': 'text/csv' },
    }),
};
