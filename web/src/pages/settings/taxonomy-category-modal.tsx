/** Add a category (大类) or rename one; its code is fixed once saved. */
import { CATEGORY_CODE_PATTERN } from '@envgrid/core';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/i18n-context.tsx';
import { codesInUse, type DraftCategory, type PlacedProblem } from './taxonomy-draft.ts';
import { useSettingsT } from './use-settings-t.ts';

interface CategoryValues {
  code: string;
  name: string;
  nameEn: string;
}

interface TaxonomyCategoryModalProps {
  open: boolean;
  /** The category to rename; absent to add one. */
  category: DraftCategory | undefined;
  draft: readonly DraftCategory[];
  /** Problems of the last save placed on this category (not on its items). */
  problems: readonly PlacedProblem[];
  onClose: () => void;
  onApply: (values: CategoryValues) => void;
}

export function TaxonomyCategoryModal({
  open,
  category,
  draft,
  problems,
  onClose,
  onApply,
}: TaxonomyCategoryModalProps) {
  const t = useT();
  const st = useSettingsT();
  const [form] = Form.useForm<CategoryValues>();
  const codeEditable = !category || category.isNew;
  const taken = codesInUse(draft, category?.key);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      category
        ? { code: category.code, name: category.name, nameEn: category.nameEn }
        : { code: '', name: '', nameEn: '' },
    );
  }, [open, category, form]);

  const required = { required: true, message: t('common.required') };
  const text = [required, { whitespace: true, message: t('common.required') }, { max: 100 }];
  return (
    <Modal
      open={open}
      title={
        category
          ? st('settings.taxonomy.category.editTitle', { code: category.code })
          : st('settings.taxonomy.category.add')
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={st('settings.taxonomy.item.apply')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'taxonomy-category-apply' }}
      destroyOnHidden
      data-testid="taxonomy-category-modal"
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={problems.map((p) => (
            <div key={p.path}>
              <Typography.Text code>{p.field ?? p.path}</Typography.Text> {p.message}
            </div>
          ))}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(v) => onApply({ code: v.code.trim(), name: v.name.trim(), nameEn: v.nameEn.trim() })}
      >
        {codeEditable ? (
          <Form.Item
            name="code"
            label={st('settings.taxonomy.code')}
            extra={st('settings.taxonomy.category.codeRule')}
            rules={[
              required,
              { pattern: CATEGORY_CODE_PATTERN, message: st('settings.taxonomy.codeInvalid') },
              {
                validator: (_r, c: string | undefined) =>
                  c && taken.has(c)
                    ? Promise.reject(new Error(st('settings.taxonomy.codeTaken', { code: c })))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input autoComplete="off" data-testid="taxonomy-category-code" />
          </Form.Item>
        ) : (
          <Form.Item
            label={st('settings.taxonomy.code')}
            extra={st('settings.taxonomy.item.codeFixed')}
            required
          >
            <Typography.Text code>{category.code}</Typography.Text>
          </Form.Item>
        )}
        <Form.Item name="name" label={st('settings.taxonomy.name')} rules={text}>
          <Input data-testid="taxonomy-category-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={st('settings.taxonomy.nameEn')} rules={text}>
          <Input data-testid="taxonomy-category-name-en" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
