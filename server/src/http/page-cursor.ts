/**
 * The keyset cursor every list gives out: `<sort key>:<id>` in base64url. Anything else is forged
 * and would reach SQL as is, so it is refused with a 400 naming `querystring/cursor`.
 */
import { AppError } from '@envgrid/core';

export interface PageCursor {
  key: number;
  id: string;
}

const CURSOR = /^(\d{1,16}):([A-Za-z0-9-]{1,64})$/;

export function encodeCursor(key: number, id: string): string {
  return Buffer.from(`${key}:${id}`).toString('base64url');
}

export function parseCursor(cursor: string | undefined): PageCursor | undefined {
  if (!cursor) return undefined;
  const m = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  const key = Number(m?.[1]);
  if (!m || !Number.isSafeInteger(key))
    throw new AppError('VALIDATION_FAILED', 'cursor is not one this server gave out', [
      { path: 'querystring/cursor', message: 'is not one this server gave out' },
    ]);
  return { key, id: m[2]! };
}
