/** 上报问题 (信息采集): item, description, point on the map, photos, on-site resolution, hotline caller. */
import {
  CASE_URGENCIES,
  mayResolveOnSite,
  reportChannelOf,
  takesCallerContact,
  type CaseUrgency,
} from '@envgrid/core';
import { App, Button, Card, Col, Form, Input, Radio, Row, Switch, type UploadFile } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { LngLat, NewCase, ReportedCase } from '../../api/case-types.ts';
import { casesApi } from '../../api/cases-api.ts';
import { patrolsApi } from '../../api/patrols-api.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { useRegions } from '../../api/reference-data.ts';
import { useTaxonomy } from '../../api/taxonomy-data.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { GridCollection } from '../../api/territory-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useMeta } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { SourceReportHint } from '../sources/source-report-hint.tsx';
import { ItemPicker } from './item-picker.tsx';
import { LocationPicker, useLocate } from './location-picker.tsx';
import { PhotoUpload, attachmentIdsOf, uploadsPending } from './photo-upload.tsx';
import { ReportDone } from './report-done.tsx';
import { useCaseNames } from './use-case-names.ts';

interface Values {
  /** Required by the form: always there on submit. */
  itemCode: string;
  description: string;
  address?: string;
  urgency: CaseUrgency;
  photos?: UploadFile[];
  resolvedOnSite?: boolean;
  afterPhotos?: UploadFile[];
  callerName?: string;
  callerPhone?: string;
}

const FIELDS = ['itemCode', 'description', 'address', 'urgency'] as const;

export function ReportPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const names = useCaseNames();
  useDocumentTitle(t('cases.report.title'));
  const taxonomy = useTaxonomy();
  const { index: regions } = useRegions();
  const [form] = Form.useForm<Values>();
  const onSite = Form.useWatch('resolvedOnSite', form) ?? false;
  const [point, setPoint] = useState<LngLat | null>(null);
  const [photoHint, setPhotoHint] = useState<LngLat | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<ReportedCase | null>(null);
  const locate = useLocate(point);
  // Opened from a source (its page, or 巡查 "有问题" with the patrol to record the inspection on).
  const [params] = useSearchParams();
  const sourceId = params.get('sourceId');
  const patrolId = params.get('patrolId');
  const sourceQ = useApi(sourceId ? `source:${sourceId}` : null, (signal) =>
    sourcesApi.get(sourceId!, signal),
  );
  const source = sourceQ.data?.id === sourceId ? sourceQ.data : undefined;
  const [prefilled, setPrefilled] = useState<string | null>(null);
  useEffect(() => {
    if (!source || prefilled === source.id) return;
    setPrefilled(source.id);
    setPoint(source.location);
    if (source.address) form.setFieldValue('address', source.address);
  }, [source, prefilled, form]);

  // The channel, and what it allows, are core's report rules.
  const channel = reportChannelOf(me.user);
  const onPatrol = channel !== null && mayResolveOnSite(channel);
  const takesCalls = channel !== null && takesCallerContact(channel);
  const meta = useMeta();
  const street = me.user.scope.kind === 'street' ? me.user.scope.code : null;
  const streetGrids = useApi(me.grids.length > 0 && street ? `grids:${street}` : null, (signal) =>
    territoryApi.grids({ street }, signal),
  );
  const myGrids = useMemo<GridCollection | null>(() => {
    if (!streetGrids.data) return null;
    const mine = new Set(me.grids);
    return {
      ...streetGrids.data,
      features: streetGrids.data.features.filter((f) => mine.has(f.properties.code)),
    };
  }, [streetGrids.data, me.grids]);

  const pickItem = (code: string | undefined) => {
    const item = code ? taxonomy.index.itemByCode.get(code) : undefined;
    if (item) form.setFieldValue('urgency', item.defaultUrgency);
  };

  const submit = async (v: Values) => {
    setError(null);
    if (!point) return setError(t('cases.location.required'));
    if (locate.error) return setError(t('cases.location.outside'));
    if (uploadsPending(v.photos) || uploadsPending(v.afterPhotos)) return setError(t('cases.photo.pending'));
    const photos = attachmentIdsOf(v.photos);
    const after = attachmentIdsOf(v.afterPhotos);
    if (v.resolvedOnSite && (photos.length === 0 || after.length === 0))
      return setError(t('cases.report.onSitePhotos'));
    const contact = { name: v.callerName?.trim() || undefined, phone: v.callerPhone?.trim() || undefined };
    setSaving(true);
    try {
      const body: NewCase & { sourceId?: string } = {
        itemCode: v.itemCode,
        description: v.description.trim(),
        location: point,
        address: v.address?.trim() || undefined,
        urgency: v.urgency,
        attachmentIds: photos.length ? photos : undefined,
        ...(onPatrol && v.resolvedOnSite ? { resolvedOnSite: true, afterAttachmentIds: after } : {}),
        ...(takesCalls && (contact.name || contact.phone) ? { reporterContact: contact } : {}),
        ...(source ? { sourceId: source.id } : {}),
      };
      const c = await casesApi.report(body);
      void message.success(t('cases.report.done', { caseNo: c.caseNo }));
      if (source && patrolId) {
        await patrolsApi.inspect(patrolId, { sourceId: source.id, result: 'problem', caseId: c.id });
        void message.success(t('sources.report.inspectionSaved'));
        navigate('/patrols');
      } else if (c.duplicateCandidates.length > 0) setCreated(c);
      else navigate(`/cases/${c.id}`);
    } catch (err) {
      applyFieldErrors(form, err, FIELDS);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  if (created) return <ReportDone created={created} />;

  const required = { required: true, message: t('common.required') };
  return (
    <Card title={t('cases.report.title')} data-testid="page-case-report">
      <ApiErrorAlert error={taxonomy.error} onRetry={taxonomy.reload} title={t('cases.taxonomyFailed')} />
      {source && (
        <SourceReportHint
          source={source}
          taxonomy={taxonomy.index}
          onPick={(code) => {
            form.setFieldValue('itemCode', code);
            pickItem(code);
          }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        initialValues={{ urgency: 'normal', resolvedOnSite: false }}
        data-testid="report-form"
      >
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="itemCode" label={t('cases.field.item')} rules={[required]}>
              <ItemPicker
                taxonomy={taxonomy.index}
                loading={taxonomy.loading}
                testId="report-item"
                onChange={pickItem}
              />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('cases.field.description')}
              rules={[required, { max: 2000 }]}
            >
              <Input.TextArea
                rows={4}
                showCount
                maxLength={2000}
                data-testid="report-description"
                placeholder={t('cases.report.descriptionHint')}
              />
            </Form.Item>
            <Form.Item name="urgency" label={t('cases.field.urgency')} rules={[required]}>
              <Radio.Group
                data-testid="report-urgency"
                optionType="button"
                options={CASE_URGENCIES.map((u) => ({ value: u, label: names.urgencyName(u) }))}
              />
            </Form.Item>
            {onPatrol && (
              <Form.Item
                name="resolvedOnSite"
                label={t('cases.report.onSite')}
                valuePropName="checked"
                extra={t('cases.report.onSiteHint')}
              >
                <Switch data-testid="report-on-site" />
              </Form.Item>
            )}
            <Form.Item
              name="photos"
              label={onSite ? t('cases.report.beforePhotos') : t('cases.report.photos')}
            >
              <PhotoUpload testId="report-photos" onLocationHint={setPhotoHint} />
            </Form.Item>
            {onPatrol && onSite && (
              <Form.Item name="afterPhotos" label={t('cases.report.afterPhotos')} rules={[required]}>
                <PhotoUpload testId="report-after-photos" />
              </Form.Item>
            )}
            {takesCalls && (
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="callerName" label={t('cases.report.callerName')} rules={[{ max: 50 }]}>
                    <Input data-testid="report-caller-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="callerPhone" label={t('cases.report.callerPhone')} rules={[{ max: 32 }]}>
                    <Input data-testid="report-caller-phone" inputMode="tel" />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('cases.field.location')} required>
              <LocationPicker
                point={point}
                onChange={setPoint}
                locate={locate}
                contextGrids={myGrids}
                photoHint={photoHint}
                regions={regions}
                tileUrl={meta?.tileUrl ?? ''}
              />
            </Form.Item>
            <Form.Item name="address" label={t('cases.field.address')} rules={[{ max: 300 }]}>
              <Input data-testid="report-address" placeholder={t('cases.report.addressHint')} />
            </Form.Item>
          </Col>
        </Row>
        <ApiErrorAlert error={error} testId="report-error" />
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          block
          data-testid="report-submit"
          size="large"
        >
          {t('cases.report.submit')}
        </Button>
      </Form>
    </Card>
  );
}
