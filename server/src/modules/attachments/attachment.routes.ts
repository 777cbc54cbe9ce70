import { AppError } from '@envgrid/core';
import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { readSingleFile } from './multipart-upload.ts';
import { ATTACHMENT_MAX_BYTES } from './upload-limits.ts';

const Attachment = Type.Object({
  id: Type.String(),
  sha256: Type.String(),
  url: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  locationHint: Type.Union([Type.Object({ lng: Type.Number(), lat: Type.Number() }), Type.Null()], {
    description: 'GPS position from the photo’s EXIF data, when present',
  }),
});

export async function attachmentRoutes(app: AppInstance): Promise<void> {
  app.post(
    '/api/v1/attachments',
    {
      schema: {
        tags: ['cases'],
        summary:
          'Upload a photo (one multipart file field "file"; JPEG, PNG or WebP, at most 10 MB and 40 megapixels)',
        consumes: ['multipart/form-data'],
        response: { 201: Attachment },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!req.isMultipart())
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the photo as multipart/form-data with a field named "file"',
        );
      const bytes = await readSingleFile(req, ATTACHMENT_MAX_BYTES);
      const a = await app.services.attachments.upload(actor, bytes);
      return reply.status(201).send({
        id: a.id,
        sha256: a.sha256,
        url: `/api/v1/attachments/${a.id}`,
        mime: a.mime,
        size: a.size,
        locationHint: a.locationHint,
      });
    },
  );

  app.get(
    '/api/v1/attachments/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'The photo itself, for its uploader and for anyone who can see a case using it',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
      },
    },
    async (req, reply) => {
      const { record, bytes } = await app.services.attachments.read(requireActor(req), req.params.id);
      return reply
        .header('content-type', record.mime)
        .header('cache-control', 'private, max-age=86400, immutable')
        .header('content-disposition', 'inline')
        .send(bytes);
    },
  );
}
