import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { App, Button, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../auth/auth-context.tsx';
import { BrandLogo } from '../components/brand-logo.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useT } from '../i18n/i18n-context.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { UserMenu } from './user-menu.tsx';

interface AppHeaderProps {
  mobile: boolean;
  onOpenMenu: () => void;
}

export function AppHeader({ mobile, onOpenMenu }: AppHeaderProps) {
  const t = useT();
  const { logout } = useAuth();
  const { message } = App.useApp();
  const [leaving, setLeaving] = useState(false);

  const onLogout = async () => {
    setLeaving(true);
    await logout();
    void message.success(t('user.loggedOut'));
  };

  return (
    <Layout.Header className="eg-header">
      {mobile && (
        <Button
          type="text"
          icon={<MenuOutlined />}
          onClick={onOpenMenu}
          aria-label={t('nav.openMenu')}
          data-testid="menu-open"
        />
      )}
      <div className="eg-brand">
        {mobile && <BrandLogo size={24} />}
        <Typography.Text
          className="eg-brand-title"
          style={{ fontSize: mobile ? 15 : 16 }}
          data-testid="app-title"
        >
          {mobile ? t('app.shortName') : t('app.name')}
        </Typography.Text>
      </div>
      <div className="eg-header-spacer" />
      {!mobile && <LanguageSwitch size="small" />}
      <NotificationBell compact={mobile} />
      <UserMenu compact={mobile} />
      <Button
        icon={<LogoutOutlined />}
        onClick={onLogout}
        loading={leaving}
        data-testid="logout"
        aria-label={t('user.logout')}
        type={mobile ? 'text' : 'default'}
      >
        {mobile ? null : t('user.logout')}
      </Button>
    </Layout.Header>
  );
}
