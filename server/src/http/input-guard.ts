import { AppError } from '@envgrid/core';
import type { FastifyInstance } from 'fastify';

/**
 * C0 and C1 control characters except tab, newline and carriage return. PostgreSQL refuses NUL in
 * text outright (a 500 if it gets that far) and SQLite would store it, so the two engines would
 * disagree; none of them belongs in a name, a note or an id.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Deeper than any real body (GeoJSON MultiPolygons need about 8); stops recursion bombs early. */
export const MAX_BODY_DEPTH = 64;

export interface InputProblem {
  path: string;
  message: string;
}

// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Shows a control character as `\u0000` so the answer and the log stay readable. */
const printable = (s: string) =>
  s.replace(ANY_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A JSON-pointer segment, as ajv writes `instancePath`. */
const segment = (key: string) => printable(key.replace(/~/g, '~0').replace(/\//g, '~1'));

function describe(s: string): string {
  const c = CONTROL.exec(s)![0];
  return `contains a control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * The first string or object key under `value` holding a control character, a number that is
 * not finite, or a nesting deeper than {@link MAX_BODY_DEPTH}. The depth limit also bounds the
 * recursion, and the path is only spelled out for a problem: a 30 MB import is walked quickly.
 */
export function findInputProblem(value: unknown, root: string): InputProblem | null {
  const trail: (string | number)[] = [];
  const visit = (v: unknown): string | null => {
    if (typeof v === 'string') return CONTROL.test(v) ? describe(v) : null;
    // JSON writes no Infinity, but `1e999` parses to it, and ajv coerces the query string
    // "Infinity" to a number that then skips `maximum` (it only checks finite numbers).
    if (typeof v === 'number') return Number.isFinite(v) ? null : 'must be a finite number';
    if (typeof v !== 'object' || v === null || Buffer.isBuffer(v)) return null;
    if (trail.length >= MAX_BODY_DEPTH) return `nests deeper than ${MAX_BODY_DEPTH} levels`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        trail.push(i);
        const problem = visit(v[i]);
        if (problem) return problem;
        trail.pop();
      }
      return null;
    }
    for (const [key, child] of Object.entries(v)) {
      trail.push(key);
      if (CONTROL.test(key)) return `has a key that ${describe(key)}`;
      const problem = visit(child);
      if (problem) return problem;
      trail.pop();
    }
    return null;
  };
  const message = visit(value);
  if (!message) return null;
  return { path: [root, ...trail.map((k) => (typeof k === 'number' ? k : segment(k)))].join('/'), message };
}

function refuse(problem: InputProblem | null): void {
  if (!problem) return;
  const context = problem.path.split('/')[0];
  throw new AppError('VALIDATION_FAILED', `Invalid ${context}: ${problem.path} ${problem.message}`, [
    problem,
  ]);
}

/**
 * Checks path parameters, query string and body of every request before schema validation, so no
 * route can forget: a refusal is 400 VALIDATION_FAILED naming the path, like a schema error.
 * After validation the coerced parameters are checked once more, for the non-finite numbers
 * ajv's coercion lets through.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    refuse(
      findInputProblem(req.params, 'params') ??
        findInputProblem(req.query, 'querystring') ??
        findInputProblem(req.body, 'body'),
    );
  });
  app.addHook('preHandler', async (req) => {
    refuse(findInputProblem(req.params, 'params') ?? findInputProblem(req.query, 'querystring'));
  });
}
