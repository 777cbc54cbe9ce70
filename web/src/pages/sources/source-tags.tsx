/** A source's state as a coloured tag, and its repeat-offender flag (屡查屡犯). */
import { Tag, Tooltip } from 'antd';
import { isSourceStatus } from '@envgrid/core';
import { useT } from '../../i18n/i18n-context.tsx';
import { SOURCE_STATUS_COLORS, useSourceNames } from './use-source-names.ts';

export function SourceStatusTag({ status }: { status: string }) {
  const names = useSourceNames();
  return (
    <Tag
      color={isSourceStatus(status) ? SOURCE_STATUS_COLORS[status] : undefined}
      data-testid="source-status"
    >
      {names.statusName(status)}
    </Tag>
  );
}

export function RepeatTag({ count }: { count: number }) {
  const t = useT();
  return (
    <Tooltip title={t('sources.repeatHint', { count })}>
      <Tag color="red" data-testid="source-repeat">
        {t('sources.repeatTag')}
      </Tag>
    </Tooltip>
  );
}
