/**
 * Messages of the settings pages (taxonomy, time limits, calendar) in the current language.
 * The dictionaries live in i18n/*-settings.ts; this hook reads them directly so the pages work
 * whether or not they are merged into the main dictionaries yet.
 */
import { useMemo } from 'react';
import { format, useI18n, type TranslateParams } from '../../i18n/i18n-context.tsx';
import { enSettings } from '../../i18n/en-settings.ts';
import { zhCNSettings } from '../../i18n/zh-CN-settings.ts';

export type SettingsKey = keyof typeof zhCNSettings;
export type SettingsT = (key: SettingsKey, params?: TranslateParams) => string;

export function useSettingsT(): SettingsT {
  const { locale } = useI18n();
  return useMemo(() => {
    const dict: Record<SettingsKey, string> = locale === 'en' ? enSettings : zhCNSettings;
    return (key, params) => format(dict[key], params);
  }, [locale]);
}

/** 'zh' or 'en', for the bilingual name tables of @envgrid/core. */
export function useLang(): 'zh' | 'en' {
  return useI18n().locale === 'en' ? 'en' : 'zh';
}
