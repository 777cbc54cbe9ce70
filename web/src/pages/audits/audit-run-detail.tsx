/** A 督查 run: its samples (filter by department and result), the re-check, the original and follow-up cases. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { AuditSample } from '../../api/audit-types.ts';
import { auditsApi } from '../../api/audits-api.ts';
import { useRegions } from '../../api/reference-data.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useCaseNames } from '../cases/use-case-names.ts';
import { departmentChoices, filterSamples, ratePercent, type SampleFilter } from './audit-format.ts';
import { RecheckModal } from './recheck-modal.tsx';

export function AuditRunDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const time = useBusinessTime();
  const names = useCaseNames();
  const { index: regions } = useRegions();
  useDocumentTitle(t('audits.tab.runs'));
  const run = useApi(`audits:run:${id}`, (signal) => auditsApi.get(id, signal));
  const [filter, setFilter] = useState<SampleFilter>({});
  const [open, setOpen] = useState<AuditSample | null>(null);
  const samples = useMemo(() => run.data?.samples ?? [], [run.data]);
  const shown = useMemo(() => filterSamples(samples, filter), [samples, filter]);
  const departments = useMemo(
    () => departmentChoices(samples, t('audits.sample.noDepartment')),
    [samples, t],
  );

  const resultTag = (s: AuditSample) =>
    s.result === null ? (
      <Tag>{t('audits.sample.pending')}</Tag>
    ) : (
      <Tag color={s.result === 'passed' ? 'green' : 'red'}>
        {t(s.result === 'passed' ? 'audits.recheck.passed' : 'audits.recheck.failed')}
      </Tag>
    );

  const r = run.data;
  return (
    <Card
      data-testid="page-audit-run"
      title={
        <Space>
          <Link to="/audits" aria-label={t('audits.run.back')}>
            <ArrowLeftOutlined />
          </Link>
          {r
            ? t('audits.run.summary', { from: r.from, to: r.to, rate: ratePercent(r.rate), seed: r.seed })
            : t('audits.tab.runs')}
        </Space>
      }
    >
      <ApiErrorAlert error={run.error} onRetry={run.reload} />
      {r && (
        <Typography.Paragraph type="secondary" data-testid="audit-run-progress">
          {t('audits.run.progress', { checked: r.checkedCount, total: r.sampleCount, failed: r.failedCount })}
        </Typography.Paragraph>
      )}
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('audits.sample.allDepartments')}
          value={filter.department}
          onChange={(v?: string) => setFilter((f) => ({ ...f, department: v }))}
          options={departments.map((d) => ({ value: d.value, label: `${d.label} (${d.count})` }))}
          data-testid="audit-filter-department"
        />
        <Select<SampleFilter['result']>
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('audits.sample.allResults')}
          value={filter.result}
          onChange={(v) => setFilter((f) => ({ ...f, result: v }))}
          options={[
            { value: 'pending', label: t('audits.sample.pending') },
            { value: 'passed', label: t('audits.recheck.passed') },
            { value: 'failed', label: t('audits.recheck.failed') },
          ]}
          data-testid="audit-filter-result"
        />
      </Flex>
      <Table<AuditSample>
        rowKey="id"
        size="small"
        loading={run.loading && !r}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('audits.sample.empty') }}
        onRow={(s) => ({ 'data-testid': `audit-sample-${s.caseNo}` }) as object}
        columns={[
          {
            key: 'caseNo',
            title: t('audits.sample.caseNo'),
            fixed: 'left',
            render: (_, s) => <Link to={`/cases/${s.caseId}`}>{s.caseNo}</Link>,
          },
          { key: 'item', title: t('audits.sample.item'), render: (_, s) => names.itemName(s.itemCode) },
          {
            key: 'street',
            title: t('audits.sample.street'),
            render: (_, s) => regions?.nameOf(s.streetCode) ?? s.streetCode,
          },
          {
            key: 'department',
            title: t('audits.sample.department'),
            render: (_, s) => s.departmentName ?? t('audits.sample.noDepartment'),
          },
          {
            key: 'closedAt',
            title: t('audits.sample.closedAt'),
            render: (_, s) => time.shortDateTime(s.closedAt),
          },
          { key: 'result', title: t('audits.sample.result'), render: (_, s) => resultTag(s) },
          {
            key: 'auditor',
            title: t('audits.sample.auditor'),
            render: (_, s) => (s.result ? `${s.auditorName ?? ''} ${time.shortDateTime(s.checkedAt)}` : ''),
          },
          {
            key: 'followUp',
            title: t('audits.sample.followUp'),
            render: (_, s) =>
              s.followUpCaseId ? (
                <Link to={`/cases/${s.followUpCaseId}`} data-testid="audit-follow-up">
                  {s.followUpCaseNo}
                </Link>
              ) : null,
          },
          {
            key: 'actions',
            title: t('audits.sample.actions'),
            render: (_, s) =>
              s.abilities.includes('recheck') ? (
                <Button size="small" type="primary" onClick={() => setOpen(s)} data-testid="audit-recheck">
                  {t('audits.sample.recheck')}
                </Button>
              ) : (
                s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>
              ),
          },
        ]}
      />
      {open && (
        <RecheckModal
          sample={open}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            run.reload();
          }}
        />
      )}
    </Card>
  );
}
