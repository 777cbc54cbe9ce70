/**
 * 咨询执法人员: the question, and where: the current position, or the case / source it was asked
 * from (/consultations/new?caseId=… or ?sourceId=…). The server finds the grid's officers.
 */
import { AimOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { LngLat } from '../../api/case-types.ts';
import { casesApi } from '../../api/cases-api.ts';
import { consultationsApi } from '../../api/consultations-api.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export function AskForm() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  useDocumentTitle(t('consult.askTitle'));
  const [params] = useSearchParams();
  const caseId = params.get('caseId');
  const sourceId = params.get('sourceId');
  const c = useApi(caseId ? `case:${caseId}` : null, (signal) => casesApi.get(caseId!, signal));
  const s = useApi(sourceId ? `source:${sourceId}` : null, (signal) => sourcesApi.get(sourceId!, signal));
  const [form] = Form.useForm<{ question: string }>();
  const [point, setPoint] = useState<LngLat | null>(null);
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const locate = () => {
    if (!navigator.geolocation) return setError(t('patrol.noGeolocation'));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setPoint({ lng: pos.coords.longitude, lat: pos.coords.latitude });
      },
      (err) => {
        setLocating(false);
        setError(t('patrol.geoError', { reason: err.message }));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const submit = async (v: { question: string }) => {
    setError(null);
    if (!point && !caseId && !sourceId) return setError(t('consult.locationRequired'));
    setSaving(true);
    try {
      const created = await consultationsApi.ask({
        question: v.question.trim(),
        location: point ?? undefined,
        caseId: caseId ?? undefined,
        sourceId: sourceId ?? undefined,
      });
      void message.success(t('consult.sent'));
      navigate(`/consultations/${created.id}`);
    } catch (err) {
      applyFieldErrors(form, err, ['question']);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const about = c.data
    ? t('consult.aboutCase', { caseNo: c.data.caseNo })
    : s.data
      ? t('consult.aboutSource', { name: s.data.name })
      : null;
  return (
    <Card title={t('consult.askTitle')} data-testid="page-consult-ask">
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item
          name="question"
          label={t('consult.question')}
          rules={[{ required: true, message: t('common.required') }, { max: 2000 }]}
        >
          <Input.TextArea
            rows={5}
            showCount
            maxLength={2000}
            placeholder={t('consult.questionHint')}
            data-testid="consult-question"
          />
        </Form.Item>
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            ...(about ? [{ key: 'about', label: t('consult.about'), children: about }] : []),
            {
              key: 'loc',
              label: t('consult.location'),
              children: (
                <>
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                    {point ? `${point.lng.toFixed(6)}, ${point.lat.toFixed(6)}` : t('consult.noLocation')}
                  </Typography.Text>
                  <Button
                    size="small"
                    icon={<AimOutlined />}
                    loading={locating}
                    onClick={locate}
                    data-testid="consult-locate"
                  >
                    {t('consult.useMyLocation')}
                  </Button>
                </>
              ),
            },
          ]}
        />
        <ApiErrorAlert error={error} testId="consult-error" />
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={saving}
          data-testid="consult-submit"
        >
          {t('consult.submit')}
        </Button>
      </Form>
    </Card>
  );
}
