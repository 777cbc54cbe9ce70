/** 登记污染源: type, the common fields, the type's own attributes and the location on the map. */
import { SOURCE_TYPES, type SourceType } from '@envgrid/core';
import { App, Button, Card, Col, Form, Row, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LngLat } from '../../api/case-types.ts';
import { useRegions } from '../../api/reference-data.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { useMeta } from '../../app/business-time-context.tsx';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { LocationPicker, useLocate } from '../cases/location-picker.tsx';
import { SourceEditFields, editBody, type EditValues } from './source-edit-fields.tsx';
import { useSourceNames } from './use-source-names.ts';

interface Values extends EditValues {
  type: SourceType;
}

const FIELDS = ['type', 'name', 'address', 'riskLevel', 'inspectionEveryDays', 'departmentId'] as const;

export function SourceFormPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const names = useSourceNames();
  const meta = useMeta();
  const { index: regions } = useRegions();
  useDocumentTitle(t('sources.form.title'));
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form);
  const [point, setPoint] = useState<LngLat | null>(null);
  const locate = useLocate(point);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: Values) => {
    setError(null);
    if (!point) return setError(t('sources.form.locationRequired'));
    setSaving(true);
    try {
      const e = editBody(v);
      const s = await sourcesApi.create({
        type: v.type,
        name: e.name ?? '',
        address: e.address,
        location: point,
        departmentId: e.departmentId,
        riskLevel: v.riskLevel ?? 'general',
        inspectionEveryDays: e.inspectionEveryDays,
        attributes: e.attributes,
      });
      void message.success(t('sources.form.done', { name: s.name }));
      navigate(`/sources/${s.id}`);
    } catch (err) {
      applyFieldErrors(form, err, FIELDS);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('sources.form.title')} data-testid="page-source-form">
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        initialValues={{ riskLevel: 'general' }}
      >
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item
              name="type"
              label={t('sources.field.type')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                options={SOURCE_TYPES.map((s) => ({ value: s, label: names.typeName(s) }))}
                onChange={() => form.setFieldValue('attributes', {})}
                data-testid="source-type"
              />
            </Form.Item>
            <SourceEditFields type={type} />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('sources.field.location')} required>
              <LocationPicker
                point={point}
                onChange={setPoint}
                locate={locate}
                contextGrids={null}
                photoHint={null}
                regions={regions}
                tileUrl={meta?.tileUrl ?? ''}
              />
            </Form.Item>
          </Col>
        </Row>
        <ApiErrorAlert error={error} testId="source-form-error" />
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={saving}
          data-testid="source-submit"
        >
          {t('sources.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
