/** 派遣: the lead department (suggested one preselected) and assisting ones; and a case picker for 作废. */
import { dispatchTargets } from '@envgrid/core';
import { Form, Input, Select, Tag, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import type { Case } from '../../api/case-types.ts';
import { casesApi } from '../../api/cases-api.ts';
import type { Department } from '../../api/types.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ActionValues } from './case-action-modal.tsx';
import { useCaseNames } from './use-case-names.ts';

interface DispatchFieldsProps {
  c: Case;
  form: FormInstance<ActionValues>;
  departments: Department[];
  loading: boolean;
}

export function DispatchFields({ c, form, departments, loading }: DispatchFieldsProps) {
  const { t, locale } = useI18n();
  const lead = Form.useWatch('leadDepartmentId', form);
  // Where this user may dispatch this case: core's dispatch rule, the one the server checks.
  const { user } = useMe();
  const groups = useMemo(() => {
    const name = (d: Department) => (locale === 'en' ? d.nameEn || d.name : d.name);
    const usable = dispatchTargets(user, c, departments);
    const option = (d: Department, exclude?: string) => ({
      value: d.id,
      disabled: d.id === exclude,
      label: (
        <span data-testid={`department-option-${d.code}`}>
          {name(d)}
          {d.id === c.suggestedDepartmentId && (
            <Tag color="green" style={{ marginInlineStart: 6 }}>
              {t('cases.dispatch.suggested')}
            </Tag>
          )}
        </span>
      ),
      search: `${d.name} ${d.nameEn} ${d.code}`,
    });
    const build = (exclude?: string) =>
      [
        {
          label: t('departments.level.district'),
          options: usable.filter((d) => d.level === 'district').map((d) => option(d, exclude)),
        },
        {
          label: t('departments.level.street'),
          options: usable.filter((d) => d.level === 'street').map((d) => option(d, exclude)),
        },
      ].filter((g) => g.options.length > 0);
    return {
      lead: build(),
      assist: (exclude?: string) =>
        build(exclude).map((g) => ({ ...g, options: g.options.filter((o) => o.value !== exclude) })),
    };
  }, [departments, c, user, t, locale]);

  const required = { required: true, message: t('common.required') };
  return (
    <>
      <Form.Item
        name="leadDepartmentId"
        label={t('cases.field.leadDepartment')}
        initialValue={c.suggestedDepartmentId ?? c.leadDepartmentId ?? undefined}
        rules={[required]}
      >
        <Select
          data-testid="action-field-lead"
          loading={loading}
          options={groups.lead}
          showSearch={{ optionFilterProp: 'search' }}
          onChange={(v: string) => {
            const assists = (form.getFieldValue('assistDepartmentIds') as string[] | undefined) ?? [];
            if (assists.includes(v))
              form.setFieldValue(
                'assistDepartmentIds',
                assists.filter((a) => a !== v),
              );
          }}
        />
      </Form.Item>
      <Form.Item
        name="assistDepartmentIds"
        label={t('cases.field.assistDepartments')}
        initialValue={c.assistDepartmentIds}
      >
        <Select
          mode="multiple"
          allowClear
          data-testid="action-field-assist"
          loading={loading}
          options={groups.assist(lead)}
          showSearch={{ optionFilterProp: 'search' }}
          placeholder={t('cases.dispatch.assistHint')}
        />
      </Form.Item>
    </>
  );
}

/** Pick another case by number or text (GET /api/v1/cases?q=). */
export function CaseSearchSelect({
  value,
  onChange,
  exclude,
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  exclude: string;
}) {
  const { t } = useI18n();
  const names = useCaseNames();
  const [q, setQ] = useState('');
  const found = useApi(q.trim() ? `case-search:${q.trim()}` : null, (signal) =>
    casesApi.list({ q: q.trim(), limit: 10 }, signal),
  );
  const options = (found.data?.items ?? [])
    .filter((c) => c.id !== exclude)
    .map((c) => ({
      value: c.id,
      label: `${c.caseNo} · ${names.itemName(c.itemCode)} · ${names.statusName(c.status)}`,
    }));
  return (
    <Select
      data-testid="action-field-duplicateOf"
      allowClear
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.loading}
      options={options}
      placeholder={t('cases.void.searchHint')}
      notFoundContent={null}
    />
  );
}

/** 邀请协办: departments the lead may invite (core's dispatch rule), other than the lead and those already assisting. */
export function InviteFields({ c, departments }: { c: Case; departments: Department[] }) {
  const { t, locale } = useI18n();
  const { user } = useMe();
  const options = dispatchTargets(user, c, departments)
    .filter((d) => d.id !== c.leadDepartmentId && !c.assistDepartmentIds.includes(d.id))
    .map((d) => ({
      value: d.id,
      label: (
        <span data-testid={`invite-option-${d.code}`}>{locale === 'en' ? d.nameEn || d.name : d.name}</span>
      ),
      search: `${d.name} ${d.nameEn} ${d.code}`,
    }));
  return (
    <>
      <Form.Item
        name="assistDepartmentIds"
        label={t('cases.field.invite')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          mode="multiple"
          data-testid="action-field-invite"
          options={options}
          optionFilterProp="search"
        />
      </Form.Item>
      <Form.Item name="note" label={t('cases.field.note')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="action-field-note" />
      </Form.Item>
    </>
  );
}
