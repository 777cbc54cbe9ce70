/**
 * 本单位考核: a sub-center's street or a department's own rows of each published (current) run,
 * with the rank among its peers, and 确认 to acknowledge the result.
 */
import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { assessmentsApi } from '../../api/assessments-api.ts';
import type { AssessmentRun } from '../../api/assessments-types.ts';
import type { IndicatorRow } from '../../api/indicators-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert, errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { GradeTag, indicatorName } from './indicator-table.tsx';
import { KIND_LABELS } from './runs-panel.tsx';
import { percent } from '../dashboard/period.ts';

const MAX_RUNS = 6;

/** The rows of a run that are the user's own: their street's or their department's. */
export function ownRows(run: AssessmentRun, scope: { kind: string; code: string }): IndicatorRow[] {
  const kind = scope.kind === 'street' ? 'street' : scope.kind === 'department' ? 'department' : null;
  if (!kind) return [];
  return (run.results[kind] ?? []).filter(
    (r) => r.subject.id === scope.code || r.subject.code === scope.code,
  );
}

function OwnRunCard({ id }: { id: string }) {
  const t = useT();
  const { user } = useMe();
  const time = useBusinessTime();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const run = useApi(`assessment:${id}`, (signal) => assessmentsApi.get(id, signal));
  const [busy, setBusy] = useState(false);
  const data = run.data;
  if (!data)
    return run.error ? <ApiErrorAlert error={run.error} onRetry={run.reload} /> : <Skeleton active />;
  const rows = ownRows(data, user.scope);
  if (rows.length === 0) return null;
  return (
    <>
      {rows.map((row) => {
        const ack = data.acks?.find(
          (a) => a.subjectKind === row.subject.kind && a.subjectId === row.subject.id,
        );
        const acknowledge = async () => {
          setBusy(true);
          try {
            await assessmentsApi.ack(data.id, row.subject);
            void message.success(t('assess.ackDone'));
            run.reload();
          } catch (err) {
            void message.error(errorContent(describe(err)));
          } finally {
            setBusy(false);
          }
        };
        return (
          <Card
            key={`${data.id}:${row.subject.id}`}
            size="small"
            data-testid={`own-run-${data.id}`}
            title={
              <Flex gap={8} align="center" wrap>
                {t('assess.run.detail', { from: data.from, to: data.to })}
                <Tag>{t(KIND_LABELS[data.periodKind] ?? 'assess.run.custom')}</Tag>
              </Flex>
            }
            extra={
              <Flex gap={8} align="center">
                <Link to={`/assessment/runs/${encodeURIComponent(data.id)}/report`} data-testid="own-report">
                  {t('report.open')}
                </Link>
                {ack ? (
                  <Tag color="green" icon={<CheckOutlined />} data-testid="own-acked">
                    {t('assess.acked', { at: time.dateTime(ack.at) })}
                  </Tag>
                ) : (
                  <Button
                    type="primary"
                    size="small"
                    loading={busy}
                    onClick={() => void acknowledge()}
                    data-testid="own-ack"
                  >
                    {t('assess.ack')}
                  </Button>
                )}
              </Flex>
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'subject', label: t('assess.col.subject'), children: row.subject.name },
                { key: 'score', label: t('assess.col.score'), children: row.score ?? '—' },
                { key: 'grade', label: t('assess.col.grade'), children: <GradeTag grade={row.grade} /> },
                {
                  key: 'rank',
                  label: t('dash.rank.rank'),
                  children:
                    row.rank !== null ? t('assess.own.rank', { rank: row.rank }) : t('assess.own.noRank'),
                },
                ...Object.entries(row.indicators).map(([k, v]) => ({
                  key: k,
                  label: indicatorName(t, k),
                  children: v.value === null ? '—' : v.denominator === null ? v.value : percent(v.value),
                })),
              ]}
            />
          </Card>
        );
      })}
    </>
  );
}

export function OwnAssessment() {
  const t = useT();
  const runs = useApi('assessments', (signal) => assessmentsApi.list(signal));
  const current = (runs.data ?? []).filter((r) => !r.supersededBy).slice(0, MAX_RUNS);
  return (
    <Flex vertical gap={12} data-testid="assess-own">
      <ApiErrorAlert error={runs.error} onRetry={runs.reload} />
      {runs.data && current.length === 0 && <Empty description={t('assess.own.empty')} />}
      {current.map((r) => (
        <OwnRunCard key={r.id} id={r.id} />
      ))}
    </Flex>
  );
}
