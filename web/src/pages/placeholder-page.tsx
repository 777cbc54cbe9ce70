import { ToolOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../components/use-document-title.ts';
import type { NavIcon } from '../app/navigation.ts';
import { useT } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';

interface PlaceholderPageProps {
  /** The page's name in the navigation. */
  title: MessageKey;
  icon?: NavIcon;
}

/** Stands in for a workbench page that a later release delivers. */
export function PlaceholderPage({ title, icon: Icon = ToolOutlined }: PlaceholderPageProps) {
  const t = useT();
  const name = t(title);
  useDocumentTitle(name);
  return (
    <Card data-testid="page-placeholder">
      <Result
        icon={<Icon style={{ color: '#0f7b6c' }} />}
        title={t('placeholder.title', { page: name })}
        subTitle={t('placeholder.subtitle')}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    </Card>
  );
}
