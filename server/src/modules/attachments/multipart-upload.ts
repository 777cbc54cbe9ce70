import { AppError } from '@envgrid/core';
import type { FastifyRequest } from 'fastify';
import { fileTooLarge } from './upload-limits.ts';

const FILE_FIELD = 'file';

const ONLY_ONE_FILE = `Send exactly one part: the image, as a file in the multipart field "${FILE_FIELD}"`;

/**
 * What a failure while parsing the body means to the client. @fastify/multipart raises its limits
 * with codes; busboy raises plain errors for malformed bodies (no boundary, a body cut short, a
 * broken part header), which would otherwise become 500s. Either way the body is at fault.
 */
function explain(err: unknown, maxBytes: number): AppError {
  if (err instanceof AppError) return err;
  switch ((err as { code?: unknown }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_PROTO_VIOLATION':
      return new AppError('VALIDATION_FAILED', ONLY_ONE_FILE);
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new AppError('VALIDATION_FAILED', 'The multipart/form-data body is malformed', { reason });
}

/**
 * Reads the one file of a multipart upload into memory, at most `maxBytes`. Anything else in the
 * body (a field, a second file, a file under another name) is refused, and so is a malformed body.
 */
export async function readSingleFile(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  let file: Buffer | undefined;
  let problem: AppError | undefined;
  try {
    // Tighter than the app-wide multipart limits: one file, and the parser gives up on a second
    // stray part rather than reading up to a thousand of them.
    const parts = req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 1, parts: 2 } });
    for await (const part of parts) {
      if (part.type === 'file') {
        // The parser only moves on once a file is consumed, so even an unwanted one is read.
        const bytes = await part.toBuffer();
        if (part.fieldname === FILE_FIELD) file = bytes;
        else problem ??= new AppError('VALIDATION_FAILED', ONLY_ONE_FILE);
      } else {
        problem ??= new AppError('VALIDATION_FAILED', ONLY_ONE_FILE);
      }
    }
  } catch (err) {
    throw explain(err, maxBytes);
  }
  if (problem) throw problem;
  if (!file)
    throw new AppError(
      'VALIDATION_FAILED',
      `No image in the request: send it as a file in the multipart field "${FILE_FIELD}"`,
    );
  return file;
}
