/**
 * Hostile requests generated from the OpenAPI document, for the API fuzz test: wrong types, huge
 * and control-character strings, out-of-range numbers, deep or broken JSON, path tricks and bad
 * multipart. Deterministic for a seed, so a failure can be replayed with FUZZ_SEED.
 */
import {
  insertBytes,
  json,
  multipartMutations,
  NUMBERS,
  PATH_TRICKS,
  QUERY_VALUES,
  STRINGS,
  WRONG_TYPES,
} from './fuzz-values.ts';

export interface FuzzRequest {
  /** What was done, for the failure report: `body/description: huge string`. */
  label: string;
  method: string;
  /** Path and query exactly as sent: already percent-encoded, never normalised. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface Operation {
  method: string;
  /** OpenAPI template, `/api/v1/cases/{id}`. */
  template: string;
  pathParams: { name: string; schema: Schema }[];
  queryParams: { name: string; schema: Schema; required: boolean }[];
  jsonBody: Schema | null;
  multipart: boolean;
}

export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  $ref?: string;
};

export interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}
interface OpenApiOperation {
  summary?: string;
  parameters?: { in: string; name: string; schema: Schema; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema: Schema }> };
}

/** mulberry32: small, fast and good enough to pick test inputs reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function operationsOf(doc: OpenApiDoc): Operation[] {
  const deref = (s: Schema): Schema =>
    s.$ref ? deref(doc.components?.schemas?.[s.$ref.split('/').pop()!] ?? {}) : s;
  const ops: Operation[] = [];
  for (const [template, byMethod] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      ops.push({
        method: method.toUpperCase(),
        template,
        pathParams: params
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, schema: deref(p.schema) })),
        queryParams: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: deref(p.schema), required: p.required === true })),
        jsonBody: content['application/json'] ? deref(content['application/json'].schema) : null,
        // The upload route reads the stream itself, so its schema has no body: its summary says so.
        multipart: 'multipart/form-data' in content || /multipart/i.test(op.summary ?? ''),
      });
    }
  }
  return ops;
}

/** Values for the patterns the API uses, so a baseline request passes validation. */
const PATTERN_EXAMPLES: Record<string, string> = {
  '^\\d{9}$': '110101001',
  '^\\d{12}$': '110101001001',
  '^\\d{15}$': '110101001001001',
  '^\\d{15}(,\\d{15})*$': '110101001001001',
  '^[a-z][a-z0-9_]*$': 'fz_code',
  '^[A-Za-z0-9_-]+$': '110101001',
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'fuzz-user',
};

/** A value that satisfies `schema`, or comes close: the baseline each mutation starts from. */
export function sample(schema: Schema): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt) return sample(alt.find((s) => s.type !== 'null') ?? alt[0]!);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s) as object));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sample(schema.properties?.[key] ?? {});
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}));
    case 'string':
      return (
        (schema.pattern && PATTERN_EXAMPLES[schema.pattern]) ?? 'f'.repeat(Math.max(1, schema.minLength ?? 1))
      );
    case 'integer':
    case 'number': {
      const v = Math.max(schema.minimum ?? 1, 1);
      return v <= (schema.maximum ?? Infinity) ? v : (schema.minimum ?? 0);
    }
    case 'boolean':
      return true;
    default:
      return {};
  }
}

const kindOf = (s: Schema): string => {
  if (s.enum || s.const !== undefined) return 'enum';
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return kindOf(alt.find((x) => x.type !== 'null') ?? {});
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  return t ?? 'unknown';
};

/** Field paths to mutate: every property, and the properties of object properties. */
function fieldsOf(schema: Schema, prefix: string[] = [], depth = 0): { path: string[]; schema: Schema }[] {
  const out: { path: string[]; schema: Schema }[] = [];
  for (const [key, s] of Object.entries(schema.properties ?? {})) {
    out.push({ path: [...prefix, key], schema: s });
    if (depth < 1 && kindOf(s) === 'object') out.push(...fieldsOf(s, [...prefix, key], depth + 1));
    if (depth < 1 && kindOf(s) === 'array' && s.items)
      out.push({ path: [...prefix, key, '0'], schema: s.items });
  }
  return out;
}

/** JSON text of `base` with the value at `path` replaced by raw JSON text. */
function withRaw(base: unknown, path: string[], rawJson: string): string {
  const marker = '"\u{E000}fuzz\u{E000}"';
  const copy = structuredClone(base) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = /^\d+$/.test(key) ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = JSON.parse(marker);
  return JSON.stringify(copy).replace(marker, () => rawJson);
}

function pick<T>(rand: () => number, items: T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

function bodyMutations(
  op: Operation,
  base: unknown,
  rand: () => number,
): Omit<FuzzRequest, 'method' | 'path'>[] {
  const out: Omit<FuzzRequest, 'method' | 'path'>[] = [];
  const baseText = JSON.stringify(base);
  out.push({ label: 'baseline body', headers: json, body: baseText });
  for (const f of fieldsOf(op.jsonBody!)) {
    const at = `body/${f.path.join('/')}`;
    const kind = kindOf(f.schema);
    for (const [name, raw] of pick(rand, WRONG_TYPES, 2)) {
      out.push({ label: `${at}: wrong type ${name}`, headers: json, body: withRaw(base, f.path, raw) });
    }
    const values =
      kind === 'integer' || kind === 'number' ? NUMBERS : kind === 'string' || kind === 'enum' ? STRINGS : [];
    for (const [name, raw] of values) {
      out.push({ label: `${at}: ${name}`, headers: json, body: withRaw(base, f.path, raw) });
    }
  }
  const deep = (open: string, close: string, inner = '1') =>
    open.repeat(10_000) + inner + close.repeat(10_000);
  const whole: [string, string | Buffer, Record<string, string>?][] = [
    ['10,000 nested arrays', deep('[', ']', '')],
    ['10,000 nested objects', deep('{"a":', '}')],
    [
      'bad UTF-8 bytes',
      Buffer.concat([
        Buffer.from('{"x":"'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
        Buffer.from('"}'),
      ]),
    ],
    ['bad UTF-8 inside a field', insertBytes(baseText, [0xff, 0xc3, 0x28])],
    ['truncated JSON', baseText.slice(0, Math.max(1, baseText.length - 2))],
    ['empty body', ''],
    ['JSON null', 'null'],
    ['JSON array', '[]'],
    ['JSON string', '"str"'],
    ['__proto__ key', '{"__proto__":{"isAdmin":true}}'],
    ['constructor.prototype', '{"constructor":{"prototype":{"isAdmin":true}}}'],
    [
      'control character in a key',
      baseText.replace(/^\{/, '{"k\\u0000ey":1' + (baseText === '{}' ? '' : ',')),
    ],
    ['5,000 keys', JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])))],
    ['text/plain body', baseText, { 'content-type': 'text/plain' }],
    ['XML body', '<a>1</a>', { 'content-type': 'application/xml' }],
    ['UTF-16 charset', baseText, { 'content-type': 'application/json; charset=utf-16' }],
    ['no content type', baseText, {}],
  ];
  for (const [label, body, headers] of whole)
    out.push({ label: `body: ${label}`, headers: headers ?? json, body });
  return out;
}

/**
 * Every hostile request for one operation. `paramValue` gives the real id for a path parameter;
 * `bodyBase` may replace the schema's sample with a body that passes the route's own rules.
 */
export function mutationsOf(
  op: Operation,
  opts: { paramValue: (name: string) => string; bodyBase?: unknown; png: Buffer; rand: () => number },
): FuzzRequest[] {
  const { rand } = opts;
  const fill = (override?: { name: string; value: string }) =>
    op.template.replace(/\{(\w+)\}/g, (_, name: string) =>
      override?.name === name ? override.value : encodeURIComponent(opts.paramValue(name)),
    );
  const path = fill();
  const baseQuery = op.queryParams
    .filter((p) => p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(sample(p.schema)))}`);
  const withQuery = (extra: string[]) => {
    const q = [...baseQuery.filter((b) => !extra.some((e) => e.split('=')[0] === b.split('=')[0])), ...extra];
    return q.length ? `${path}?${q.join('&')}` : path;
  };
  const out: FuzzRequest[] = [];
  const add = (r: Omit<FuzzRequest, 'method'> & { method?: string }) => out.push({ method: op.method, ...r });

  for (const p of op.pathParams) {
    for (const [name, value] of PATH_TRICKS)
      add({ label: `params/${p.name}: ${name}`, path: fill({ name: p.name, value }) });
  }
  for (const p of op.queryParams) {
    for (const [name, value] of QUERY_VALUES)
      add({ label: `querystring/${p.name}: ${name}`, path: withQuery([`${p.name}=${value}`]) });
    add({ label: `querystring/${p.name}: repeated`, path: withQuery([`${p.name}=1`, `${p.name}=2`]) });
    add({ label: `querystring/${p.name}: bracket syntax`, path: withQuery([`${p.name}[a]=1`]) });
  }
  add({ label: 'querystring: unknown parameter', path: withQuery(['zz=1']) });
  add({ label: 'method: OPTIONS', method: 'OPTIONS', path });
  add({ label: 'querystring: control character in a name', path: withQuery(['a%00b=1']) });
  add({ label: 'querystring: 20 kB URL', path: withQuery([`zz=${'y'.repeat(20_000)}`]) });

  const bodied = !['GET', 'HEAD', 'DELETE'].includes(op.method);
  if (op.jsonBody) {
    const base = opts.bodyBase ?? sample(op.jsonBody);
    for (const m of bodyMutations(op, base, rand)) add({ ...m, path: withQuery([]) });
  } else if (bodied) {
    add({ label: 'unexpected JSON body', path: withQuery([]), headers: json, body: '{"a":"\\u0000"}' });
    add({
      label: 'unexpected deep body',
      path: withQuery([]),
      headers: json,
      body: '['.repeat(10_000) + ']'.repeat(10_000),
    });
  }
  if (op.multipart) for (const m of multipartMutations(opts.png)) add({ ...m, path: withQuery([]) });
  return out;
}
