import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

export const BRAND_COLOR = '#0f7b6c';

const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_COLOR,
    colorInfo: BRAND_COLOR,
    borderRadius: 6,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, siderBg: '#0d2b27', triggerBg: '#0a221f' },
    Menu: {
      darkItemBg: '#0d2b27',
      darkSubMenuItemBg: '#0a221f',
      darkItemSelectedBg: BRAND_COLOR,
      itemSelectedBg: '#e3f2ef',
      itemSelectedColor: BRAND_COLOR,
    },
  },
};

/** Ant Design in the chosen language, with the envgrid theme; <AntApp> provides message/modal hooks. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
