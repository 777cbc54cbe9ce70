// Rule: the cases module sends each call to its one URL, with path parameters encoded and the body as given.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { casesApi } from './cases-api.ts';

interface Sent {
  method: string;
  url: string;
  body: BodyInit | null | undefined;
  signal: AbortSignal | null | undefined;
}

const sent: Sent[] = [];

beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ method: String(init.method), url, body: init.body, signal: init.signal });
    return new Response('{"id":"c1"}', { status: 200, headers: { 'content-type': 'application/json' } });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

describe('casesApi', () => {
  it('lists cases with the filters as the query, leaving out what is not set', async () => {
    await casesApi.list({ status: 'reported,filed', mine: true, q: '', cursor: undefined, limit: 50 });
    expect(sent).toEqual([
      {
        method: 'GET',
        url: '/api/v1/cases?status=reported%2Cfiled&mine=true&limit=50',
        body: undefined,
        signal: undefined,
      },
    ]);
  });

  it('searches by text', async () => {
    await casesApi.list({ q: '东华门 #3', limit: 10 });
    expect(sent[0]!.url).toBe('/api/v1/cases?q=%E4%B8%9C%E5%8D%8E%E9%97%A8+%233&limit=10');
  });

  it('reads one case and its events, the id encoded as one path segment', async () => {
    const controller = new AbortController();
    await casesApi.get('a/b#c', controller.signal);
    await casesApi.events('a/b#c');
    expect(sent.map((s) => [s.method, s.url])).toEqual([
      ['GET', '/api/v1/cases/a%2Fb%23c'],
      ['GET', '/api/v1/cases/a%2Fb%23c/events'],
    ]);
    expect(sent[0]!.signal).toBe(controller.signal);
  });

  it('reports a case with the body as JSON', async () => {
    await expect(
      casesApi.report({ itemCode: '0101', description: 'Litter', location: { lng: 116.4, lat: 39.9 } }),
    ).resolves.toEqual({ id: 'c1' });
    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/v1/cases',
        body: '{"itemCode":"0101","description":"Litter","location":{"lng":116.4,"lat":39.9}}',
        signal: undefined,
      },
    ]);
  });

  it('takes an action on the case with the version seen', async () => {
    await casesApi.act('id/1', 'request_extension', { version: 3, reason: 'rain' });
    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/v1/cases/id%2F1/actions/request_extension',
        body: '{"version":3,"reason":"rain"}',
        signal: undefined,
      },
    ]);
  });
});
