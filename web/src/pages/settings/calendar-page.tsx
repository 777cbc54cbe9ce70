/** 工作日历: a year's holidays and make-up workdays, the known range, and importing a year. */
import { LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { settingsApi } from '../../api/settings-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { CalendarImportPanel } from './calendar-import-panel.tsx';
import { SettingsLoading } from './settings-loading.tsx';
import type { CalendarDay } from './settings-types.ts';
import { useSettingsT } from './use-settings-t.ts';
import { HOLIDAY_STYLE, WEEKEND_STYLE, weekdayOf, WORKDAY_STYLE, YearCalendar } from './year-calendar.tsx';

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function Swatch({ look, label }: { look: { background: string; borderColor: string }; label: string }) {
  return (
    <Space size={4}>
      <span
        style={{
          display: 'inline-block',
          width: 14,
          height: 14,
          borderRadius: 3,
          background: look.background,
          border: `1px solid ${look.borderColor === 'transparent' ? '#d9d9d9' : look.borderColor}`,
        }}
      />
      <Typography.Text type="secondary">{label}</Typography.Text>
    </Space>
  );
}

export function CalendarPage() {
  const t = useT();
  const st = useSettingsT();
  useDocumentTitle(st('settings.calendar.title'));
  const { now, today } = useBusinessTime();
  const [year, setYear] = useState(() => now().year());
  const calendar = useApi(`settings:calendar:${year}`, (signal) => settingsApi.calendar({ year }, signal));
  const data = calendar.data?.year === year ? calendar.data : undefined;
  const weekdays = st('settings.calendar.weekdays').split(',');
  const holidays = data?.days.filter((d) => d.kind === 'holiday').length ?? 0;
  const workdays = data?.days.filter((d) => d.kind === 'workday').length ?? 0;

  const go = (y: number) => setYear(Math.min(MAX_YEAR, Math.max(MIN_YEAR, y)));

  return (
    <Card
      title={st('settings.calendar.title')}
      data-testid="page-settings-calendar"
      extra={
        <Space>
          <Button
            icon={<LeftOutlined />}
            onClick={() => go(year - 1)}
            aria-label={st('settings.calendar.prevYear')}
          />
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => d && go(d.year())}
            data-testid="calendar-year"
          />
          <Button
            icon={<RightOutlined />}
            onClick={() => go(year + 1)}
            aria-label={st('settings.calendar.nextYear')}
          />
          <Button icon={<ReloadOutlined />} onClick={calendar.reload} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <ApiErrorAlert error={calendar.error} onRetry={calendar.reload} />
      {!data ? (
        !calendar.error && <SettingsLoading />
      ) : (
        <>
          <Flex wrap gap={24} style={{ marginBottom: 12 }} data-testid="calendar-known-range">
            <Typography.Text>
              {data.firstKnownDate && data.lastKnownDate
                ? st('settings.calendar.range', { first: data.firstKnownDate, last: data.lastKnownDate })
                : st('settings.calendar.rangeNone')}
            </Typography.Text>
            <Typography.Text type="secondary">
              {st('settings.calendar.windows', {
                windows: data.windows
                  .map((w) => `${w.start}–${w.end}`)
                  .join(st('settings.limits.windowSeparator')),
                timeZone: data.timeZone,
              })}
            </Typography.Text>
          </Flex>
          {data.known ? (
            <Typography.Paragraph type="secondary" data-testid="calendar-year-summary">
              {st('settings.calendar.summary', { year, holidays, workdays })}
            </Typography.Paragraph>
          ) : (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="calendar-unknown"
              title={st('settings.calendar.unknown')}
              description={st('settings.calendar.unknownNote', { year })}
            />
          )}
          <Flex wrap gap={16} style={{ marginBottom: 16 }}>
            <Swatch look={HOLIDAY_STYLE} label={st('settings.calendar.legend.holiday')} />
            <Swatch look={WORKDAY_STYLE} label={st('settings.calendar.legend.workday')} />
            <Swatch look={WEEKEND_STYLE} label={st('settings.calendar.legend.weekend')} />
          </Flex>
          <YearCalendar year={year} days={data.days} today={today()} />
        </>
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 24 }}>
        <Col xs={24} xl={12}>
          <Card size="small" title={st('settings.calendar.list', { year })}>
            <Table<CalendarDay>
              rowKey="date"
              size="small"
              data-testid="calendar-days"
              loading={calendar.loading}
              dataSource={data?.days ?? []}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: st('settings.calendar.listEmpty') }}
              columns={[
                { key: 'date', title: st('settings.calendar.date'), dataIndex: 'date', width: 120 },
                {
                  key: 'weekday',
                  title: st('settings.calendar.weekday'),
                  width: 80,
                  render: (_v, d) => {
                    const [y, m, dd] = d.date.split('-').map(Number);
                    return weekdays[weekdayOf(y!, m!, dd!)];
                  },
                },
                {
                  key: 'kind',
                  title: st('settings.calendar.kind'),
                  width: 100,
                  render: (_v, d) => (
                    <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>
                      {st(`settings.calendar.kind.${d.kind}`)}
                    </Tag>
                  ),
                },
                { key: 'name', title: st('settings.calendar.name'), render: (_v, d) => d.name ?? '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={st('settings.calendar.import.title')}>
            <CalendarImportPanel
              defaultYear={year}
              onImported={(r) => (r.year === year ? calendar.reload() : go(r.year))}
            />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
