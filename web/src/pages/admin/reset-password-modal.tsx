import { passwordProblem } from '@envgrid/core';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { adminApi } from '../../api/admin-api.ts';
import type { AdminUser } from '../../api/admin-types.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

interface Values {
  password: string;
  confirm: string;
}

/** Sets a new password for a user; the server ends all their sessions. */
export function ResetPasswordModal({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: Values) => {
    if (!user) return;
    setSaving(true);
    setError(null);
    try {
      await adminApi.resetPassword(user.id, v.password);
      void message.success(t('users.passwordResetDone'));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={!!user}
      title={user ? t('users.resetPasswordTitle', { name: user.username }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={saving}
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        setError(null);
      }}
      okButtonProps={{ 'data-testid': 'reset-password-submit' }}
      data-testid="reset-password-modal"
    >
      <Alert type="info" showIcon title={t('users.resetNote')} style={{ marginBottom: 16 }} />
      <ApiErrorAlert error={error} testId="reset-password-error" />
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          extra={t('users.passwordPolicy')}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: (_r, value: string | undefined) =>
                !value || !passwordProblem(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.passwordWeak'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password-input" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_r, value: string | undefined) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="reset-password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
