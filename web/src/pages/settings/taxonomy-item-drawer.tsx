/** Edit one item of the taxonomy (or add one to a category); changes go to the page's draft. */
import {
  CASE_LEVELS,
  CASE_URGENCIES,
  SOURCE_TYPES,
  type CaseLevel,
  type CaseUrgency,
  type Duration,
} from '@envgrid/core';
import { Alert, Button, Drawer, Form, Input, Radio, Select, Space, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import type { Department } from '../../api/types.ts';
import { useIsMobile } from '../../components/use-media-query.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { DurationInput, durationRule, MAX_ITEM_LIMIT_MINUTES } from './duration-input.tsx';
import { levelName, sourceTypeName, urgencyName } from './settings-format.ts';
import type { TaxonomyItem } from './settings-types.ts';
import { codesInUse, type DraftCategory, type DraftItem, type PlacedProblem } from './taxonomy-draft.ts';
import { useLang, useSettingsT } from './use-settings-t.ts';

interface ItemValues {
  word: string;
  name: string;
  nameEn: string;
  hint?: string;
  hintEn?: string;
  defaultDepartmentCode?: string;
  defaultLevel: CaseLevel;
  defaultUrgency: CaseUrgency;
  handleLimitNormal: Partial<Duration>;
  sourceType?: string | null;
  proposesSource: boolean;
  retired: boolean;
}

const WORD = /^[a-z][a-z0-9_]{0,47}$/;
const FORM_FIELDS = new Set([
  'name',
  'nameEn',
  'hint',
  'hintEn',
  'defaultDepartmentCode',
  'defaultLevel',
  'defaultUrgency',
  'handleLimitNormal',
  'sourceType',
  'proposesSource',
  'retired',
]);

interface TaxonomyItemDrawerProps {
  open: boolean;
  category: DraftCategory | undefined;
  /** The item to edit; absent to add one. */
  item: DraftItem | undefined;
  draft: readonly DraftCategory[];
  departments: readonly Department[];
  problems: readonly PlacedProblem[];
  onClose: () => void;
  onApply: (item: TaxonomyItem) => void;
}

export function TaxonomyItemDrawer(props: TaxonomyItemDrawerProps) {
  const { open, category, item, draft, departments, problems, onClose, onApply } = props;
  const t = useT();
  const st = useSettingsT();
  const lang = useLang();
  const mobile = useIsMobile();
  const [form] = Form.useForm<ItemValues>();
  const proposesSource = Form.useWatch('proposesSource', form);
  const prefix = `${category?.code ?? ''}.`;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      item
        ? {
            word: item.code.startsWith(prefix) ? item.code.slice(prefix.length) : item.code,
            name: item.name,
            nameEn: item.nameEn,
            hint: item.hint ?? '',
            hintEn: item.hintEn ?? '',
            defaultDepartmentCode: item.defaultDepartmentCode,
            defaultLevel: item.defaultLevel,
            defaultUrgency: item.defaultUrgency,
            handleLimitNormal: { ...item.handleLimitNormal },
            sourceType: item.sourceType,
            proposesSource: !!item.proposesSource,
            retired: !!item.retired,
          }
        : {
            word: '',
            name: '',
            nameEn: '',
            defaultLevel: 'district',
            defaultUrgency: 'normal',
            handleLimitNormal: { amount: 1, unit: 'day', basis: 'working' },
            sourceType: null,
            proposesSource: false,
            retired: false,
          },
    );
  }, [open, item, prefix, form]);

  // The server's problems go on their fields once the fields exist (after the drawer opened).
  const showProblems = () => {
    const fields = problems
      .filter((p) => p.field && (FORM_FIELDS.has(p.field) || (p.field === 'code' && item?.isNew)))
      .map((p) => ({ name: p.field === 'code' ? 'word' : p.field!, errors: [p.message] }));
    if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
  };

  const isNew = !item || item.isNew;
  const taken = codesInUse(draft, item?.key);
  const other = problems.filter(
    (p) => !p.field || !(FORM_FIELDS.has(p.field) || (p.field === 'code' && isNew)),
  );

  const apply = (v: ItemValues) => {
    const d = v.handleLimitNormal as Duration;
    onApply({
      code: isNew ? `${prefix}${v.word.trim()}` : item.code,
      name: v.name.trim(),
      nameEn: v.nameEn.trim(),
      ...(v.hint?.trim() ? { hint: v.hint.trim() } : {}),
      ...(v.hintEn?.trim() ? { hintEn: v.hintEn.trim() } : {}),
      defaultDepartmentCode: v.defaultDepartmentCode ?? '',
      defaultLevel: v.defaultLevel,
      defaultUrgency: v.defaultUrgency,
      handleLimitNormal: { amount: d.amount, unit: d.unit, basis: d.basis },
      sourceType: (v.sourceType ?? null) as TaxonomyItem['sourceType'],
      ...(v.proposesSource ? { proposesSource: true } : {}),
      ...(v.retired ? { retired: true } : {}),
    });
  };

  const required = { required: true, message: t('common.required') };
  const text = (max: number) => [required, { whitespace: true, message: t('common.required') }, { max }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 560}
      destroyOnHidden
      afterOpenChange={(visible) => visible && showProblems()}
      title={
        item
          ? st('settings.taxonomy.item.editTitle', { code: item.code })
          : st('settings.taxonomy.item.addTitle', { name: category?.name ?? '' })
      }
      data-testid="taxonomy-item-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()} data-testid="taxonomy-item-apply">
            {st('settings.taxonomy.item.apply')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{st('settings.taxonomy.item.applyNote')}</Typography.Paragraph>
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={st('settings.taxonomy.problems.title', { count: other.length })}
          description={other.map((p) => (
            <div key={p.path}>
              <Typography.Text code>{p.field ?? p.path}</Typography.Text> {p.message}
            </div>
          ))}
        />
      )}
      <Form form={form} layout="vertical" onFinish={apply} requiredMark="optional">
        {isNew ? (
          <Form.Item
            name="word"
            label={st('settings.taxonomy.code')}
            extra={st('settings.taxonomy.item.codeRule', { prefix })}
            rules={[
              required,
              { pattern: WORD, message: st('settings.taxonomy.codeInvalid') },
              {
                validator: (_r, w: string | undefined) =>
                  w && taken.has(`${prefix}${w}`)
                    ? Promise.reject(new Error(st('settings.taxonomy.codeTaken', { code: `${prefix}${w}` })))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input
              prefix={<Typography.Text type="secondary">{prefix}</Typography.Text>}
              autoComplete="off"
              data-testid="taxonomy-item-code"
            />
          </Form.Item>
        ) : (
          <Form.Item
            label={st('settings.taxonomy.code')}
            extra={st('settings.taxonomy.item.codeFixed')}
            required
          >
            <Typography.Text code data-testid="taxonomy-item-code-fixed">
              {item.code}
            </Typography.Text>
          </Form.Item>
        )}
        <Form.Item name="name" label={st('settings.taxonomy.name')} rules={text(100)}>
          <Input data-testid="taxonomy-item-name" />
        </Form.Item>
        <Form.Item name="nameEn" label={st('settings.taxonomy.nameEn')} rules={text(100)}>
          <Input data-testid="taxonomy-item-name-en" />
        </Form.Item>
        <Form.Item name="hint" label={st('settings.taxonomy.hint')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="taxonomy-item-hint" />
        </Form.Item>
        <Form.Item name="hintEn" label={st('settings.taxonomy.hintEn')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="taxonomy-item-hint-en" />
        </Form.Item>
        <Form.Item name="defaultDepartmentCode" label={st('settings.taxonomy.department')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="taxonomy-item-department"
            options={departments.map((d) => ({
              value: d.code,
              label: `${d.name} (${d.code})${d.active ? '' : ` · ${st('settings.taxonomy.departmentInactive')}`}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="defaultLevel" label={st('settings.taxonomy.level')} rules={[required]}>
          <Radio.Group
            optionType="button"
            data-testid="taxonomy-item-level"
            options={CASE_LEVELS.map((l) => ({ value: l, label: levelName(l, lang) }))}
          />
        </Form.Item>
        <Form.Item name="defaultUrgency" label={st('settings.taxonomy.urgency')} rules={[required]}>
          <Radio.Group
            optionType="button"
            data-testid="taxonomy-item-urgency"
            options={CASE_URGENCIES.map((u) => ({ value: u, label: urgencyName(u, lang) }))}
          />
        </Form.Item>
        <Form.Item
          name="handleLimitNormal"
          label={st('settings.taxonomy.limit')}
          required
          extra={st('settings.taxonomy.item.limitNote')}
          rules={[durationRule(st, { maxMinutes: MAX_ITEM_LIMIT_MINUTES })]}
        >
          <DurationInput testId="taxonomy-item-limit" />
        </Form.Item>
        <Form.Item
          name="sourceType"
          label={st('settings.taxonomy.sourceType')}
          dependencies={['proposesSource']}
          rules={[
            {
              validator: (_r, v: string | null | undefined) =>
                proposesSource && !v
                  ? Promise.reject(new Error(st('settings.taxonomy.item.sourceNeeded')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Select
            allowClear
            placeholder={st('settings.taxonomy.sourceNone')}
            data-testid="taxonomy-item-source-type"
            onClear={() => form.setFieldValue('sourceType', null)}
            options={SOURCE_TYPES.map((s) => ({ value: s, label: sourceTypeName(s, lang) }))}
          />
        </Form.Item>
        <Form.Item
          name="proposesSource"
          label={st('settings.taxonomy.proposesSource')}
          valuePropName="checked"
          extra={st('settings.taxonomy.item.proposesNote')}
        >
          <Switch data-testid="taxonomy-item-proposes" />
        </Form.Item>
        <Form.Item
          name="retired"
          label={st('settings.taxonomy.retired')}
          valuePropName="checked"
          extra={st('settings.taxonomy.item.retiredNote')}
        >
          <Switch data-testid="taxonomy-item-retired" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
