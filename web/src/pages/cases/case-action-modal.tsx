/**
 * One action's form: the fields it needs (core/src/workflow/action-payloads.ts), then
 * `POST /api/v1/cases/:id/actions/:action` with the version the user saw. A stale version
 * (409 VERSION_CONFLICT) reloads the case; any other refusal shows the server's message.
 */
import type { CaseAction } from '@envgrid/core';
import { App, Form, Modal, Typography, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { casesApi } from '../../api/cases-api.ts';
import { toApiError } from '../../api/client.ts';
import type { Case } from '../../api/case-types.ts';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { ActionFields, actionHintKey, missingAssistParts } from './action-fields.tsx';
import { attachmentIdsOf, uploadsPending } from './photo-upload.tsx';
import { useCaseNames } from './use-case-names.ts';

export interface ActionValues {
  note?: string;
  reason?: string;
  result?: string;
  comment?: string;
  missingPartsReason?: string;
  real?: boolean;
  passed?: boolean;
  itemCode?: string;
  urgency?: string;
  level?: string;
  duplicateOf?: string;
  leadDepartmentId?: string;
  assistDepartmentIds?: string[];
  officerId?: string;
  photos?: UploadFile[];
  amount?: number;
  unit?: 'hour' | 'day';
  rating?: number;
}

const FIELDS = [
  'note',
  'reason',
  'result',
  'comment',
  'missingPartsReason',
  'real',
  'passed',
  'itemCode',
  'urgency',
  'level',
  'duplicateOf',
  'leadDepartmentId',
  'assistDepartmentIds',
  'officerId',
  'rating',
] as const;

const trimmed = (s: string | undefined) => s?.trim() || undefined;

/** The request body of an action from the form's values. */
export function actionBody(action: CaseAction, c: Case, v: ActionValues): Record<string, unknown> {
  const photos = attachmentIdsOf(v.photos);
  const attachmentIds = photos.length ? photos : undefined;
  switch (action) {
    case 'verify':
      return { real: v.real, note: trimmed(v.note) };
    case 'file':
      return { itemCode: v.itemCode, urgency: v.urgency, level: v.level };
    case 'reject':
    case 'return':
    case 'request_suspension':
      return { reason: trimmed(v.reason) };
    case 'void':
      return { duplicateOf: v.duplicateOf || undefined, reason: trimmed(v.reason) };
    case 'dispatch':
      return {
        leadDepartmentId: v.leadDepartmentId,
        assistDepartmentIds: (v.assistDepartmentIds ?? []).filter((d) => d !== v.leadDepartmentId),
      };
    case 'request_extension':
      return { reason: trimmed(v.reason), extra: { amount: v.amount, unit: v.unit } };
    case 'assist_feedback':
      return { result: trimmed(v.result), attachmentIds };
    case 'feedback':
      return {
        result: trimmed(v.result),
        attachmentIds,
        missingPartsReason: missingAssistParts(c).length ? trimmed(v.missingPartsReason) : undefined,
      };
    case 'check':
      return { passed: v.passed, note: trimmed(v.note), attachmentIds };
    case 'evaluate':
      return { rating: v.rating, comment: trimmed(v.comment) };
    case 'invite_assist':
      return { assistDepartmentIds: v.assistDepartmentIds ?? [], note: trimmed(v.note) };
    case 'involve_officer':
      return { officerId: v.officerId, note: trimmed(v.note) };
    case 'officer_report':
      return { note: trimmed(v.note), attachmentIds };
    default:
      return { note: trimmed(v.note) };
  }
}

interface CaseActionModalProps {
  c: Case;
  action: CaseAction | null;
  /** The case version the user saw when opening the form. */
  version: number;
  onClose: () => void;
  onDone: (updated: Case) => void;
  onConflict: () => void;
}

export function CaseActionModal({ c, action, version, onClose, onDone, onConflict }: CaseActionModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const { actionName } = useCaseNames();
  const [form] = Form.useForm<ActionValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (action) setError(null);
  }, [action]);

  const submit = async (v: ActionValues) => {
    if (!action) return;
    if (uploadsPending(v.photos)) return setError(t('cases.photo.pending'));
    setSaving(true);
    setError(null);
    try {
      const updated = await casesApi.act(c.id, action, {
        version,
        ...actionBody(action, c, v),
      });
      void message.success(t('cases.action.done', { action: actionName(action) }));
      onDone(updated);
    } catch (err) {
      const e = toApiError(err);
      if (e.code === 'VERSION_CONFLICT') {
        void message.warning(t('cases.action.conflict'));
        onConflict();
        return;
      }
      applyFieldErrors(form, err, FIELDS);
      // The extension's amount: the field shows the server's own words for it, like the other fields.
      const extra = Array.isArray(e.details)
        ? (e.details as { path?: unknown; message?: unknown }[]).find((d) =>
            String(d?.path).includes('extra'),
          )
        : undefined;
      if (extra)
        form.setFields([
          { name: 'amount', errors: [typeof extra.message === 'string' ? extra.message : e.message] },
        ]);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const hint = action ? actionHintKey(action) : null;
  return (
    <Modal
      open={!!action}
      title={action ? `${actionName(action)} · ${c.caseNo}` : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cases.action.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'action-submit', danger: action === 'reject' || action === 'void' }}
      destroyOnHidden
      data-testid={action ? `action-modal-${action}` : undefined}
    >
      {hint && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t(hint)}
        </Typography.Paragraph>
      )}
      <ApiErrorAlert error={error} testId="action-error" />
      {action && (
        <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional" preserve={false}>
          <ActionFields action={action} c={c} form={form} />
        </Form>
      )}
    </Modal>
  );
}
