/**
 * Types of the HTTP API for clients (the web app, the tests), read from the generated contract
 * (`openapi.ts`, made by `npm run api:types` from the routes' own schemas): one definition of
 * every request and answer, never a hand-kept copy.
 */
import type { paths } from './openapi.ts';

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON answer of `method path` with `status` (default 200). */
export type ApiResponse<P extends ApiPath, M extends Method, S extends number = 200> = paths[P] extends {
  [K in M]: { responses: infer R };
}
  ? S extends keyof R
    ? JsonOf<R[S]>
    : never
  : never;

/** The JSON body `method path` accepts. */
export type ApiBody<P extends ApiPath, M extends Method> = paths[P] extends {
  [K in M]: { requestBody?: infer B };
}
  ? JsonOf<NonNullable<B>>
  : never;

/** The query parameters `method path` takes. */
export type ApiQuery<P extends ApiPath, M extends Method> = paths[P] extends {
  [K in M]: { parameters: { query?: infer Q } };
}
  ? NonNullable<Q>
  : never;
