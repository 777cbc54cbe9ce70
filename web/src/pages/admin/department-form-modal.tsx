/** Create a department, or rename one (its code never changes). */
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { departmentsApi } from '../../api/departments-api.ts';
import { useRegions } from '../../api/reference-data.ts';
import type { Department } from '../../api/types.ts';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

interface Values {
  code: string;
  name: string;
  nameEn: string;
  level: Department['level'];
  streetCode?: string;
}

const FIELDS = ['code', 'name', 'nameEn', 'level', 'streetCode'] as const;

interface DepartmentFormModalProps {
  open: boolean;
  department?: Department;
  onClose: () => void;
  onSaved: (d: Department) => void;
}

export function DepartmentFormModal({ open, department, onClose, onSaved }: DepartmentFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const { index } = useRegions();
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch('level', form);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      department
        ? { name: department.name, nameEn: department.nameEn }
        : { level: 'district', code: '', name: '', nameEn: '' },
    );
  }, [open, department, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      let saved: Department;
      if (department) {
        saved = await departmentsApi.update(department.id, {
          name: v.name.trim(),
          nameEn: v.nameEn.trim(),
        });
        void message.success(t('departments.saved'));
      } else {
        saved = await departmentsApi.create({
          code: v.code.trim(),
          name: v.name.trim(),
          nameEn: v.nameEn.trim(),
          level: v.level,
          ...(v.level === 'street' ? { streetCode: v.streetCode } : {}),
        });
        void message.success(t('departments.created', { name: saved.name }));
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
    <Modal
      open={open}
      title={department ? t('departments.editTitle', { name: department.code }) : t('departments.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'department-form-submit' }}
      destroyOnHidden
      data-testid="department-form"
    >
      <ApiErrorAlert error={error} testId="department-form-error" />
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        {!department && (
          <Form.Item
            name="code"
            label={t('departments.code')}
            extra={t('departments.codeRule')}
            rules={[
              required,
              { min: 2, max: 32, pattern: /^[a-z][a-z0-9_]*$/, message: t('departments.codeInvalid') },
            ]}
          >
            <Input data-testid="department-form-code" autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('departments.name')} rules={[required, { max: 100 }]}>
          <Input data-testid="department-form-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('departments.nameEn')} rules={[required, { max: 200 }]}>
          <Input data-testid="department-form-name-en" />
        </Form.Item>
        {!department && (
          <Form.Item name="level" label={t('departments.level')} rules={[required]}>
            <Radio.Group
              data-testid="department-form-level"
              options={[
                { value: 'district', label: t('departments.level.district') },
                { value: 'street', label: t('departments.level.street') },
              ]}
            />
          </Form.Item>
        )}
        {!department && level === 'street' && (
          <Form.Item name="streetCode" label={t('departments.street')} rules={[required]}>
            <Select
              data-testid="department-form-street"
              showSearch={{ optionFilterProp: 'label' }}
              options={(index?.streets ?? []).map((s) => ({ value: s.code, label: `${s.name} (${s.code})` }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
