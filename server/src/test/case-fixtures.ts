import type { ApiResponse } from '@envgrid/core';
import { ApiClient } from './api-client.ts';
import type { TestServer } from './http-harness.ts';

/** A case as the API answers it (the shared contract, generated from the routes' schemas). */
export type CaseDto = ApiResponse<'/api/v1/cases/{id}', 'get'> & {
  /** Present on the answer to a report. */
  duplicateCandidates?: ApiResponse<'/api/v1/cases', 'post', 201>['duplicateCandidates'];
};

/** A point inside one of the grids a supervisor is responsible for (a whole lattice square). */
export async function pointInGridOf(
  sup: ApiClient,
  admin: ApiClient,
  index = 0,
): Promise<{ lng: number; lat: number; grid: string }> {
  const me = await sup.get<{ grids: string[] }>('/api/v1/me');
  let seen = 0;
  for (const code of me.body.grids) {
    const g = await admin.get<{ grid: { geometry: { type: string; coordinates: number[][][] } } }>(
      `/api/v1/grids/${code}`,
    );
    const geom = g.body.grid.geometry;
    if (geom.type !== 'Polygon' || geom.coordinates[0]!.length !== 5) continue;
    if (seen++ < index) continue;
    const ring = geom.coordinates[0]!.slice(0, 4);
    return {
      lng: ring.reduce((s, p) => s + p[0]!, 0) / 4,
      lat: ring.reduce((s, p) => s + p[1]!, 0) / 4,
      grid: code,
    };
  }
  throw new Error('no square grid found');
}

export async function departmentId(c: ApiClient, code: string): Promise<string> {
  const list = await c.get<{ id: string; code: string }[]>('/api/v1/departments');
  const d = list.body.find((x) => x.code === code);
  if (!d) throw new Error(`no department ${code}`);
  return d.id;
}

/** Fires an action and expects it to succeed; returns the updated case. */
export async function act(
  c: ApiClient,
  caseDto: { id: string; version: number },
  action: string,
  body: Record<string, unknown> = {},
): Promise<CaseDto> {
  const r = await c.post<CaseDto>(`/api/v1/cases/${caseDto.id}/actions/${action}`, {
    version: caseDto.version,
    ...body,
  });
  if (r.status !== 200) throw new Error(`${action} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function login<N extends string[]>(
  server: TestServer,
  ...names: N
): Promise<{ [K in keyof N]: ApiClient }> {
  return Promise.all(names.map((n) => ApiClient.login(server, n))) as Promise<{ [K in keyof N]: ApiClient }>;
}
