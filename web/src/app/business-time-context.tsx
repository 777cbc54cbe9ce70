/**
 * Server facts loaded once for the whole app (GET /api/v1/meta is public): the business time zone
 * every time is shown in, and the map tile URL. `useBusinessTime()` gives the formatters bound to
 * that zone; until meta answers (or if it never does) the default zone, Asia/Shanghai, is used.
 */
import type { Dayjs } from 'dayjs';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { systemApi } from '../api/system-api.ts';
import type { Meta } from '../api/types.ts';
import { useT } from '../i18n/i18n-context.tsx';
import {
  DATE,
  DATE_TIME,
  DATE_TIME_SECONDS,
  DEFAULT_BUSINESS_TIME_ZONE,
  SHORT_DATE_TIME,
  TIME,
  browserTimeZone,
  differsFromBrowser,
  formatCountdown,
  formatInZone,
  isBeijingTime,
  isTimeZone,
  todayInZone,
  wallClock,
  type Instant,
} from './business-time.ts';

/** Waits before asking again when /api/v1/meta failed (the server may still be starting). */
const RETRY_DELAYS_MS = [2_000, 10_000, 30_000, 60_000];

interface MetaValue {
  meta: Meta | undefined;
  zone: string;
}

const MetaContext = createContext<MetaValue>({ meta: undefined, zone: DEFAULT_BUSINESS_TIME_ZONE });

export function MetaProvider({ children }: { children: ReactNode }) {
  const [meta, setMeta] = useState<Meta | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const load = () => {
      systemApi.meta(controller.signal, { skipAuthRedirect: true }).then(
        (m) => {
          if (!controller.signal.aborted) setMeta(m);
        },
        () => {
          const delay = RETRY_DELAYS_MS[attempt++];
          if (!controller.signal.aborted && delay !== undefined) timer = setTimeout(load, delay);
        },
      );
    };
    load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, []);

  const value = useMemo<MetaValue>(() => {
    const zone = meta?.businessTimeZone;
    return { meta, zone: isTimeZone(zone) ? zone : DEFAULT_BUSINESS_TIME_ZONE };
  }, [meta]);
  return <MetaContext.Provider value={value}>{children}</MetaContext.Provider>;
}

/** The server's /api/v1/meta answer, or undefined until it has come. */
export function useMeta(): Meta | undefined {
  return useContext(MetaContext).meta;
}

export interface BusinessTime {
  /** The IANA zone times are shown in. */
  zone: string;
  /** "北京时间" / "Beijing time" / the zone's name when the browser's clock differs from it; else null. */
  hint: string | null;
  /** A sentence for a tooltip on the hint: which zone, and the browser's own. */
  hintTitle: string;
  /** "2025-03-04 09:30" */
  dateTime: (at: Instant | null | undefined) => string;
  /** "2025-03-04 09:30:15" */
  dateTimeSeconds: (at: Instant | null | undefined) => string;
  /** "03-04 09:30" */
  shortDateTime: (at: Instant | null | undefined) => string;
  /** "2025-03-04" */
  date: (at: Instant | null | undefined) => string;
  /** "09:30" */
  time: (at: Instant | null | undefined) => string;
  /** Any dayjs pattern (no zone tokens), e.g. a dictionary's long date. */
  format: (at: Instant | null | undefined, pattern: string) => string;
  /** The business wall clock now, for reading fields (year, hour); see `wallClock`. */
  now: () => Dayjs;
  /** Today's business date, "YYYY-MM-DD". */
  today: () => string;
  /** A ticking countdown of a span: "03:04:05" / "2天 03:04:05". */
  countdown: (ms: number) => string;
}

/** Formatters that render in the business time zone, in the current language. */
export function useBusinessTime(): BusinessTime {
  const { zone } = useContext(MetaContext);
  const t = useT();
  return useMemo<BusinessTime>(() => {
    const local = browserTimeZone();
    const name = isBeijingTime(zone) ? t('time.beijing') : zone;
    const f = (pattern: string) => (at: Instant | null | undefined) => formatInZone(zone, at, pattern);
    return {
      zone,
      hint: differsFromBrowser(zone) ? name : null,
      hintTitle: t('time.zoneHintTitle', { zone: isBeijingTime(zone) ? `${name} (${zone})` : zone, local }),
      dateTime: f(DATE_TIME),
      dateTimeSeconds: f(DATE_TIME_SECONDS),
      shortDateTime: f(SHORT_DATE_TIME),
      date: f(DATE),
      time: f(TIME),
      format: (at, pattern) => formatInZone(zone, at, pattern),
      now: () => wallClock(zone),
      today: () => todayInZone(zone),
      countdown: (ms) => formatCountdown(ms, t),
    };
    // `t` is new whenever the language changes (and with it dayjs' month and weekday names).
  }, [zone, t]);
}
