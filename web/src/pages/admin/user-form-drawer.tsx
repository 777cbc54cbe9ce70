/** Create a user, or edit one's name, roles, scope and phone. */
import { ROLES, passwordProblem, type Role } from '@envgrid/core';
import { Alert, App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { AdminUser, NewUser, UserPatch } from '../../api/admin-types.ts';
import { adminApi } from '../../api/admin-api.ts';
import { useRegions } from '../../api/reference-data.ts';
import type { UserScope } from '../../api/types.ts';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useIsMobile } from '../../components/use-media-query.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ScopeFields } from './scope-fields.tsx';

interface FormValues {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  scopeKind: UserScope['kind'];
  scopeCode?: string;
  phone?: string;
}

const FIELDS = ['username', 'displayName', 'password', 'roles', 'phone'] as const;
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

interface UserFormDrawerProps {
  open: boolean;
  /** The user to edit; absent to create one. */
  user?: AdminUser;
  onClose: () => void;
  onSaved: (user: AdminUser) => void;
}

export function UserFormDrawer({ open, user, onClose, onSaved }: UserFormDrawerProps) {
  const { t, roleName } = useI18n();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const { index } = useRegions();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const editing = !!user;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      user
        ? {
            displayName: user.displayName,
            roles: user.roles,
            scopeKind: user.scope.kind,
            scopeCode: user.scope.kind === 'district' ? undefined : user.scope.code,
            phone: user.phone ?? '',
          }
        : { roles: [], scopeKind: 'district' },
    );
  }, [open, user, form]);

  const submit = async (v: FormValues) => {
    // The district is data: its code comes from the territory, never from the code base.
    const districtCode = index?.district?.code;
    if (v.scopeKind === 'district' && !districtCode) return setError(new Error(t('users.districtUnknown')));
    const scope: UserScope = {
      kind: v.scopeKind,
      code: v.scopeKind === 'district' ? districtCode! : (v.scopeCode ?? ''),
    };
    const phone = v.phone?.trim() ? v.phone.trim() : null;
    setSaving(true);
    setError(null);
    try {
      let saved: AdminUser;
      if (user) {
        // Only what changed: a roles or scope field, even unchanged, ends the user's sessions.
        const patch: UserPatch = {};
        if (v.displayName.trim() !== user.displayName) patch.displayName = v.displayName.trim();
        if (!sameRoles(v.roles, user.roles)) patch.roles = v.roles;
        if (scope.kind !== user.scope.kind || scope.code !== user.scope.code) patch.scope = scope;
        if (phone !== user.phone) patch.phone = phone;
        saved = Object.keys(patch).length ? await adminApi.updateUser(user.id, patch) : user;
        void message.success(t('users.saved'));
      } else {
        const body: NewUser = {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          password: v.password,
          roles: v.roles,
          scope,
          phone,
        };
        saved = await adminApi.createUser(body);
        void message.success(t('users.created', { name: saved.username }));
      }
      onSaved(saved);
    } catch (err) {
      applyFieldErrors(form, err, FIELDS);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 480}
      destroyOnHidden
      title={editing ? t('users.editTitle', { name: user.username }) : t('users.create')}
      data-testid="user-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            onClick={() => form.submit()}
            data-testid="user-form-submit"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <ApiErrorAlert error={error} testId="user-form-error" />
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        {!editing && (
          <Form.Item
            name="username"
            label={t('users.username')}
            extra={t('users.usernameRule')}
            rules={[required, { min: 2, max: 64, pattern: USERNAME, message: t('users.usernameInvalid') }]}
          >
            <Input autoComplete="off" data-testid="user-form-username" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('users.displayName')} rules={[required, { max: 100 }]}>
          <Input data-testid="user-form-display-name" />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="password"
            label={t('users.password')}
            extra={t('users.passwordPolicy')}
            rules={[
              required,
              {
                validator: (_r, value: string | undefined) =>
                  !value || !passwordProblem(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('users.passwordWeak'))),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="user-form-password" />
          </Form.Item>
        )}
        <Form.Item name="roles" label={t('users.roles')} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Select
            mode="multiple"
            data-testid="user-form-roles"
            options={ROLES.map((r) => ({ value: r, label: roleName(r) }))}
          />
        </Form.Item>
        <ScopeFields />
        {editing && (
          <Alert type="info" showIcon title={t('users.scopeChangeNote')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="phone" label={t('users.phone')} rules={[{ max: 32 }]}>
          <Input data-testid="user-form-phone" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
