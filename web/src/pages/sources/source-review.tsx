/**
 * 待确认污染源: the sources proposed by reports (新增污染源) awaiting intake, each with its
 * proposing report and the sources of the same type within 50 m; 审核 opens the source to
 * confirm, merge or dismiss it.
 */
import { Button, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Source } from '../../api/source-types.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSourceNames } from './use-source-names.ts';

export function SourceReview() {
  const t = useT();
  const pending = useApi('sources:pending', (signal) =>
    sourcesApi.list({ status: 'pending', limit: 100 }, signal),
  );
  const items = pending.data?.items ?? [];
  return (
    <Flex vertical gap={12} data-testid="source-review">
      <ApiErrorAlert error={pending.error} onRetry={pending.reload} />
      {!pending.data ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('sources.review.empty')} />
        </Card>
      ) : (
        items.map((s) => <ReviewCard key={s.id} s={s} />)
      )}
    </Flex>
  );
}

function ReviewCard({ s }: { s: Source }) {
  const t = useT();
  const names = useSourceNames();
  const time = useBusinessTime();
  const detail = useApi(`source:${s.id}`, (signal) => sourcesApi.get(s.id, signal));
  const d = detail.data?.id === s.id ? detail.data : undefined;
  const proposing = d?.cases.find((c) => c.id === s.proposedByCaseId);
  return (
    <Card
      size="small"
      data-testid={`review-${s.id}`}
      title={
        <Flex wrap gap={8} align="center">
          {s.name}
          <Tag>{names.typeName(s.type)}</Tag>
        </Flex>
      }
      extra={
        <Link to={`/sources/${s.id}`}>
          <Button type="primary" size="small" data-testid={`review-open-${s.id}`}>
            {t('sources.review.open')}
          </Button>
        </Link>
      }
    >
      <Typography.Text type="secondary">
        {s.address ?? ''} · {s.gridCode} · {time.dateTime(s.createdAt)}
      </Typography.Text>
      {s.proposedByCaseId && (
        <div>
          <Link to={`/cases/${s.proposedByCaseId}`} data-testid={`review-case-${s.id}`}>
            {t('sources.review.proposedBy', { caseNo: proposing?.caseNo ?? '…' })}
          </Link>
        </div>
      )}
      {d &&
        (d.possibleDuplicates.length === 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('sources.review.noDuplicates')}
          </Typography.Text>
        ) : (
          <List
            size="small"
            header={<Typography.Text strong>{t('sources.detail.duplicates')}</Typography.Text>}
            dataSource={d.possibleDuplicates}
            rowKey="id"
            renderItem={(x) => (
              <List.Item>
                <Link to={`/sources/${x.id}`}>{x.name}</Link> · {names.statusName(x.status)} ·{' '}
                {Math.round(x.distanceM)} m
              </List.Item>
            )}
          />
        ))}
    </Card>
  );
}
