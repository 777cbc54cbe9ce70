/**
 * The hostile values the API fuzz test sends: strings, numbers and wrong types for JSON fields,
 * path and query tricks, bad multipart bodies and paths no route declares.
 */
import type { FuzzRequest } from './fuzz-generator.ts';

export const json = { 'content-type': 'application/json' };
const HUGE = 'x'.repeat(100 * 1024);
export const STRINGS: [string, string][] = [
  ['huge string', JSON.stringify(HUGE)],
  ['NUL byte', JSON.stringify('A\u0000B')],
  ['escape sequence', JSON.stringify('\u001b[2J\u0007')],
  ['C1 control', JSON.stringify('a\u0085b\u009f')],
  ['unicode tricks', JSON.stringify('𝕏\u202e中\ufeff\u200b')],
  ['lone surrogate', '"\\ud800x"'],
  ['SQL quote', JSON.stringify("' OR '1'='1' --")],
  ['empty', '""'],
];
export const NUMBERS: [string, string][] = [
  ['1e300', '1e300'],
  ['-1e300', '-1e300'],
  ['2^63', '9223372036854775808'],
  ['-2^63-1', '-9223372036854775809'],
  ['NaN as string', '"NaN"'],
  ['Infinity (1e999)', '1e999'],
  ['fraction', '0.5'],
  ['negative zero', '-0'],
];
export const WRONG_TYPES: [string, string][] = [
  ['number', '42'],
  ['boolean', 'true'],
  ['null', 'null'],
  ['string', '"str"'],
  ['array', '[1,"a",null]'],
  ['object', '{"a":{"b":1}}'],
];

/** The JSON text with raw bytes right inside its first string value (or at its end). */
export function insertBytes(text: string, bytes: number[]): Buffer {
  const m = /:"/.exec(text);
  const at = m ? m.index + 2 : text.length;
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(bytes), Buffer.from(text.slice(at))]);
}

export const PATH_TRICKS: [string, string][] = [
  ['dot-dot slash', '..%2f..%2fusers'],
  ['encoded dot-dot', '%2e%2e'],
  ['NUL', '%00'],
  ['control', 'a%01b'],
  ['101 characters', 'a'.repeat(101)],
  ['5,000 characters', 'a'.repeat(5000)],
  ['unicode', '%E4%B8%AD%F0%9F%98%80'],
  ['bad UTF-8', '%ff%fe'],
  ['bad percent-encoding', '%zz'],
  ['1e300', '1e300'],
  ['-1', '-1'],
  ['SQL quote', "'%20OR%20'1'='1"],
  ['encoded slash', 'a%2fb'],
  ['__proto__', '__proto__'],
];

export const QUERY_VALUES: [string, string][] = [
  ['wrong type', 'abc'],
  ['NUL', '%00'],
  ['control', 'a%01b%7f'],
  ['huge', 'x'.repeat(10_000)],
  ['1e300', '1e300'],
  ['-1e300', '-1e300'],
  ['2^63', '9223372036854775808'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['fraction', '1.5'],
  ['hex', '0x10'],
  ['unicode', '%F0%9D%95%8F%E2%80%AE'],
  ['bad UTF-8', '%ff%fe'],
  ['bad percent-encoding', '%zz'],
  ['empty', ''],
];

function multipart(parts: string[], boundary = 'fuzzb'): Buffer {
  return Buffer.from(
    parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`,
    'latin1',
  );
}
const mp = (boundary = 'fuzzb') => ({ 'content-type': `multipart/form-data; boundary=${boundary}` });
const filePart = (name: string, filename: string, type: string, bytes: string) =>
  `Content-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n${bytes}`;

export function multipartMutations(png: Buffer): Omit<FuzzRequest, 'method' | 'path'>[] {
  const pngText = png.toString('latin1');
  return [
    ['baseline upload', mp(), multipart([filePart('file', 'a.png', 'image/png', pngText)])],
    ['no boundary', { 'content-type': 'multipart/form-data' }, 'x'],
    ['wrong boundary', mp('other'), multipart([filePart('file', 'a.png', 'image/png', pngText)])],
    [
      'truncated',
      mp(),
      Buffer.from(`--fuzzb\r\n${filePart('file', 'a.png', 'image/png', pngText.slice(0, 20))}`, 'latin1'),
    ],
    ['field, no file', mp(), multipart(['Content-Disposition: form-data; name="file"\r\n\r\nnot a file'])],
    [
      'two files',
      mp(),
      multipart([
        filePart('file', 'a.png', 'image/png', pngText),
        filePart('file', 'b.png', 'image/png', pngText),
      ]),
    ],
    ['not an image', mp(), multipart([filePart('file', 'a.png', 'image/png', 'GIF89a not really')])],
    ['empty file', mp(), multipart([filePart('file', 'a.png', 'image/png', '')])],
    [
      'path traversal filename',
      mp(),
      multipart([filePart('file', '../../etc/passwd\u0001', 'image/png', pngText)]),
    ],
    ['huge field name', mp(), multipart([filePart('f'.repeat(100_000), 'a.png', 'image/png', pngText)])],
    ['bad UTF-8 headers', mp(), multipart([filePart('file', '\xff\xfe.png', 'image/\xff', pngText)])],
    [
      'six fields',
      mp(),
      multipart(
        Array.from({ length: 6 }, (_, i) => `Content-Disposition: form-data; name="f${i}"\r\n\r\n${i}`),
      ),
    ],
    ['JSON body', json, '{"file":"x"}'],
    ['empty multipart', mp(), Buffer.from('--fuzzb--\r\n')],
  ].map(([label, headers, body]) => ({
    label: `multipart: ${label as string}`,
    headers: headers as Record<string, string>,
    body: body as string | Buffer,
  }));
}

const STRAY_PATHS: [string, string][] = [
  ['traversal', '/api/v1/..%2f..%2f..%2fetc%2fpasswd'],
  ['encoded traversal', '/%2e%2e/%2e%2e/etc/passwd'],
  ['plain traversal', '/api/v1/cases/../../../etc/passwd'],
  ['static traversal', '/assets/..%2f..%2fpackage.json'],
  ['NUL segment', '/api/v1/%00'],
  ['NUL in a file name', '/index.html%00.png'],
  ['bad percent-encoding', '/api/v1/%zz'],
  ['bad UTF-8', '/api/v1/cases/%c3%28'],
  ['overlong UTF-8 slash', '/api/v1/%c0%af'],
  ['long segment', `/api/v1/${'a'.repeat(5000)}`],
  ['unicode', '/api/v1/%E4%B8%AD%E6%96%87'],
  ['double slash', '//api//v1//cases'],
  ['backslash', '/api/v1/cases%5c..%5c'],
  ['query only', '/?%00=%00'],
];

/** Requests to paths no route declares, with and without a body. */
export function strayRequests(): FuzzRequest[] {
  return STRAY_PATHS.flatMap(([label, path]) => [
    { label: `path: ${label}`, method: 'GET', path },
    { label: `path: ${label}`, method: 'POST', path, headers: json, body: '{"a":1}' },
  ]);
}
