/** 修改密码: the signed-in user changes their own password (the server ends their other sessions and revokes their tokens). */
import { passwordProblem } from '@envgrid/core';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { accountApi } from '../../api/account-api.ts';
import { toApiError } from '../../api/client.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function problemPaths(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details
    .map((d) => (typeof d === 'object' && d !== null ? (d as { path?: unknown }).path : undefined))
    .filter((p): p is string => typeof p === 'string');
}

export function ChangePasswordCard({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    setDone(false);
    try {
      await accountApi.changePassword({
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      });
      form.resetFields();
      setDone(true);
      onChanged();
    } catch (err) {
      // The two checks only the server can make land on their fields, in the user's language.
      const e = toApiError(err);
      const paths = e.code === 'VALIDATION_FAILED' ? problemPaths(e.details) : [];
      if (paths.includes('body/currentPassword'))
        form.setFields([{ name: 'currentPassword', errors: [t('account.password.currentWrong')] }]);
      else if (paths.includes('body/newPassword'))
        form.setFields([{ name: 'newPassword', errors: [t('users.passwordWeak')] }]);
      else setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('account.password.title')} data-testid="account-password">
      <Alert type="info" showIcon title={t('account.password.note')} style={{ marginBottom: 16 }} />
      {done && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setDone(false) }}
          title={t('account.password.done')}
          data-testid="password-changed"
          style={{ marginBottom: 16 }}
        />
      )}
      <ApiErrorAlert error={error} testId="password-error" />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        style={{ maxWidth: 420 }}
        disabled={saving}
      >
        <Form.Item
          name="currentPassword"
          label={t('account.password.current')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.password.new')}
          extra={t('users.passwordPolicy')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_r, value: string | undefined) => {
                if (!value) return Promise.resolve();
                if (passwordProblem(value)) return Promise.reject(new Error(t('users.passwordWeak')));
                if (value === getFieldValue('currentPassword'))
                  return Promise.reject(new Error(t('account.password.sameAsCurrent')));
                return Promise.resolve();
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_r, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="password-submit">
            {t('account.password.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
