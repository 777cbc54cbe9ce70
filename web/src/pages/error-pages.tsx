import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useT } from '../i18n/i18n-context.tsx';

function BackHome() {
  const t = useT();
  return (
    <Link to="/">
      <Button type="primary">{t('common.backHome')}</Button>
    </Link>
  );
}

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('error.notFound.title'));
  return (
    <Result
      status="404"
      title={t('error.notFound.title')}
      subTitle={t('error.notFound.subtitle')}
      extra={<BackHome />}
      data-testid="page-not-found"
    />
  );
}

export function ForbiddenPage() {
  const t = useT();
  useDocumentTitle(t('error.forbidden.title'));
  return (
    <Result
      status="403"
      title={t('error.forbidden.title')}
      subTitle={t('error.forbidden.subtitle')}
      extra={<BackHome />}
      data-testid="page-forbidden"
    />
  );
}
