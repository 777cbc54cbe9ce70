/** Small case badges: status, urgency, level, and the traffic light with the time left. */
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { Case } from '../../api/case-types.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { LIGHT_COLORS, STATUS_COLORS, formatDuration } from './case-format.ts';
import { useCaseNames } from './use-case-names.ts';

export function StatusTag({ status, testId }: { status: Case['status']; testId?: string }) {
  const { statusName } = useCaseNames();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {statusName(status)}
    </Tag>
  );
}

const URGENCY_COLORS: Record<string, string> = { normal: 'default', urgent: 'orange', critical: 'red' };

export function UrgencyTag({ urgency }: { urgency: string }) {
  const { urgencyName } = useCaseNames();
  return <Tag color={URGENCY_COLORS[urgency] ?? 'default'}>{urgencyName(urgency)}</Tag>;
}

const LEVEL_COLORS: Record<string, string> = { grid: 'green', street: 'purple', district: 'blue' };

export function LevelTag({ level }: { level: string }) {
  const { levelName } = useCaseNames();
  return <Tag color={LEVEL_COLORS[level] ?? 'default'}>{levelName(level)}</Tag>;
}

export function LightDot({ light, size = 10 }: { light: Case['light']; size?: number }) {
  if (!light) return null;
  return (
    <span
      className="eg-light-dot"
      data-light={light}
      style={{ width: size, height: size, background: LIGHT_COLORS[light] }}
    />
  );
}

/** Coloured dot + time left on the running step (or "已超时"); nothing when no clock runs. */
export function CaseLight({
  c,
}: {
  c: Pick<Case, 'light' | 'overdue' | 'remainingMs' | 'deadline' | 'suspended'>;
}) {
  const t = useT();
  const { dateTime, hint } = useBusinessTime();
  if (!c.light || c.remainingMs === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = c.overdue
    ? t('cases.light.overdueBy', { time: formatDuration(c.remainingMs, t) })
    : t('cases.light.remaining', { time: formatDuration(c.remainingMs, t) });
  return (
    <Tooltip
      title={
        c.deadline
          ? t('cases.light.deadline', {
              time: hint ? `${dateTime(c.deadline)} (${hint})` : dateTime(c.deadline),
            })
          : undefined
      }
    >
      <Space size={6} style={{ whiteSpace: 'nowrap' }} data-testid="case-light" data-light={c.light}>
        <LightDot light={c.light} />
        <Typography.Text type={c.overdue ? 'danger' : undefined}>{text}</Typography.Text>
        {c.suspended && <Tag>{t('cases.suspendedTag')}</Tag>}
      </Space>
    </Tooltip>
  );
}
