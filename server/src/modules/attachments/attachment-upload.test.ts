import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { login } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { jpegOfSize, pngBytes, pngOfSize, webpOfSize } from '../../test/images.ts';
import { seedDemo } from '../../test/seed.ts';

/** Upload limits over real HTTP: pixel count from the header, and every malformed multipart body. */

interface ErrorShape {
  error: { code: string; message: string; details?: unknown };
}

const B = 'envgridTestBoundary7MA4YWxkTrZu0gW';
const MULTIPART = `multipart/form-data; boundary=${B}`;
const CLOSE = `--${B}--\r\n`;
const MB = 1024 * 1024;

/** One part of a multipart body, as a browser would write it (headers, blank line, bytes, CRLF). */
function part(headers: string[], body: Buffer | string): Buffer {
  return Buffer.concat([
    Buffer.from(`--${B}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`),
    Buffer.from(body),
    Buffer.from('\r\n'),
  ]);
}

const filePart = (bytes: Buffer, name = 'file', type = 'image/png') =>
  part(
    [`Content-Disposition: form-data; name="${name}"; filename="photo.png"`, `Content-Type: ${type}`],
    bytes,
  );

const body = (...pieces: (Buffer | string)[]) => Buffer.concat(pieces.map((p) => Buffer.from(p)));

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

describeEachEngineWithDemo('attachment upload limits', (ctx) => {
  let server: TestServer;
  let sup: ApiClient;
  let dataDir: string;

  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await seedDemo(ctx.db, clock);
    // A storage directory of this suite's own, so "no new file" is exact.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-upload-test-'));
    server = await startTestServer(ctx.db, { clock, env: { ENVGRID_DATA_DIR: dataDir } });
    [sup] = await login(server, 'sup001-01');
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A raw POST /api/v1/attachments as the supervisor: the body goes on the wire exactly as given. */
  async function send(contentType: string | null, payload: Buffer | string) {
    const headers: Record<string, string> = { cookie: sup.cookie!, 'x-csrf-token': sup.csrfToken! };
    if (contentType !== null) headers['content-type'] = contentType;
    const res = await server.fetch('/api/v1/attachments', { method: 'POST', headers, body: payload });
    const text = await res.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON: the assertions below say so */
    }
    return { status: res.status, body: json as ErrorShape & { id?: string; mime?: string; size?: number } };
  }

  async function stored() {
    const row = await ctx.db.kysely
      .selectFrom('attachments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { rows: Number(row.n), files: filesUnder(path.join(dataDir, 'attachments')) };
  }

  /** Sends, expects the pinned error shape with this status and code, and that nothing was stored. */
  async function expectRefused(
    contentType: string | null,
    payload: Buffer | string,
    status: number,
    code: string,
  ): Promise<ErrorShape['error']> {
    const before = await stored();
    const r = await send(contentType, payload);
    expect({ status: r.status, code: r.body.error?.code }).toEqual({ status, code });
    expect(Object.keys(r.body)).toEqual(['error']);
    expect(typeof r.body.error.message).toBe('string');
    expect(JSON.stringify(r.body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
    expect(await stored()).toEqual(before);
    return r.body.error;
  }

  // ---- Item 11: image bombs are refused from the header, before anything is decoded or stored.

  it('refuses a 20000 × 20000 PNG from its header, stating the limit', async () => {
    const bomb = pngOfSize(20000, 20000);
    expect(bomb.length).toBeLessThan(1024); // the header says 1.2 GB decoded; the file is tiny
    const e = await expectRefused(MULTIPART, body(filePart(bomb), CLOSE), 413, 'PAYLOAD_TOO_LARGE');
    expect(e.message).toBe(
      'An image may have at most 40 megapixels (e.g. 8000 × 5000); this one is 20000 × 20000 (400 megapixels)',
    );
    expect(e.details).toEqual({ maxPixels: 40_000_000, width: 20000, height: 20000, pixels: 400_000_000 });
  });

  it('refuses a JPEG whose frame header says 9000 × 9000', async () => {
    const e = await expectRefused(
      MULTIPART,
      body(filePart(jpegOfSize(9000, 9000), 'file', 'image/jpeg'), CLOSE),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(e.details).toEqual({ maxPixels: 40_000_000, width: 9000, height: 9000, pixels: 81_000_000 });
  });

  it('refuses a WebP whose canvas is 10000 × 10000', async () => {
    const e = await expectRefused(
      MULTIPART,
      body(filePart(webpOfSize(10000, 10000), 'file', 'image/webp'), CLOSE),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(e.details).toEqual({ maxPixels: 40_000_000, width: 10000, height: 10000, pixels: 100_000_000 });
  });

  it('draws the line at exactly 40 megapixels', async () => {
    const over = await expectRefused(
      MULTIPART,
      body(filePart(pngOfSize(8000, 5001)), CLOSE),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(over.details).toEqual({ maxPixels: 40_000_000, width: 8000, height: 5001, pixels: 40_008_000 });
    const at = await send(MULTIPART, body(filePart(pngOfSize(8000, 5000)), CLOSE));
    expect({ status: at.status, mime: at.body.mime }).toEqual({ status: 201, mime: 'image/png' });
  });

  it('accepts ordinary 4000 × 3000 photos of every accepted type', async () => {
    const before = await stored();
    for (const [bytes, mime] of [
      [pngOfSize(4000, 3000), 'image/png'],
      [jpegOfSize(4000, 3000), 'image/jpeg'],
      [webpOfSize(4000, 3000), 'image/webp'],
    ] as const) {
      const r = await send(MULTIPART, body(filePart(bytes, 'file', mime), CLOSE));
      expect({ status: r.status, mime: r.body.mime, size: r.body.size }).toEqual({
        status: 201,
        mime,
        size: bytes.length,
      });
    }
    const after = await stored();
    expect(after.rows).toBe(before.rows + 3);
    expect(after.files.length).toBe(before.files.length + 3);
  });

  it('refuses an image whose dimensions cannot be read', async () => {
    const noFrame = await expectRefused(
      MULTIPART,
      body(filePart(jpegOfSize(1, 1, { frame: false }), 'file', 'image/jpeg'), CLOSE),
      400,
      'VALIDATION_FAILED',
    );
    expect(noFrame.message).toBe(
      'The image’s dimensions cannot be read from its header (the first 512 KB); it is not a valid image',
    );
    // Zero width: nothing to decode, and a decoder would disagree on what it means.
    await expectRefused(MULTIPART, body(filePart(pngOfSize(0, 10)), CLOSE), 400, 'VALIDATION_FAILED');
  });

  it('looks for a JPEG frame header in the first 512 KB only', async () => {
    // Metadata before the frame header is normal: EXIF, XMP and ICC segments, each at most 64 KB.
    const rich = jpegOfSize(4000, 3000, { metadataBytes: 300 * 1024 });
    const ok = await send(MULTIPART, body(filePart(rich, 'file', 'image/jpeg'), CLOSE));
    expect({ status: ok.status, mime: ok.body.mime }).toEqual({ status: 201, mime: 'image/jpeg' });
    // Beyond the window it is not searched for: junk there would cost the server seconds of CPU.
    const hidden = jpegOfSize(9000, 9000, { metadataBytes: 600 * 1024 });
    await expectRefused(
      MULTIPART,
      body(filePart(hidden, 'file', 'image/jpeg'), CLOSE),
      400,
      'VALIDATION_FAILED',
    );
    const junk = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(9 * MB)]);
    await expectRefused(
      MULTIPART,
      body(filePart(junk, 'file', 'image/jpeg'), CLOSE),
      400,
      'VALIDATION_FAILED',
    );
  });

  // ---- Item 6: every malformed multipart body is a 4xx in the pinned shape, with nothing stored.

  const png = pngBytes([1, 2, 3]);
  const disposition = (params: string) => `Content-Disposition: form-data; ${params}`;
  /** Each is a 400 VALIDATION_FAILED: [what is wrong, the body, its content type]. */
  const malformed: [string, () => Buffer | string, string?][] = [
    ['no boundary in the content type', () => body(filePart(png), CLOSE), 'multipart/form-data'],
    [
      'no boundary, with a 5 MB body behind it',
      () => body(filePart(Buffer.concat([png, Buffer.alloc(5 * MB)])), CLOSE),
      'multipart/form-data',
    ],
    ['an empty boundary', () => body(filePart(png), CLOSE), 'multipart/form-data; boundary='],
    ['an empty body', () => ''],
    ['a body cut inside the file', () => filePart(png).subarray(0, 150)],
    ['a body cut inside the part headers', () => `--${B}\r\nContent-Disposition: form-da`],
    ['a boundary that never closes', () => filePart(png)],
    ['a body that is not multipart at all', () => 'hello, world'],
    [
      'a part without a name',
      () => body(part([disposition('filename="a.png"'), 'Content-Type: image/png'], png), CLOSE),
    ],
    ['a part without Content-Disposition', () => body(part(['Content-Type: image/png'], png), CLOSE)],
    ['a part whose header line is garbage', () => body(part(['not a header at all'], png), CLOSE)],
    // busboy keeps the first 80 KB of part headers: here that loses the Content-Disposition
    [
      'part headers over 80 KB',
      () =>
        body(
          part([`X-Pad: ${'a'.repeat(90 * 1024)}`, disposition('name="file"; filename="a.png"')], png),
          CLOSE,
        ),
    ],
    ['a field instead of a file', () => body(part([disposition('name="file"')], 'x'), CLOSE)],
    [
      'a JSON field that is not JSON',
      () => body(part([disposition('name="file"'), 'Content-Type: application/json'], '{nope'), CLOSE),
    ],
    ['a file under another name', () => body(filePart(png, 'photo'), CLOSE)],
    ['a file named after a prototype property', () => body(filePart(png, 'constructor'), CLOSE)],
    ['a field besides the file', () => body(part([disposition('name="note"')], 'hi'), filePart(png), CLOSE)],
    ['two files', () => body(filePart(png), filePart(pngBytes([4, 5, 6])), CLOSE)],
    ['an empty file', () => body(filePart(Buffer.alloc(0)), CLOSE)],
  ];

  for (const [name, payload, contentType = MULTIPART] of malformed) {
    it(`answers 400 VALIDATION_FAILED to ${name}`, async () => {
      await expectRefused(contentType, payload(), 400, 'VALIDATION_FAILED');
    });
  }

  it('answers 415 UNSUPPORTED_MEDIA_TYPE to a file that is not an image, or no content type', async () => {
    await expectRefused(
      MULTIPART,
      body(filePart(Buffer.from('just text')), CLOSE),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await expectRefused(null, body(filePart(png), CLOSE), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 413 PAYLOAD_TOO_LARGE to a file over 10 MB, naming the limit', async () => {
    const e = await expectRefused(
      MULTIPART,
      body(filePart(Buffer.concat([png, Buffer.alloc(10 * MB + 10)])), CLOSE),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(e).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'An image may be at most 10 MB',
      details: { maxBytes: 10 * MB },
    });
  });

  it('says what the body should hold', async () => {
    const malformedBody = await expectRefused(
      'multipart/form-data',
      body(filePart(png), CLOSE),
      400,
      'VALIDATION_FAILED',
    );
    expect(malformedBody.message).toBe('The multipart/form-data body is malformed');
    expect(typeof (malformedBody.details as { reason: unknown }).reason).toBe('string');
    const onlyOne = 'Send exactly one part: the image, as a file in the multipart field "file"';
    const two = await expectRefused(
      MULTIPART,
      body(filePart(png), filePart(pngBytes([4, 5, 6])), CLOSE),
      400,
      'VALIDATION_FAILED',
    );
    expect(two.message).toBe(onlyOne);
    const field = await expectRefused(
      MULTIPART,
      body(part(['Content-Disposition: form-data; name="file"'], 'x'), CLOSE),
      400,
      'VALIDATION_FAILED',
    );
    expect(field.message).toBe(onlyOne);
    const none = await expectRefused(
      MULTIPART,
      body(part(['Content-Type: image/png'], png), CLOSE),
      400,
      'VALIDATION_FAILED',
    );
    expect(none.message).toBe('No image in the request: send it as a file in the multipart field "file"');
  });

  it('still takes a well-formed upload after malformed ones', async () => {
    await send('multipart/form-data', body(filePart(Buffer.concat([png, Buffer.alloc(5 * MB)])), CLOSE));
    await send(MULTIPART, filePart(png).subarray(0, 150));
    await send(MULTIPART, body(filePart(png), filePart(pngBytes([4, 5, 6])), CLOSE));
    const ok = await send(MULTIPART, body(filePart(pngBytes([7, 8, 9])), CLOSE));
    expect(ok.status).toBe(201);
  });
});
