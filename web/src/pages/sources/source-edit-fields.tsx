/**
 * The fields of a source shared by the register form and the edit action: name, address, risk
 * level, inspection period, department, and the type's own attributes (core SOURCE_ATTRIBUTES).
 */
import {
  DEFAULT_INSPECTION_EVERY_DAYS,
  MAX_INSPECTION_EVERY_DAYS,
  RISK_LEVELS,
  SOURCE_ATTRIBUTES,
  isSourceType,
  type RiskLevel,
} from '@envgrid/core';
import { Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Switch, Typography } from 'antd';
import { useDepartments } from '../../api/reference-data.ts';
import type { Source, SourceAttributeValues, SourceEdit } from '../../api/source-types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSourceNames } from './use-source-names.ts';

export interface EditValues {
  name?: string;
  address?: string;
  riskLevel?: RiskLevel;
  inspectionEveryDays?: number | null;
  departmentId?: string | null;
  attributes?: Record<string, string | boolean | undefined>;
}

export function editInitial(s: Source): EditValues {
  return {
    name: s.name,
    address: s.address ?? undefined,
    riskLevel: s.riskLevel,
    inspectionEveryDays: s.inspectionEveryDays,
    departmentId: s.departmentId,
    attributes: { ...s.attributes },
  };
}

/** Attributes without the empty ones (every attribute is optional). */
export function cleanAttributes(a: EditValues['attributes']): SourceAttributeValues {
  const out: SourceAttributeValues = {};
  for (const [k, v] of Object.entries(a ?? {})) {
    if (typeof v === 'boolean') out[k] = v;
    else if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  }
  return out;
}

export function editBody(v: EditValues): SourceEdit {
  return {
    name: v.name?.trim(),
    address: v.address?.trim() || undefined,
    riskLevel: v.riskLevel,
    inspectionEveryDays: v.inspectionEveryDays ?? undefined,
    departmentId: v.departmentId ?? undefined,
    attributes: cleanAttributes(v.attributes),
  };
}

export function SourceEditFields({ type }: { type: string | undefined }) {
  const t = useT();
  const names = useSourceNames();
  const departments = useDepartments();
  const required = { required: true, message: t('common.required') };
  const attrs = type && isSourceType(type) ? SOURCE_ATTRIBUTES[type] : [];
  return (
    <>
      <Form.Item name="name" label={t('sources.field.name')} rules={[required, { max: 200 }]}>
        <Input data-testid="source-name" />
      </Form.Item>
      <Form.Item name="address" label={t('sources.field.address')} rules={[{ max: 300 }]}>
        <Input data-testid="source-address" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="riskLevel" label={t('sources.field.riskLevel')} rules={[required]}>
            <Radio.Group
              optionType="button"
              data-testid="source-risk"
              options={RISK_LEVELS.map((r) => ({ value: r, label: names.riskName(r) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="inspectionEveryDays"
            label={t('sources.field.inspectionEveryDays')}
            extra={t('sources.field.inspectionEveryDaysHint', DEFAULT_INSPECTION_EVERY_DAYS)}
          >
            <InputNumber min={1} max={MAX_INSPECTION_EVERY_DAYS} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="departmentId" label={t('sources.field.department')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={departments.loading}
          options={(departments.data ?? [])
            .filter((d) => d.active)
            .map((d) => ({ value: d.id, label: d.name }))}
          data-testid="source-department"
        />
      </Form.Item>
      {attrs.length > 0 && (
        <>
          <Divider titlePlacement="start" plain style={{ margin: '4px 0 12px' }}>
            {t('sources.field.attributes')}
          </Divider>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('sources.form.attributesHint')}
          </Typography.Paragraph>
          <Row gutter={12}>
            {attrs.map((a) => (
              <Col xs={24} sm={12} key={a.key}>
                <Form.Item
                  name={['attributes', a.key]}
                  label={a[names.lang]}
                  valuePropName={a.kind === 'boolean' ? 'checked' : 'value'}
                  rules={a.kind === 'text' ? [{ max: a.maxLength ?? 100 }] : []}
                >
                  {a.kind === 'boolean' ? (
                    <Switch data-testid={`source-attr-${a.key}`} />
                  ) : a.kind === 'date' ? (
                    <Input type="date" data-testid={`source-attr-${a.key}`} />
                  ) : (
                    <Input maxLength={a.maxLength ?? 100} data-testid={`source-attr-${a.key}`} />
                  )}
                </Form.Item>
              </Col>
            ))}
          </Row>
        </>
      )}
    </>
  );
}
