import { Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useBusinessTime } from '../app/business-time-context.tsx';

/**
 * A small grey "(北京时间)" next to shown times, only when the browser's clock differs from the
 * business zone (an officer abroad, a UTC test browser); the tooltip names both zones.
 */
export function ZoneHint({ style }: { style?: CSSProperties }) {
  const { hint, hintTitle } = useBusinessTime();
  if (!hint) return null;
  return (
    <Tooltip title={hintTitle}>
      <Typography.Text
        type="secondary"
        data-testid="zone-hint"
        style={{ fontSize: 12, fontWeight: 'normal', whiteSpace: 'nowrap', marginInlineStart: 4, ...style }}
      >
        ({hint})
      </Typography.Text>
    </Tooltip>
  );
}
