/** Before filing: the report's possible duplicates, for whoever may file or void it (from the server). */
import { Alert, List, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { Case } from '../../api/case-types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useCaseNames } from './use-case-names.ts';

export function CaseDuplicates({ c }: { c: Case }) {
  const t = useT();
  const names = useCaseNames();
  const { dateTime } = useBusinessTime();
  const list = c.duplicateCandidates ?? [];
  if (list.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="case-duplicates"
      message={t('cases.duplicates.title')}
      description={
        <>
          <div>{t('cases.duplicates.hint')}</div>
          <List
            size="small"
            dataSource={list}
            renderItem={(d) => (
              <List.Item data-testid={`case-duplicate-${d.id}`}>
                <Space wrap>
                  <Link to={`/cases/${d.id}`}>{d.caseNo}</Link>
                  <Tag>{names.statusName(d.status)}</Tag>
                  <span>{t('cases.duplicates.distance', { m: d.distanceM })}</span>
                  <span>{dateTime(d.createdAt)}</span>
                </Space>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}
