/** 稽查发现: the problems auditors found that the grid's supervisor had not reported (漏报), by period and street. */
import { Alert, Button, DatePicker, Empty, Flex, List, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { can } from '@envgrid/core';
import { auditsApi } from '../../api/audits-api.ts';
import { useRegions } from '../../api/reference-data.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useCaseNames } from '../cases/use-case-names.ts';
import { presetPeriod, type Period } from '../coverage/coverage-period.ts';

export function AuditFindings() {
  const t = useT();
  const time = useBusinessTime();
  const names = useCaseNames();
  const { user } = useMe();
  const { index: regions } = useRegions();
  const [period, setPeriod] = useState<Period>(() => presetPeriod('month', time.now()));
  const [street, setStreet] = useState<string | undefined>();
  const list = useApi(`audits:findings:${period.from}:${period.to}:${street ?? ''}`, (signal) =>
    auditsApi.findings({ ...period, street }, signal),
  );
  const items = list.data?.items ?? [];
  return (
    <Flex vertical gap={12} data-testid="audit-findings">
      <Alert type="info" showIcon message={t('audits.findings.hint')} />
      <Flex wrap gap={8} justify="space-between">
        <Flex wrap gap={8}>
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(period.from), dayjs(period.to)]}
            onChange={(v) =>
              v?.[0] && v[1] && setPeriod({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })
            }
            data-testid="findings-period"
          />
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('audits.findings.allStreets')}
            value={street}
            onChange={(v?: string) => setStreet(v)}
            options={(regions?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
            data-testid="findings-street"
          />
        </Flex>
        {can(user, 'cases.report') && (
          <Flex wrap gap={8}>
            <Link to="/patrols">
              <Button>{t('audits.findings.patrol')}</Button>
            </Link>
            <Link to="/audits/findings/new">
              <Button type="primary" data-testid="finding-new">
                {t('audits.findings.record')}
              </Button>
            </Link>
          </Flex>
        )}
      </Flex>
      <ApiErrorAlert error={list.error} onRetry={list.reload} />
      {!list.loading && items.length === 0 ? (
        <Empty description={t('audits.findings.empty')} />
      ) : (
        <List
          loading={list.loading && items.length === 0}
          dataSource={items}
          rowKey="caseId"
          renderItem={(f) => (
            <List.Item data-testid={`finding-${f.caseNo}`}>
              <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
                <Flex justify="space-between" gap={8}>
                  <Link to={`/cases/${f.caseId}`} style={{ minWidth: 0 }}>
                    <Typography.Text strong ellipsis>
                      {f.caseNo} · {names.itemName(f.itemCode)}
                    </Typography.Text>
                  </Link>
                  <Tag>{names.statusName(f.status)}</Tag>
                </Flex>
                <Typography.Text ellipsis>{f.description}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {time.shortDateTime(f.reportedAt)} · {regions?.nameOf(f.streetCode) ?? f.streetCode} ·{' '}
                  {f.gridCode} · {t('audits.findings.reporter')} {f.reporterName ?? ''}
                </Typography.Text>
                <span>
                  <Tag color="volcano" data-testid="finding-supervisor">
                    {t('audits.findings.supervisor')}: {f.supervisorName ?? t('common.none')}
                  </Tag>
                </span>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
