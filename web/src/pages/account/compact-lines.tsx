import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * Label–value pairs as small grey lines, for tables that show one stacked cell per row on phones
 * (the account page, login lockouts) instead of columns that would scroll sideways.
 */
export function CompactLines({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <div style={{ marginTop: 4 }}>
      {items.map(([label, value]) => (
        <div key={label} style={{ fontSize: 12, lineHeight: '20px' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label}
          </Typography.Text>{' '}
          <Typography.Text style={{ fontSize: 12 }}>{value}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
