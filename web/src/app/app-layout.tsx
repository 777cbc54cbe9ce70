import { Drawer, Layout } from 'antd';
import { Suspense, useCallback, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { BrandLogo } from '../components/brand-logo.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { useIsMobile } from '../components/use-media-query.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { AppHeader } from './app-header.tsx';
import { NavMenu } from './nav-menu.tsx';
import { LiveQueryInvalidation } from '../api/live-query-invalidation.tsx';

const COLLAPSED_KEY = 'envgrid.sider.collapsed';

function storedCollapsed(): boolean {
  try {
    return window.localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** The signed-in frame: menu (sider on desktop, drawer on phones), header, and the page. */
export function AppLayout() {
  const t = useT();
  const mobile = useIsMobile();
  const [collapsed, setCollapsed] = useState(storedCollapsed);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const onCollapse = (value: boolean) => {
    setCollapsed(value);
    try {
      window.localStorage.setItem(COLLAPSED_KEY, value ? '1' : '0');
    } catch {
      // Not remembered; fine.
    }
  };
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <LiveQueryInvalidation />
      {!mobile && (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={onCollapse}
          width={224}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
          data-testid="app-sider"
        >
          <div className="eg-sider-brand" title={t('app.name')}>
            <BrandLogo size={28} />
            {!collapsed && (
              <span
                style={{
                  color: '#fff',
                  fontWeight: 600,
                  fontSize: 16,
                  marginInlineStart: 10,
                  whiteSpace: 'nowrap',
                }}
              >
                {t('app.shortName')}
              </span>
            )}
          </div>
          <NavMenu theme="dark" />
        </Layout.Sider>
      )}
      {mobile && (
        <Drawer
          open={drawerOpen}
          onClose={closeDrawer}
          placement="left"
          size={272}
          title={
            <span className="eg-brand">
              <BrandLogo size={24} />
              <span className="eg-brand-title">{t('app.shortName')}</span>
            </span>
          }
          extra={<LanguageSwitch size="small" />}
          styles={{ body: { padding: 0 } }}
          data-testid="menu-drawer"
        >
          <NavMenu theme="light" onNavigate={closeDrawer} />
        </Drawer>
      )}
      <Layout>
        <AppHeader mobile={mobile} onOpenMenu={() => setDrawerOpen(true)} />
        <Layout.Content className="eg-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
