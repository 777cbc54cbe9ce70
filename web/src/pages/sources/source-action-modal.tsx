/**
 * One source action's form, then `POST /api/v1/sources/:id/actions/:action` with the version the
 * user saw: confirm (登记并结案 / 确认并转执法立案), merge (a possible duplicate or any source found
 * by search), dismiss / close (a reason), reopen (an optional note), edit (the register form's
 * fields).
 */
import type { SourceAction } from '@envgrid/core';
import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { toApiError } from '../../api/client.ts';
import type { SourceDetail } from '../../api/source-types.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { SourceEditFields, editBody, editInitial, type EditValues } from './source-edit-fields.tsx';
import { useSourceNames } from './use-source-names.ts';

export const ACTION_LABELS: Readonly<Record<SourceAction, MessageKey>> = {
  confirm: 'sources.action.confirm',
  merge: 'sources.action.merge',
  dismiss: 'sources.action.dismiss',
  close: 'sources.action.close',
  reopen: 'sources.action.reopen',
  edit: 'sources.action.edit',
};

interface Values extends EditValues {
  closeReport?: boolean;
  intoId?: string;
  reason?: string;
}

interface Props {
  source: SourceDetail;
  action: SourceAction | null;
  version: number;
  onClose: () => void;
  onDone: () => void;
}

export function SourceActionModal({ source, action, version, onClose, onDone }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (action) setError(null);
  }, [action]);

  const submit = async (v: Values) => {
    if (!action) return;
    setSaving(true);
    setError(null);
    try {
      const reason = v.reason?.trim() || undefined;
      if (action === 'confirm')
        await sourcesApi.act(source.id, 'confirm', version, {
          closeReport: source.closesReport ? v.closeReport : false,
        });
      else if (action === 'merge') await sourcesApi.act(source.id, 'merge', version, { intoId: v.intoId! });
      else if (action === 'dismiss' || action === 'close')
        await sourcesApi.act(source.id, action, version, { reason: reason ?? '' });
      else if (action === 'reopen') await sourcesApi.act(source.id, 'reopen', version, { reason });
      else await sourcesApi.act(source.id, 'edit', version, editBody(v));
      void message.success(t('sources.action.done', { action: t(ACTION_LABELS[action]) }));
      onDone();
    } catch (err) {
      if (toApiError(err).code === 'VERSION_CONFLICT') {
        void message.warning(t('sources.action.conflict'));
        onDone();
        return;
      }
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={!!action}
      title={action ? `${t(ACTION_LABELS[action])} · ${source.name}` : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('sources.action.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{
        danger: action === 'dismiss' || action === 'close',
        ...{ 'data-testid': 'source-action-submit' },
      }}
      destroyOnHidden
      width={action === 'edit' ? 720 : 520}
      data-testid={action ? `source-action-modal-${action}` : undefined}
    >
      <ApiErrorAlert error={error} testId="source-action-error" />
      {action && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark="optional"
          preserve={false}
          initialValues={action === 'edit' ? editInitial(source) : { closeReport: true }}
        >
          {action === 'confirm' && source.proposedByCaseId && !source.closesReport && (
            <Typography.Paragraph type="secondary" data-testid="source-confirm-report-stays">
              {t('sources.confirm.reportStays')}
            </Typography.Paragraph>
          )}
          {action === 'confirm' && source.proposedByCaseId && source.closesReport && (
            <Form.Item name="closeReport" label={t('sources.confirm.choice')} rules={[required]}>
              <Radio.Group
                data-testid="source-confirm-choice"
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              >
                <Radio value={true} data-testid="source-confirm-close">
                  {t('sources.confirm.closeReport')}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('sources.confirm.closeReportHint')}
                  </Typography.Text>
                </Radio>
                <Radio value={false} data-testid="source-confirm-enforce">
                  {t('sources.confirm.enforce')}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('sources.confirm.enforceHint')}
                  </Typography.Text>
                </Radio>
              </Radio.Group>
            </Form.Item>
          )}
          {action === 'merge' && (
            <Form.Item
              name="intoId"
              label={t('sources.merge.into')}
              rules={[required]}
              extra={t('sources.merge.hint')}
            >
              <MergeTarget source={source} />
            </Form.Item>
          )}
          {(action === 'dismiss' || action === 'close') && (
            <Form.Item name="reason" label={t('sources.reason')} rules={[required, { max: 1000 }]}>
              <Input.TextArea rows={3} data-testid="source-action-reason" />
            </Form.Item>
          )}
          {action === 'reopen' && (
            <Form.Item name="reason" label={t('sources.reasonOptional')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={3} data-testid="source-action-reason" />
            </Form.Item>
          )}
          {action === 'edit' && <SourceEditFields type={source.type} />}
        </Form>
      )}
    </Modal>
  );
}

/** The source to merge into: the possible duplicates first, then any search hit. */
function MergeTarget({
  source,
  value,
  onChange,
}: {
  source: SourceDetail;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const t = useT();
  const names = useSourceNames();
  const [q, setQ] = useState('');
  const found = useApi(q.trim() ? `sources-merge:${q.trim()}` : null, (signal) =>
    sourcesApi.list({ q: q.trim(), status: ['active', 'rectifying'], limit: 20 }, signal),
  );
  const dupes = source.possibleDuplicates.map((d) => ({
    value: d.id,
    label: `${d.name} · ${names.typeName(d.type)} · ${Math.round(d.distanceM)} m`,
  }));
  const hits = (found.data?.items ?? [])
    .filter((s) => s.id !== source.id && !dupes.some((d) => d.value === s.id))
    .map((s) => ({ value: s.id, label: `${s.name} · ${names.typeName(s.type)} · ${s.address ?? ''}` }));
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={found.loading}
      placeholder={t('sources.merge.search')}
      options={[...dupes, ...hits]}
      data-testid="source-merge-target"
    />
  );
}
