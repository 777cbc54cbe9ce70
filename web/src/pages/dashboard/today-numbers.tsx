/** Today's figures (new, open, overdue, closed today) and the period's totals and rates. */
import { Card, Col, Row, Statistic } from 'antd';
import type { Dashboard } from '../../api/dashboard-types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { percent } from './period.ts';

interface Figure {
  key: string;
  label: MessageKey;
  value: number | string;
  color?: string;
}

function Figures({ figures, span }: { figures: Figure[]; span: number }) {
  return (
    <Row gutter={[12, 12]}>
      {figures.map((f) => (
        <Col key={f.key} xs={12} md={span}>
          <FigureCard figure={f} />
        </Col>
      ))}
    </Row>
  );
}

function FigureCard({ figure }: { figure: Figure }) {
  const t = useT();
  return (
    <Card size="small" data-testid={`dash-${figure.key}`}>
      <Statistic
        title={t(figure.label)}
        value={figure.value}
        styles={{ content: figure.color ? { color: figure.color } : undefined }}
      />
    </Card>
  );
}

export function TodayNumbers({ data }: { data: Dashboard }) {
  const t = useT();
  const { today, totals } = data;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('dash.today', { date: today.date })} data-testid="dash-today">
          <Figures
            span={6}
            figures={[
              { key: 'today-new', label: 'dash.today.new', value: today.new },
              { key: 'today-open', label: 'dash.today.open', value: today.open, color: '#1677ff' },
              { key: 'today-overdue', label: 'dash.today.overdue', value: today.overdue, color: '#cf1322' },
              { key: 'today-closed', label: 'dash.today.closed', value: today.closedToday, color: '#0f7b6c' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card
          size="small"
          title={t('dash.totals', { from: data.from, to: data.to })}
          data-testid="dash-totals"
        >
          <Figures
            span={4}
            figures={[
              { key: 'total-reported', label: 'dash.total.reported', value: totals.reported },
              { key: 'total-closed', label: 'dash.total.closed', value: totals.closed },
              { key: 'total-close-rate', label: 'dash.total.closeRate', value: percent(totals.closeRate) },
              { key: 'total-on-time', label: 'dash.total.onTimeRate', value: percent(totals.onTimeRate) },
              {
                key: 'total-grassroots',
                label: 'dash.total.grassrootsRate',
                value: percent(totals.grassrootsRate),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
