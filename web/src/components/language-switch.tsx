import { Segmented } from 'antd';
import { LOCALES, useI18n, type Locale } from '../i18n/i18n-context.tsx';

const SHORT: Record<Locale, string> = { 'zh-CN': '中文', en: 'EN' };

/** 中文 / EN switch; the choice is kept in localStorage. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <span data-testid="lang-switch" title={t('lang.switch')}>
      <Segmented<Locale>
        size={size}
        value={locale}
        onChange={setLocale}
        options={LOCALES.map((l) => ({ value: l, label: <span data-testid={`lang-${l}`}>{SHORT[l]}</span> }))}
      />
    </span>
  );
}
