/**
 * The workbench's live cards: to-do counts of the user's case queues (each opens the queue), and
 * for those who read dashboards, today's figures and the month's rates of their scope.
 */
import { RightOutlined } from '@ant-design/icons';
import { Badge, Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CaseListQuery } from '../../api/case-types.ts';
import { casesApi } from '../../api/cases-api.ts';
import { dashboardApi } from '../../api/dashboard-api.ts';
import { useLiveEvents } from '../../api/live-events.ts';
import { useApi } from '../../api/use-api.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { presetsFor, type CasePreset } from '../cases/case-list-presets.ts';
import { percent } from './period.ts';

/** Counted up to this many; more shows as "100+". */
const COUNT_LIMIT = 100;

function toQuery(p: CasePreset): CaseListQuery {
  return {
    status: p.query.status?.join(','),
    overdue: p.query.overdue,
    supervised: p.query.supervised,
    mine: p.query.mine,
    reportedByMe: p.query.reportedByMe,
  };
}

function QueueCount({ preset }: { preset: CasePreset }) {
  const t = useT();
  const query = { ...toQuery(preset), limit: COUNT_LIMIT };
  // A `case-` key: the live stream's case changes refresh it with the other case data.
  const page = useApi(`case-count:${JSON.stringify(query)}`, (signal) => casesApi.list(query, signal));
  const n = page.data?.items.length;
  const text = n === undefined ? '…' : page.data?.nextCursor ? `${n}+` : String(n);
  const urgent = preset.key === 'overdue';
  return (
    <Link to={`/cases?tab=${preset.key}`} data-testid={`work-queue-${preset.key}`} data-count={n ?? ''}>
      <Card size="small" hoverable>
        <Statistic
          title={
            <span>
              {t(preset.label)} <RightOutlined style={{ fontSize: 10 }} />
            </span>
          }
          value={text}
          styles={{ content: { color: urgent && n ? '#cf1322' : n ? '#1677ff' : undefined } }}
        />
      </Card>
    </Link>
  );
}

export function QueueCounts() {
  const t = useT();
  const { user } = useMe();
  const queues = presetsFor(user.roles).filter((p) => p.key.startsWith('queue-') || p.key === 'overdue');
  return (
    <Card title={t('work.queues')} data-testid="work-queues">
      {queues.length === 0 ? (
        <Typography.Text type="secondary">{t('work.noQueues')}</Typography.Text>
      ) : (
        <Row gutter={[12, 12]}>
          {queues.map((p) => (
            <Col key={p.key} xs={12} md={8} xl={6}>
              <QueueCount preset={p} />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

export function KeyNumbers() {
  const t = useT();
  // The dashboard's default period: this month to today.
  const dash = useApi('dashboard:workbench', (signal) => dashboardApi.get({}, signal));
  useLiveEvents(['case.changed'], dash.reload, { delayMs: 3000 });
  const d = dash.data;
  const figures: [string, string, number | string, string?][] = d
    ? [
        ['new', t('dash.today.new'), d.today.new],
        ['open', t('dash.today.open'), d.today.open, '#1677ff'],
        ['overdue', t('dash.today.overdue'), d.today.overdue, '#cf1322'],
        ['closed', t('dash.today.closed'), d.today.closedToday, '#0f7b6c'],
        ['closeRate', t('dash.total.closeRate'), percent(d.totals.closeRate)],
        ['onTime', t('dash.total.onTimeRate'), percent(d.totals.onTimeRate)],
      ]
    : [];
  const scope = d?.scope.street?.name ?? d?.scope.department?.name;
  return (
    <Card
      title={
        <span>
          {t('work.keyNumbers')} {scope && <Badge color="#0f7b6c" text={scope} />}
        </span>
      }
      loading={!d && !dash.error}
      data-testid="work-key-numbers"
      extra={
        <Link to="/dashboard" data-testid="work-open-dashboard">
          {t('work.openDashboard')}
        </Link>
      }
    >
      {d && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8, fontSize: 12 }}>
          {t('dash.totals', { from: d.from, to: d.to })}
        </Typography.Text>
      )}
      <Row gutter={[12, 12]}>
        {figures.map(([key, label, value, color]) => (
          <Col key={key} xs={8} md={4}>
            <Statistic
              title={label}
              value={value}
              styles={{ content: color ? { color } : undefined }}
              data-testid={`work-${key}`}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
