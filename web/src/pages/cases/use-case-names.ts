/** Names of case states, actions, steps, urgencies, levels and items in the current language. */
import {
  CASE_ACTION_INFO,
  CASE_LEVEL_NAMES,
  CASE_STATUS_INFO,
  CASE_URGENCY_NAMES,
  PLAN_STEP_NAMES,
  isCaseAction,
  isCaseLevel,
  isCaseStatus,
  isCaseUrgency,
  type PlanStep,
} from '@envgrid/core';
import { useCallback, useMemo } from 'react';
import { useTaxonomy } from '../../api/taxonomy-data.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function useCaseNames() {
  const { locale } = useI18n();
  const { index } = useTaxonomy();
  const lang: 'en' | 'zh' = locale === 'en' ? 'en' : 'zh';

  const itemName = useCallback(
    (code: string) => {
      const item = index.itemByCode.get(code);
      if (!item) return code;
      return lang === 'en' ? item.nameEn || item.name : item.name;
    },
    [index, lang],
  );

  return useMemo(
    () => ({
      lang: lang as 'en' | 'zh',
      taxonomy: index,
      itemName,
      statusName: (s: string) => (isCaseStatus(s) ? CASE_STATUS_INFO[s][lang] : s),
      actionName: (a: string) => (a === 'report' || isCaseAction(a) ? CASE_ACTION_INFO[a][lang] : a),
      urgencyName: (u: string) => (isCaseUrgency(u) ? CASE_URGENCY_NAMES[u][lang] : u),
      levelName: (l: string) => (isCaseLevel(l) ? CASE_LEVEL_NAMES[l][lang] : l),
      stepName: (s: PlanStep) => PLAN_STEP_NAMES[s][lang],
    }),
    [lang, index, itemName],
  );
}

export type CaseNames = ReturnType<typeof useCaseNames>;
