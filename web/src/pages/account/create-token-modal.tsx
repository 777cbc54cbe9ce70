/** 新建 API 令牌: name and validity, then the secret, shown this once with a copy button. */
import { Alert, Button, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { accountApi } from '../../api/account-api.ts';
import type { CreatedToken } from '../../api/account-types.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

interface Values {
  name: string;
  expiresInDays: number;
}

const DEFAULT_DAYS = 90;
const MAX_DAYS = 365;

export function CreateTokenModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  /** After the server made the token (the list behind the dialog reloads). */
  onCreated: () => void;
}) {
  const t = useT();
  const { dateTime } = useBusinessTime();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const token = await accountApi.createToken({
        name: v.name.trim(),
        expiresInDays: v.expiresInDays,
      });
      setCreated(token);
      onCreated();
    } catch (err) {
      if (!applyFieldErrors(form, err, ['name', 'expiresInDays'])) setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={created ? t('account.tokens.createdTitle') : t('account.tokens.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      // Once the secret shows, only a deliberate click closes the dialog (it cannot be shown again).
      mask={{ closable: !created }}
      keyboard={!created}
      afterClose={() => {
        form.resetFields();
        setError(null);
        setCreated(null);
      }}
      data-testid="token-create-modal"
      footer={
        created ? (
          <Button type="primary" onClick={onClose} data-testid="token-secret-done">
            {t('account.tokens.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              loading={saving}
              onClick={() => form.submit()}
              data-testid="token-create-submit"
            >
              {t('account.tokens.createSubmit')}
            </Button>
          </>
        )
      }
    >
      {created ? (
        <div data-testid="token-created">
          <Alert
            type="warning"
            showIcon
            title={t('account.tokens.secretWarning')}
            style={{ marginBottom: 16 }}
            data-testid="token-secret-warning"
          />
          <Typography.Text type="secondary">{t('account.tokens.secretLabel')}</Typography.Text>
          <div
            style={{
              margin: '4px 0 12px',
              padding: '8px 12px',
              background: '#f6f8f7',
              border: '1px solid #d9e2df',
              borderRadius: 6,
              wordBreak: 'break-all',
            }}
          >
            <Typography.Text
              copyable={{
                text: created.token,
                tooltips: [t('account.tokens.copy'), t('account.tokens.copied')],
              }}
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
            >
              <span data-testid="token-secret">{created.token}</span>
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" data-testid="token-created-expires">
            {created.name} · {t('account.tokens.createdExpires', { at: dateTime(created.expiresAt) })}
            <ZoneHint />
          </Typography.Text>
        </div>
      ) : (
        <>
          <ApiErrorAlert error={error} testId="token-create-error" />
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={submit}
            requiredMark={false}
            initialValues={{ expiresInDays: DEFAULT_DAYS }}
            disabled={saving}
          >
            <Form.Item
              name="name"
              label={t('account.tokens.name')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}
            >
              <Input
                maxLength={100}
                placeholder={t('account.tokens.namePlaceholder')}
                data-testid="token-name"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              name="expiresInDays"
              label={t('account.tokens.days')}
              extra={t('account.tokens.daysRule')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber
                min={1}
                max={MAX_DAYS}
                precision={0}
                suffix={t('account.tokens.daysSuffix')}
                style={{ width: 160 }}
                data-testid="token-days"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
