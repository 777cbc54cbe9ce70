/**
 * A year at a glance: twelve month grids (weeks start on Monday), weekends shaded, holidays on
 * weekdays in red and make-up workdays on weekends in blue, each with its name on hover.
 */
import { Col, Row, Tooltip, Typography } from 'antd';
import type { CalendarDay } from './settings-types.ts';
import { useSettingsT } from './use-settings-t.ts';

export const HOLIDAY_STYLE = { background: '#fff1f0', color: '#cf1322', borderColor: '#ffa39e' };
export const WORKDAY_STYLE = { background: '#e6f4ff', color: '#0958d9', borderColor: '#91caff' };
export const WEEKEND_STYLE = { background: '#f5f5f5', color: 'rgba(0,0,0,0.45)', borderColor: 'transparent' };

const pad = (n: number) => String(n).padStart(2, '0');

/** Day of the week of a date, 0 = Monday … 6 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface YearCalendarProps {
  year: number;
  days: readonly CalendarDay[];
  /** Today as YYYY-MM-DD (outlined). */
  today?: string;
}

export function YearCalendar({ year, days, today }: YearCalendarProps) {
  const st = useSettingsT();
  const byDate = new Map(days.map((d) => [d.date, d]));
  const weekdays = st('settings.calendar.weekdays').split(',');
  const months = st('settings.calendar.months').split(',');
  return (
    <Row gutter={[16, 16]} data-testid="calendar-year-grid">
      {Array.from({ length: 12 }, (_, m) => m + 1).map((month) => {
        const lead = weekdayOf(year, month, 1);
        const cells: (number | null)[] = [
          ...Array<null>(lead).fill(null),
          ...Array.from({ length: daysIn(year, month) }, (_, i) => i + 1),
        ];
        return (
          <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
            <div data-testid={`calendar-month-${month}`}>
              <Typography.Text strong>{months[month - 1]}</Typography.Text>
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, marginTop: 6 }}>
                {weekdays.map((w, i) => (
                  <div key={`h${i}`} style={{ textAlign: 'center', fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
                    {w}
                  </div>
                ))}
                {cells.map((day, i) => {
                  if (day === null) return <div key={`e${i}`} />;
                  const date = `${year}-${pad(month)}-${pad(day)}`;
                  const entry = byDate.get(date);
                  const weekend = weekdayOf(year, month, day) >= 5;
                  const look = entry
                    ? entry.kind === 'holiday'
                      ? HOLIDAY_STYLE
                      : WORKDAY_STYLE
                    : weekend
                      ? WEEKEND_STYLE
                      : { background: 'transparent', color: 'inherit', borderColor: 'transparent' };
                  const cell = (
                    <div
                      key={date}
                      data-testid={`calendar-day-${date}`}
                      data-kind={entry?.kind ?? (weekend ? 'weekend' : 'weekday')}
                      style={{
                        ...look,
                        position: 'relative',
                        textAlign: 'center',
                        fontSize: 12,
                        lineHeight: '26px',
                        borderRadius: 4,
                        border: `1px solid ${date === today ? '#0f7b6c' : look.borderColor}`,
                        fontWeight: entry ? 600 : undefined,
                      }}
                    >
                      {day}
                      {entry && (
                        <span
                          style={{ position: 'absolute', top: -3, right: 1, fontSize: 9, lineHeight: '12px' }}
                        >
                          {st(
                            entry.kind === 'holiday'
                              ? 'settings.calendar.holidayMark'
                              : 'settings.calendar.workdayMark',
                          )}
                        </span>
                      )}
                    </div>
                  );
                  return entry ? (
                    <Tooltip
                      key={date}
                      title={`${date} ${st(`settings.calendar.kind.${entry.kind}`)}${entry.name ? ` · ${entry.name}` : ''}`}
                    >
                      {cell}
                    </Tooltip>
                  ) : (
                    cell
                  );
                })}
              </div>
              <MonthNames entries={days.filter((d) => d.date.startsWith(`${year}-${pad(month)}-`))} />
            </div>
          </Col>
        );
      })}
    </Row>
  );
}

/** "1–3, 5" from sorted day numbers. */
function ranges(list: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < list.length;) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++;
    out.push(j > i ? `${list[i]}–${list[j]}` : String(list[i]));
    i = j + 1;
  }
  return out.join(', ');
}

/** The named overrides of a month, grouped: "劳动节 休 1–5". */
function MonthNames({ entries }: { entries: readonly CalendarDay[] }) {
  const st = useSettingsT();
  const groups = new Map<string, { name: string; kind: CalendarDay['kind']; days: number[] }>();
  for (const e of [...entries].sort((a, b) => a.date.localeCompare(b.date))) {
    const key = `${e.kind}:${e.name ?? ''}`;
    const g = groups.get(key) ?? { name: e.name ?? '', kind: e.kind, days: [] };
    g.days.push(Number(e.date.slice(8, 10)));
    groups.set(key, g);
  }
  if (groups.size === 0) return null;
  return (
    <div style={{ marginTop: 4, fontSize: 12, lineHeight: '18px' }}>
      {[...groups.values()].map((g) => (
        <div
          key={`${g.kind}:${g.name}`}
          style={{ color: (g.kind === 'holiday' ? HOLIDAY_STYLE : WORKDAY_STYLE).color }}
        >
          {g.name || st(`settings.calendar.kind.${g.kind}`)}{' '}
          {st(g.kind === 'holiday' ? 'settings.calendar.holidayMark' : 'settings.calendar.workdayMark')}{' '}
          {ranges(g.days)}
        </div>
      ))}
    </div>
  );
}
