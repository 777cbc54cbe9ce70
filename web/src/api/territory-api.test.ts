// Rule: the territory module sends each call to its one URL, with path parameters encoded and the body as given.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { territoryApi } from './territory-api.ts';

const sent: { method: string; url: string; body: BodyInit | null | undefined }[] = [];

beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ method: String(init.method), url, body: init.body });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

describe('territoryApi', () => {
  it('reads the regions, and the grids of a street or of all', async () => {
    await territoryApi.regions();
    await territoryApi.grids({ street: '110101001' });
    await territoryApi.grids({ street: undefined });
    await territoryApi.grids({ street: null });
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /api/v1/regions',
      'GET /api/v1/grids?street=110101001',
      'GET /api/v1/grids',
      'GET /api/v1/grids',
    ]);
  });

  it('reads one grid, its code encoded as one path segment', async () => {
    await territoryApi.grid('110101001001/x#y');
    expect(sent).toEqual([{ method: 'GET', url: '/api/v1/grids/110101001001%2Fx%23y', body: undefined }]);
  });

  it('locates a point', async () => {
    await territoryApi.locate({ lng: 116.397, lat: 39.909 });
    expect(sent[0]!.url).toBe('/api/v1/grids/locate?lng=116.397&lat=39.909');
  });

  it('imports a FeatureCollection of one kind', async () => {
    await territoryApi.importRegions('community', { type: 'FeatureCollection', features: [] });
    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/v1/grids/import?kind=community',
        body: '{"type":"FeatureCollection","features":[]}',
      },
    ]);
  });

  it('gives the export address without asking the server', () => {
    expect(territoryApi.exportUrl({ kind: 'grid', street: '110101001' })).toBe(
      '/api/v1/grids/export?kind=grid&street=110101001',
    );
    expect(territoryApi.exportUrl({ kind: 'street', street: undefined })).toBe(
      '/api/v1/grids/export?kind=street',
    );
    expect(sent).toEqual([]);
  });

  it('changes the staff of a grid, the code and the user id encoded', async () => {
    await territoryApi.assignSupervisor('g/1', 'u#1');
    await territoryApi.addOfficer('g/1', 'u#2');
    await territoryApi.removeOfficer('g/1', 'u/#3');
    expect(sent).toEqual([
      { method: 'PUT', url: '/api/v1/grids/g%2F1/supervisor', body: '{"userId":"u#1"}' },
      { method: 'POST', url: '/api/v1/grids/g%2F1/officers', body: '{"userId":"u#2"}' },
      { method: 'DELETE', url: '/api/v1/grids/g%2F1/officers/u%2F%233', body: undefined },
    ]);
  });
});
