/**
 * Photo upload to `POST /api/v1/attachments` (JPEG, PNG, WebP, at most 10 MB), as a form control:
 * its value is antd's file list; `attachmentIdsOf()` reads the uploaded ids from it.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile, type UploadProps } from 'antd';
import { attachmentsApi } from '../../api/attachments-api.ts';
import type { Attachment, LngLat } from '../../api/case-types.ts';
import { errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { useT } from '../../i18n/i18n-context.tsx';

const MAX_BYTES = 10 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_FILES = 20;

export function attachmentIdsOf(list: UploadFile[] | undefined): string[] {
  return (list ?? [])
    .filter((f) => f.status === 'done')
    .map((f) => (f.response as Attachment | undefined)?.id)
    .filter((id): id is string => !!id);
}

export function uploadsPending(list: UploadFile[] | undefined): boolean {
  return (list ?? []).some((f) => f.status === 'uploading');
}

interface PhotoUploadProps {
  value?: UploadFile[];
  onChange?: (list: UploadFile[]) => void;
  /** A photo carried a GPS position (EXIF). */
  onLocationHint?: (p: LngLat) => void;
  testId?: string;
}

export function PhotoUpload({ value, onChange, onLocationHint, testId }: PhotoUploadProps) {
  const t = useT();
  const { message } = App.useApp();
  const describe = useDescribeError();

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    attachmentsApi.upload(file as Blob).then(
      (a) => {
        onSuccess?.(a);
        if (a.locationHint) onLocationHint?.(a.locationHint);
      },
      (err: unknown) => {
        const d = describe(err);
        void message.error(errorContent({ ...d, summary: t('cases.photo.failed', { reason: d.summary }) }));
        onError?.(err instanceof Error ? err : new Error(String(err)));
      },
    );
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!TYPES.includes(file.type)) {
      void message.error(t('cases.photo.badType'));
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_BYTES) {
      void message.error(t('cases.photo.tooLarge'));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const list = value ?? [];
  return (
    <div data-testid={testId}>
      <Upload
        listType="picture-card"
        accept={TYPES.join(',')}
        multiple
        fileList={list}
        customRequest={customRequest}
        beforeUpload={beforeUpload}
        onChange={({ fileList }) =>
          onChange?.(
            fileList
              .filter((f) => f.status !== 'error')
              .map((f) => {
                const a = f.response as Attachment | undefined;
                return a?.url && !f.url ? { ...f, url: a.url } : f;
              }),
          )
        }
      >
        {list.length < MAX_FILES && (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            <PlusOutlined />
            <div style={{ marginTop: 6 }}>{t('cases.photo.add')}</div>
          </button>
        )}
      </Upload>
    </div>
  );
}
