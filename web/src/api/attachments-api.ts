/** Photos: uploaded before the report or action that uses them. */
import type { Attachment } from './case-types.ts';
import { api } from './client.ts';

export const attachmentsApi = {
  /** POST /api/v1/attachments: one photo as the multipart field `file`. */
  upload: (file: Blob) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<Attachment>('/api/v1/attachments', form);
  },
};
