/** 督查: draw a sample of a period's closed cases (period, rate, seed) and list the runs. */
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  InputNumber,
  List,
  Progress,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { auditsApi } from '../../api/audits-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert, applyFieldErrors } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { rateOfPercent, ratePercent } from './audit-format.ts';

interface Values {
  period: [Dayjs, Dayjs];
  percent: number;
  seed?: number | null;
}

export function AuditRuns() {
  const t = useT();
  const time = useBusinessTime();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const runs = useApi('audits:runs', (signal) => auditsApi.list(signal));
  const today = dayjs(time.today());

  const submit = async (v: Values) => {
    setError(null);
    setSaving(true);
    try {
      const run = await auditsApi.create({
        from: v.period[0].format('YYYY-MM-DD'),
        to: v.period[1].format('YYYY-MM-DD'),
        rate: rateOfPercent(v.percent),
        ...(v.seed !== undefined && v.seed !== null ? { seed: v.seed } : {}),
      });
      void message.success(t('audits.run.created', { count: run.sampleCount }));
      runs.reload();
      navigate(`/audits/runs/${run.id}`);
    } catch (err) {
      applyFieldErrors(form, err, ['seed']);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const items = runs.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('audits.run.create')}>
        <Typography.Paragraph type="secondary">{t('audits.run.createHint')}</Typography.Paragraph>
        <Form
          form={form}
          layout="inline"
          onFinish={submit}
          initialValues={{
            period: [today.subtract(1, 'month').date(1), today.date(1).subtract(1, 'day')],
            percent: 10,
          }}
          data-testid="audit-run-form"
          style={{ rowGap: 8 }}
        >
          <Form.Item
            name="period"
            label={t('audits.run.period')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker.RangePicker allowClear={false} data-testid="audit-run-period" />
          </Form.Item>
          <Form.Item
            name="percent"
            label={t('audits.run.rate')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber min={0.1} max={100} step={5} style={{ width: 100 }} data-testid="audit-run-rate" />
          </Form.Item>
          <Form.Item name="seed" label={t('audits.run.seed')} tooltip={t('audits.run.seedHint')}>
            <InputNumber
              min={0}
              max={2147483647}
              precision={0}
              style={{ width: 150 }}
              placeholder={t('audits.run.seedHint')}
              data-testid="audit-run-seed"
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="audit-run-submit">
              {t('audits.run.submit')}
            </Button>
          </Form.Item>
        </Form>
        <ApiErrorAlert error={error} testId="audit-run-error" />
      </Card>
      <Card size="small" title={t('audits.run.list')}>
        <ApiErrorAlert error={runs.error} onRetry={runs.reload} />
        {!runs.loading && items.length === 0 ? (
          <Empty description={t('audits.run.empty')} />
        ) : (
          <List
            loading={runs.loading && items.length === 0}
            dataSource={items}
            rowKey="id"
            renderItem={(r) => (
              <List.Item data-testid={`audit-run-${r.id}`}>
                <Flex vertical style={{ width: '100%' }} gap={2}>
                  <Link to={`/audits/runs/${r.id}`}>
                    <Typography.Text strong>
                      {t('audits.run.summary', {
                        from: r.from,
                        to: r.to,
                        rate: ratePercent(r.rate),
                        seed: r.seed,
                      })}
                    </Typography.Text>
                  </Link>
                  <Progress
                    percent={r.sampleCount ? Math.round((r.checkedCount / r.sampleCount) * 100) : 100}
                    size="small"
                    status={r.failedCount > 0 ? 'exception' : undefined}
                    format={() => `${r.checkedCount}/${r.sampleCount}`}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('audits.run.progress', {
                      checked: r.checkedCount,
                      total: r.sampleCount,
                      failed: r.failedCount,
                    })}{' '}
                    · {t('audits.run.by', { name: r.createdByName ?? '', time: time.dateTime(r.createdAt) })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
