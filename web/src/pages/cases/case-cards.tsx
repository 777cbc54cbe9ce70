/** The case list as cards (phones): what a supervisor in the field needs at a glance. */
import { Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { CaseLight, StatusTag, UrgencyTag } from './case-tags.tsx';
import type { CaseListViewProps } from './case-table.tsx';
import { useCaseNames } from './use-case-names.ts';

export function CaseCards({ items, loading, regions }: CaseListViewProps) {
  const t = useT();
  const { dateTime } = useBusinessTime();
  const names = useCaseNames();
  if (items.length === 0)
    return loading ? <Spin style={{ display: 'block', margin: 24 }} /> : <Empty data-testid="cases-empty" />;
  return (
    <Flex vertical gap={8} data-testid="cases-cards">
      {items.map((c) => (
        <Link key={c.id} to={`/cases/${c.id}`} data-testid={`case-row-${c.caseNo}`} data-case-id={c.id}>
          <Card size="small" hoverable>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{names.itemName(c.itemCode)}</Typography.Text>
              <StatusTag status={c.status} />
            </Flex>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
              {c.description}
            </Typography.Paragraph>
            <Flex wrap justify="space-between" align="center" gap={4} style={{ fontSize: 12 }}>
              <span>
                {c.caseNo} · {regions?.nameOf(c.streetCode) ?? c.streetCode}
              </span>
              <span>
                <UrgencyTag urgency={c.urgency} />
                {c.supervised && <Tag color="red">{t('cases.supervisedTag')}</Tag>}
              </span>
            </Flex>
            <Flex justify="space-between" align="center" style={{ fontSize: 12, marginTop: 4 }}>
              {c.light ? <CaseLight c={c} /> : <span />}
              <Typography.Text type="secondary">{dateTime(c.createdAt)}</Typography.Text>
            </Flex>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}
