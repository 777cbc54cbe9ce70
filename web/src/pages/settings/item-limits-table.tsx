/** Per-item handling limits (read-only here: they are edited in the taxonomy), with urgent and critical worked out. */
import { limitFor, type Duration } from '@envgrid/core';
import { Table, Tag, Tooltip, Typography } from 'antd';
import { durationText } from './settings-format.ts';
import type { TaxonomyCategory, TimeLimitTable } from './settings-types.ts';
import { useLang, useSettingsT } from './use-settings-t.ts';

interface Row {
  code: string;
  name: string;
  category: string;
  retired: boolean;
  normal: Duration;
  override: boolean;
}

interface ItemLimitsTableProps {
  taxonomy: readonly TaxonomyCategory[];
  /** Effective normal limits by item (the table's own entries win over the taxonomy's). */
  byItem: Record<string, Duration>;
  overrides: Record<string, Duration>;
  /** The table as the form now stands, or null while it is incomplete. */
  preview: TimeLimitTable | null;
  workingMinutesPerDay: number;
  loading?: boolean;
}

export function ItemLimitsTable(props: ItemLimitsTableProps) {
  const { taxonomy, byItem, overrides, preview, workingMinutesPerDay, loading } = props;
  const st = useSettingsT();
  const lang = useLang();
  const rows: Row[] = taxonomy.flatMap((c) =>
    c.items.map((i) => ({
      code: i.code,
      name: lang === 'en' ? i.nameEn : i.name,
      category: lang === 'en' ? c.nameEn : c.name,
      retired: !!(i.retired || c.retired),
      normal: byItem[i.code] ?? i.handleLimitNormal,
      override: i.code in overrides,
    })),
  );
  const derived = (r: Row, urgency: 'urgent' | 'critical') => {
    if (!preview) return '—';
    try {
      const table = { ...preview, handle: { ...preview.handle, byItem: { [r.code]: r.normal } } };
      return durationText(limitFor(table, 'handle', { itemCode: r.code, urgency, workingMinutesPerDay }), st);
    } catch {
      return '—';
    }
  };
  return (
    <Table<Row>
      rowKey="code"
      size="small"
      loading={loading}
      dataSource={rows}
      data-testid="time-limits-items"
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 860 }}
      columns={[
        {
          key: 'category',
          title: st('settings.limits.items.category'),
          dataIndex: 'category',
          width: 130,
          filters: taxonomy.map((c) => ({
            text: lang === 'en' ? c.nameEn : c.name,
            value: lang === 'en' ? c.nameEn : c.name,
          })),
          onFilter: (value, r) => r.category === value,
        },
        {
          key: 'item',
          title: st('settings.limits.items.item'),
          width: 260,
          render: (_v, r) => (
            <>
              {r.name} <Typography.Text code>{r.code}</Typography.Text>
              {r.retired && <Tag style={{ marginInlineStart: 4 }}>{st('settings.taxonomy.retired')}</Tag>}
            </>
          ),
        },
        {
          key: 'normal',
          title: st('settings.limits.items.normal'),
          width: 170,
          render: (_v, r) => (
            <>
              {durationText(r.normal, st)}
              {r.override && (
                <Tooltip title={st('settings.limits.items.overrideNote')}>
                  <Tag color="orange" style={{ marginInlineStart: 4 }}>
                    {st('settings.limits.items.override')}
                  </Tag>
                </Tooltip>
              )}
            </>
          ),
        },
        {
          key: 'urgent',
          title: st('settings.limits.items.urgent'),
          width: 150,
          render: (_v, r) => derived(r, 'urgent'),
        },
        {
          key: 'critical',
          title: st('settings.limits.items.critical'),
          width: 150,
          render: (_v, r) => derived(r, 'critical'),
        },
      ]}
    />
  );
}
