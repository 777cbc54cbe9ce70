/** Scope (管辖范围) pickers for the user form, and the scope as text for tables. */
import { Form, Radio, Select } from 'antd';
import { useCallback } from 'react';
import { useDepartments, useRegions } from '../../api/reference-data.ts';
import type { UserScope } from '../../api/types.ts';
import { useI18n, useT } from '../../i18n/i18n-context.tsx';

const KINDS = ['district', 'street', 'department'] as const;

/** "街道 · 东华门街道" / "部门 · 区生态环境局" / "全区". */
export function useScopeText(): (scope: UserScope) => string {
  const t = useT();
  const { locale } = useI18n();
  const { index } = useRegions();
  const { byCode } = useDepartments();
  return useCallback(
    (scope: UserScope) => {
      if (scope.kind === 'district') return t('scope.district');
      if (scope.kind === 'street') return `${t('scope.street')} · ${index?.nameOf(scope.code) ?? scope.code}`;
      const d = byCode.get(scope.code);
      const name = d ? (locale === 'en' ? d.nameEn : d.name) : scope.code;
      return `${t('scope.department')} · ${name}`;
    },
    [t, locale, index, byCode],
  );
}

/**
 * Two form items: `scopeKind` (district, street, department) and `scopeCode` (a street or a
 * department; the district's own code is filled in on submit).
 */
export function ScopeFields() {
  const t = useT();
  const { locale } = useI18n();
  const { index } = useRegions();
  const departments = useDepartments();
  const form = Form.useFormInstance();
  const kind = Form.useWatch<UserScope['kind'] | undefined>('scopeKind', form);

  return (
    <>
      <Form.Item
        name="scopeKind"
        label={t('users.scopeKind')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Radio.Group
          data-testid="user-scope-kind"
          onChange={() => form.setFieldValue('scopeCode', undefined)}
          options={KINDS.map((k) => ({ value: k, label: t(`scope.${k}`) }))}
        />
      </Form.Item>
      {kind === 'street' && (
        <Form.Item
          name="scopeCode"
          label={t('users.scopeStreet')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="user-scope-street"
            showSearch={{ optionFilterProp: 'label' }}
            options={(index?.streets ?? []).map((s) => ({ value: s.code, label: `${s.name} (${s.code})` }))}
          />
        </Form.Item>
      )}
      {kind === 'department' && (
        <Form.Item
          name="scopeCode"
          label={t('users.scopeDepartment')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="user-scope-department"
            showSearch={{ optionFilterProp: 'label' }}
            loading={departments.loading}
            options={(departments.data ?? []).map((d) => ({
              value: d.code,
              label: `${locale === 'en' ? d.nameEn : d.name} (${d.code})`,
              disabled: !d.active,
            }))}
          />
        </Form.Item>
      )}
    </>
  );
}
