/** One frozen assessment run: a table per subject kind with grades and ranks, exports, acknowledgements. */
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { assessmentsApi } from '../../api/assessments-api.ts';
import { SUBJECT_KINDS, type SubjectKind } from '../../api/indicators-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { ExportButtons } from '../dashboard/export-buttons.tsx';
import { SUBJECT_LABELS } from './composite-ranking.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import { KIND_LABELS, RunStateTag } from './runs-panel.tsx';

export function RunDetail() {
  const t = useT();
  const { id = '' } = useParams();
  const run = useApi(`assessment:${id}`, (signal) => assessmentsApi.get(id, signal));
  const data = run.data?.id === id ? run.data : undefined;
  const kinds = SUBJECT_KINDS.filter((k) => (data?.results[k]?.length ?? 0) > 0);
  const [kind, setKind] = useState<SubjectKind | undefined>(undefined);
  const active = kind && kinds.includes(kind) ? kind : kinds[0];
  return (
    <Flex vertical gap={12} data-testid="page-assessment-run">
      <Link to="/assessment?tab=runs" className="eg-back-link">
        <ArrowLeftOutlined /> {t('assess.runs.back')}
      </Link>
      <ApiErrorAlert error={run.error} onRetry={run.reload} />
      {!data ? (
        !run.error && <Skeleton active />
      ) : (
        <Card
          title={
            <Flex gap={8} align="center" wrap>
              {t('assess.run.detail', { from: data.from, to: data.to })}
              <Tag>{t(KIND_LABELS[data.periodKind] ?? 'assess.run.custom')}</Tag>
              <Typography.Text type="secondary">v{data.weightsVersion}</Typography.Text>
              <RunStateTag run={data} />
              {data.acks && data.acks.length > 0 && (
                <Tag color="blue">{t('assess.ackCount', { count: data.acks.length })}</Tag>
              )}
            </Flex>
          }
          extra={
            <Flex gap={8}>
              <Link to={`/assessment/runs/${encodeURIComponent(data.id)}/report`} data-testid="run-report">
                <Button size="small" icon={<PrinterOutlined />}>
                  {t('report.open')}
                </Button>
              </Link>
              {active && (
                <ExportButtons
                  size="small"
                  testId="run-export"
                  urlOf={(f) => assessmentsApi.exportUrl(data.id, f, active)}
                />
              )}
            </Flex>
          }
        >
          <Tabs
            activeKey={active}
            onChange={(k) => setKind(k as SubjectKind)}
            items={kinds.map((k) => ({
              key: k,
              label: t(SUBJECT_LABELS[k]),
              children: <IndicatorTable rows={data.results[k] ?? []} testId={`run-table-${k}`} />,
            }))}
          />
        </Card>
      )}
    </Flex>
  );
}
