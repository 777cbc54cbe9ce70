/** Period presets and a custom date range, bound to a page's period filter. */
import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { PERIOD_PRESETS, type PeriodPreset } from './period.ts';
import type { PeriodFilter } from './use-period.ts';

const LABELS: Record<PeriodPreset | 'custom', MessageKey> = {
  month: 'dash.period.month',
  lastMonth: 'dash.period.lastMonth',
  quarter: 'dash.period.quarter',
  year: 'dash.period.year',
  last12: 'dash.period.last12',
  custom: 'dash.period.custom',
};

export function PeriodPicker({ filter }: { filter: PeriodFilter }) {
  const t = useT();
  return (
    <Space wrap>
      <Select
        data-testid="period-preset"
        style={{ width: 140 }}
        value={filter.preset}
        onChange={(v: PeriodPreset | 'custom') =>
          v === 'custom'
            ? filter.update({ period: null, from: filter.from, to: filter.to })
            : filter.update({ period: v, from: null, to: null })
        }
        options={[...PERIOD_PRESETS, 'custom' as const].map((p) => ({ value: p, label: t(LABELS[p]) }))}
      />
      <DatePicker.RangePicker
        data-testid="period-range"
        allowClear={false}
        value={[dayjs(filter.from), dayjs(filter.to)]}
        onChange={(range) => {
          const [a, b] = range ?? [];
          if (a && b)
            filter.update({ period: null, from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
        }}
      />
    </Space>
  );
}
