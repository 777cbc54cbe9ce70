/** Names of source types, states, risk levels, events and attributes in the current language (core's tables). */
import {
  CONSULTATION_STATUS_NAMES,
  RISK_LEVEL_NAMES,
  SOURCE_ATTRIBUTES,
  SOURCE_EVENT_NAMES,
  SOURCE_STATUS_NAMES,
  SOURCE_TYPE_NAMES,
  isConsultationStatus,
  isRiskLevel,
  isSourceStatus,
  isSourceType,
  type SourceStatus,
} from '@envgrid/core';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The colour of a source state's tag and map marker. */
export const SOURCE_STATUS_COLORS: Readonly<Record<SourceStatus, string>> = {
  pending: '#faad14',
  active: '#0f7b6c',
  rectifying: '#d4380d',
  closed: '#8c8c8c',
};

export function useSourceNames() {
  const { locale } = useI18n();
  const lang: 'en' | 'zh' = locale === 'en' ? 'en' : 'zh';
  return useMemo(
    () => ({
      lang,
      typeName: (t: string) => (isSourceType(t) ? SOURCE_TYPE_NAMES[t][lang] : t),
      statusName: (s: string) => (isSourceStatus(s) ? SOURCE_STATUS_NAMES[s][lang] : s),
      riskName: (r: string) => (isRiskLevel(r) ? RISK_LEVEL_NAMES[r][lang] : r),
      eventName: (a: string) =>
        a in SOURCE_EVENT_NAMES ? SOURCE_EVENT_NAMES[a as keyof typeof SOURCE_EVENT_NAMES][lang] : a,
      attributeLabel: (type: string, key: string) => {
        const def = isSourceType(type) ? SOURCE_ATTRIBUTES[type].find((d) => d.key === key) : undefined;
        return def ? def[lang] : key;
      },
      consultationStatusName: (s: string) =>
        isConsultationStatus(s) ? CONSULTATION_STATUS_NAMES[s][lang] : s,
    }),
    [lang],
  );
}

export type SourceNames = ReturnType<typeof useSourceNames>;
