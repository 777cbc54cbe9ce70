/** The case list as a table (desktop): one row per case, click to open. */
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Case } from '../../api/case-types.ts';
import type { RegionIndex } from '../../api/reference-data.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { CaseLight, LevelTag, StatusTag, UrgencyTag } from './case-tags.tsx';
import { useCaseNames } from './use-case-names.ts';

export interface CaseListViewProps {
  items: Case[];
  loading: boolean;
  regions: RegionIndex | undefined;
}

export function CaseTable({ items, loading, regions }: CaseListViewProps) {
  const t = useT();
  const { dateTime } = useBusinessTime();
  const names = useCaseNames();
  const navigate = useNavigate();
  return (
    <Table<Case>
      rowKey="id"
      size="middle"
      data-testid="cases-table"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 1040 }}
      rowClassName={() => 'eg-clickable-row'}
      onRow={(c) =>
        ({
          onClick: () => navigate(`/cases/${c.id}`),
          'data-testid': `case-row-${c.caseNo}`,
          'data-case-id': c.id,
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'caseNo',
          title: t('cases.field.caseNo'),
          width: 150,
          render: (_v, c) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              <Typography.Link>{c.caseNo}</Typography.Link>
              {c.supervised && (
                <Tag color="red" style={{ marginInlineStart: 6 }}>
                  {t('cases.supervisedTag')}
                </Tag>
              )}
            </span>
          ),
        },
        {
          key: 'item',
          title: t('cases.field.item'),
          render: (_v, c) => (
            <Tooltip title={c.description}>
              <span>{names.itemName(c.itemCode)}</span>
            </Tooltip>
          ),
        },
        {
          key: 'status',
          title: t('cases.field.status'),
          width: 100,
          render: (_v, c) => <StatusTag status={c.status} />,
        },
        {
          key: 'urgency',
          title: t('cases.field.urgency'),
          width: 80,
          render: (_v, c) => <UrgencyTag urgency={c.urgency} />,
        },
        {
          key: 'level',
          title: t('cases.field.level'),
          width: 90,
          render: (_v, c) => <LevelTag level={c.level} />,
        },
        {
          key: 'place',
          title: t('cases.field.place'),
          width: 170,
          render: (_v, c) => (
            <span>
              {regions?.nameOf(c.streetCode) ?? c.streetCode}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.gridCode}
              </Typography.Text>
            </span>
          ),
        },
        { key: 'light', title: t('cases.field.light'), width: 170, render: (_v, c) => <CaseLight c={c} /> },
        {
          key: 'createdAt',
          title: (
            <>
              {t('cases.field.createdAt')}
              <ZoneHint />
            </>
          ),
          width: 150,
          render: (_v, c) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(c.createdAt)}</span>,
        },
      ]}
    />
  );
}
