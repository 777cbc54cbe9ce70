/**
 * Formatting shared by the case pages: durations, status colours, a ticking clock. Instants
 * (deadlines, event times) are shown through useBusinessTime() in the business time zone.
 */
import type { CaseStatus } from '@envgrid/core';
import { useEffect, useState } from 'react';
import type { Translate } from '../../i18n/i18n-context.tsx';

/** "3小时20分" / "3 h 20 min"; days only for long natural spans. */
export function formatDuration(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days >= 3) return t('cases.duration.dh', { d: days, h: hours });
  const totalHours = days * 24 + hours;
  if (totalHours > 0) return t('cases.duration.hm', { h: totalHours, m: mins });
  return t('cases.duration.m', { m: mins });
}

export const STATUS_COLORS: Record<CaseStatus, string> = {
  pending_verification: 'gold',
  reported: 'orange',
  filed: 'blue',
  dispatched: 'cyan',
  suspended: 'purple',
  pending_check: 'geekblue',
  pending_close: 'lime',
  closed: 'green',
  rejected: 'red',
  voided: 'default',
};

export const LIGHT_COLORS = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' } as const;

/** The current time, refreshed every `everyMs` (for countdowns). */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
