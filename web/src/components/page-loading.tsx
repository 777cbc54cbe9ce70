import { Spin } from 'antd';
import { useT } from '../i18n/i18n-context.tsx';

/** Shown while a lazy page or the session check loads. */
export function PageLoading() {
  const t = useT();
  return (
    <div className="eg-full-center" data-testid="page-loading">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}
