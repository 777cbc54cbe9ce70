/** 现场复核: result, note (required when failed) and the auditor's own photos. */
import { Alert, App, Form, Input, Modal, Radio, type UploadFile } from 'antd';
import { useState } from 'react';
import type { AuditSample } from '../../api/audit-types.ts';
import { auditsApi } from '../../api/audits-api.ts';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { PhotoUpload, attachmentIdsOf, uploadsPending } from '../cases/photo-upload.tsx';

interface Values {
  result: 'passed' | 'failed';
  note?: string;
  photos?: UploadFile[];
}

export function RecheckModal({
  sample,
  onClose,
  onDone,
}: {
  sample: AuditSample;
  onClose: () => void;
  onDone: (s: AuditSample) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: Values) => {
    setError(null);
    if (uploadsPending(v.photos)) return setError(t('cases.photo.pending'));
    const photos = attachmentIdsOf(v.photos);
    setSaving(true);
    try {
      const s = await auditsApi.recheck(sample.runId, sample.id, {
        version: sample.version,
        result: v.result,
        note: v.note?.trim() || undefined,
        attachmentIds: photos.length ? photos : undefined,
      });
      void message.success(
        s.followUpCaseNo
          ? t('audits.recheck.reopened', { caseNo: s.followUpCaseNo })
          : t('audits.recheck.done'),
      );
      onDone(s);
    } catch (err) {
      applyFieldErrors(form, err, ['note', 'result']);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('audits.recheck.title', { caseNo: sample.caseNo })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('audits.recheck.submit')}
      okButtonProps={{
        loading: saving,
        ...({ 'data-testid': 'recheck-submit' } as Record<`data-${string}`, string>),
      }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ result: 'passed' }}
        data-testid="recheck-form"
      >
        <Form.Item name="result" label={t('audits.recheck.result')}>
          <Radio.Group optionType="button" data-testid="recheck-result">
            <Radio value="passed">{t('audits.recheck.passed')}</Radio>
            <Radio value="failed">{t('audits.recheck.failed')}</Radio>
          </Radio.Group>
        </Form.Item>
        {result === 'failed' && (
          <Alert
            type="warning"
            showIcon
            message={t('audits.recheck.failedHint')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form.Item
          name="note"
          label={t('audits.recheck.note')}
          rules={[
            { required: result === 'failed', whitespace: true, message: t('audits.recheck.noteHint') },
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={3} placeholder={t('audits.recheck.noteHint')} data-testid="recheck-note" />
        </Form.Item>
        <Form.Item name="photos" label={t('audits.recheck.photos')}>
          <PhotoUpload testId="recheck-photos" />
        </Form.Item>
        <ApiErrorAlert error={error} testId="recheck-error" />
      </Form>
    </Modal>
  );
}
