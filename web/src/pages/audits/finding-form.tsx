/**
 * 记录稽查发现: a report form for an auditor (channel `audit`, POST /api/v1/cases) prefilled for a
 * finding; the map shows the grid and its responsible supervisor, who will count a missed report.
 */
import { CASE_URGENCIES, type CaseUrgency } from '@envgrid/core';
import { Alert, App, Button, Card, Col, Form, Input, Radio, Row, type UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LngLat } from '../../api/case-types.ts';
import { casesApi } from '../../api/cases-api.ts';
import { useRegions } from '../../api/reference-data.ts';
import { useTaxonomy } from '../../api/taxonomy-data.ts';
import { territoryApi } from '../../api/territory-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useMeta } from '../../app/business-time-context.tsx';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ItemPicker } from '../cases/item-picker.tsx';
import { LocationPicker, useLocate } from '../cases/location-picker.tsx';
import { PhotoUpload, attachmentIdsOf, uploadsPending } from '../cases/photo-upload.tsx';
import { useCaseNames } from '../cases/use-case-names.ts';

interface Values {
  itemCode: string;
  description: string;
  address?: string;
  urgency: CaseUrgency;
  photos?: UploadFile[];
}

const FIELDS = ['itemCode', 'description', 'address', 'urgency'] as const;

export function FindingForm() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const names = useCaseNames();
  useDocumentTitle(t('audits.finding.title'));
  const taxonomy = useTaxonomy();
  const { index: regions } = useRegions();
  const meta = useMeta();
  const [form] = Form.useForm<Values>();
  const [point, setPoint] = useState<LngLat | null>(null);
  const [photoHint, setPhotoHint] = useState<LngLat | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const locate = useLocate(point);
  const gridCode = locate.data?.grid.code ?? null;
  const grid = useApi(gridCode ? `grid:${gridCode}` : null, (signal) => territoryApi.grid(gridCode!, signal));
  const supervisor = grid.data?.grid.properties.supervisor?.displayName;

  const submit = async (v: Values) => {
    setError(null);
    if (!point) return setError(t('cases.location.required'));
    if (locate.error) return setError(t('cases.location.outside'));
    if (uploadsPending(v.photos)) return setError(t('cases.photo.pending'));
    const photos = attachmentIdsOf(v.photos);
    setSaving(true);
    try {
      const c = await casesApi.report({
        itemCode: v.itemCode,
        description: v.description.trim(),
        location: point,
        address: v.address?.trim() || undefined,
        urgency: v.urgency,
        attachmentIds: photos.length ? photos : undefined,
      });
      void message.success(t('audits.finding.done', { caseNo: c.caseNo }));
      navigate('/audits?tab=findings');
    } catch (err) {
      applyFieldErrors(form, err, FIELDS);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Card title={t('audits.finding.title')} data-testid="page-audit-finding">
      <ApiErrorAlert error={taxonomy.error} onRetry={taxonomy.reload} title={t('cases.taxonomyFailed')} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        initialValues={{ urgency: 'normal', description: t('audits.finding.descriptionPrefix') }}
        data-testid="finding-form"
      >
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="itemCode" label={t('cases.field.item')} rules={[required]}>
              <ItemPicker
                taxonomy={taxonomy.index}
                loading={taxonomy.loading}
                testId="finding-item"
                onChange={(code) => {
                  const item = code ? taxonomy.index.itemByCode.get(code) : undefined;
                  if (item) form.setFieldValue('urgency', item.defaultUrgency);
                }}
              />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('cases.field.description')}
              rules={[required, { max: 2000 }]}
            >
              <Input.TextArea rows={4} showCount maxLength={2000} data-testid="finding-description" />
            </Form.Item>
            <Form.Item name="urgency" label={t('cases.field.urgency')} rules={[required]}>
              <Radio.Group
                optionType="button"
                options={CASE_URGENCIES.map((u) => ({ value: u, label: names.urgencyName(u) }))}
              />
            </Form.Item>
            <Form.Item name="photos" label={t('cases.report.photos')}>
              <PhotoUpload testId="finding-photos" onLocationHint={setPhotoHint} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('cases.field.location')} required>
              <LocationPicker
                point={point}
                onChange={setPoint}
                locate={locate}
                contextGrids={null}
                photoHint={photoHint}
                regions={regions}
                tileUrl={meta?.tileUrl ?? ''}
              />
            </Form.Item>
            {supervisor && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                message={t('audits.finding.missedBy', { name: supervisor })}
                data-testid="finding-missed-by"
              />
            )}
            <Form.Item name="address" label={t('cases.field.address')} rules={[{ max: 300 }]}>
              <Input data-testid="finding-address" />
            </Form.Item>
          </Col>
        </Row>
        <ApiErrorAlert error={error} testId="finding-error" />
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          block
          size="large"
          data-testid="finding-submit"
        >
          {t('audits.finding.submit')}
        </Button>
      </Form>
    </Card>
  );
}
