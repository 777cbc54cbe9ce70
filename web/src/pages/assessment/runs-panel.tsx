/** Assessment runs: a leader freezes a period (month, quarter, year or custom); everyone reading lists the runs. */
import { can } from '@envgrid/core';
import { App, Button, DatePicker, Flex, Popconfirm, Segmented, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { assessmentsApi } from '../../api/assessments-api.ts';
import type { AssessmentRunSummary, PeriodKind } from '../../api/assessments-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert, errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { calendarPeriod, type Period } from '../dashboard/period.ts';

export const KIND_LABELS: Record<PeriodKind, MessageKey> = {
  month: 'assess.run.month',
  quarter: 'assess.run.quarter',
  year: 'assess.run.year',
  custom: 'assess.run.custom',
};

function RunForm({ onDone }: { onDone: (id: string) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const today = useBusinessTime().today();
  const lastMonth = dayjs(today).subtract(1, 'month');
  const [kind, setKind] = useState<PeriodKind>('month');
  const [at, setAt] = useState<Dayjs>(lastMonth);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([lastMonth.startOf('month'), lastMonth.endOf('month')]);
  const [busy, setBusy] = useState(false);
  const period: Period =
    kind === 'custom'
      ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }
      : calendarPeriod(kind, at.format('YYYY-MM-DD'));
  const submit = async () => {
    setBusy(true);
    try {
      const run = await assessmentsApi.run({ periodKind: kind, ...period });
      void message.success(t('assess.run.done'));
      onDone(run.id);
    } catch (err) {
      void message.error(errorContent(describe(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex wrap gap={8} align="center" data-testid="assess-run-form">
      <Segmented
        value={kind}
        onChange={(v) => setKind(v as PeriodKind)}
        options={(['month', 'quarter', 'year', 'custom'] as const).map((k) => ({
          value: k,
          label: t(KIND_LABELS[k]),
        }))}
      />
      {kind === 'custom' ? (
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(r) => r?.[0] && r[1] && setRange([r[0], r[1]])}
        />
      ) : (
        <DatePicker picker={kind} allowClear={false} value={at} onChange={(d) => d && setAt(d)} />
      )}
      <Popconfirm title={t('assess.run.confirm', { ...period })} onConfirm={() => void submit()}>
        <Button type="primary" loading={busy} data-testid="assess-run-submit">
          {t('assess.run.submit')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}

export function RunStateTag({ run }: { run: AssessmentRunSummary }) {
  const t = useT();
  return run.supersededBy ? (
    <Tag data-testid={`run-superseded-${run.id}`}>{t('assess.runs.superseded')}</Tag>
  ) : (
    <Tag color="green">{t('assess.runs.current')}</Tag>
  );
}

export function RunsPanel() {
  const t = useT();
  const { user } = useMe();
  const time = useBusinessTime();
  const navigate = useNavigate();
  const runs = useApi('assessments', (signal) => assessmentsApi.list(signal));
  return (
    <Flex vertical gap={12}>
      {can(user, 'assessment.run') && <RunForm onDone={(id) => navigate(`/assessment/runs/${id}`)} />}
      <ApiErrorAlert error={runs.error} onRetry={runs.reload} />
      <Table
        size="small"
        rowKey="id"
        data-testid="assess-runs"
        loading={runs.loading}
        dataSource={runs.data ?? []}
        locale={{ emptyText: t('assess.runs.empty') }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          {
            title: t('assess.runs.period'),
            key: 'period',
            render: (_, r) => `${t(KIND_LABELS[r.periodKind] ?? 'assess.run.custom')} ${r.from} ~ ${r.to}`,
          },
          {
            title: t('assess.runs.createdAt'),
            dataIndex: 'createdAt',
            render: (v: number) => time.dateTime(v),
          },
          { title: t('assess.runs.weights'), dataIndex: 'weightsVersion', render: (v: number) => `v${v}` },
          { title: '', key: 'state', render: (_, r) => <RunStateTag run={r} /> },
          {
            title: '',
            key: 'open',
            render: (_, r) => (
              <Link to={`/assessment/runs/${r.id}`} data-testid={`run-open-${r.id}`}>
                {t('assess.runs.open')}
              </Link>
            ),
          },
        ]}
      />
    </Flex>
  );
}
