/** The workbench card of a grid officer: the consultations waiting for their answer. */
import { Card } from 'antd';
import { Link } from 'react-router-dom';
import { consultationsApi } from '../../api/consultations-api.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { ConsultationItems, inboxOrder } from './consultation-list.tsx';

export function HomeConsultations() {
  const t = useT();
  const open = useApi('consultations:open:home', (signal) =>
    consultationsApi.list({ status: 'open', limit: 20 }, signal),
  );
  return (
    <Card
      title={t('consult.homeTitle')}
      extra={<Link to="/consultations">{t('consult.homeAll')}</Link>}
      data-testid="home-consultations"
    >
      <ApiErrorAlert error={open.error} onRetry={open.reload} />
      <ConsultationItems items={inboxOrder(open.data?.items ?? [])} loading={open.loading} />
    </Card>
  );
}
