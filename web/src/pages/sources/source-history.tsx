/** A source's history (who, when, why), its cases and its inspections. */
import { Card, Empty, List, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { SourceDetail } from '../../api/source-types.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useCaseNames } from '../cases/use-case-names.ts';
import { useSourceNames } from './use-source-names.ts';

export function SourceHistory({ s }: { s: SourceDetail }) {
  const t = useT();
  const time = useBusinessTime();
  const names = useSourceNames();
  const history = [...s.history].sort((a, b) => b.seq - a.seq);
  return (
    <Card
      size="small"
      title={
        <>
          {t('sources.detail.history')}
          <ZoneHint />
        </>
      }
      data-testid="source-history"
    >
      {history.length === 0 ? (
        <Empty description={t('sources.detail.noHistory')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={history.map((h) => ({
            key: h.seq,
            content: (
              <div data-testid={`source-event-${h.action}`}>
                <Typography.Text strong>{names.eventName(h.action)}</Typography.Text>
                {h.fromStatus && h.fromStatus !== h.toStatus && (
                  <Typography.Text type="secondary">
                    {' '}
                    {names.statusName(h.fromStatus)} → {names.statusName(h.toStatus)}
                  </Typography.Text>
                )}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {time.dateTime(h.at)} · {h.actorName ?? t('common.none')}
                  </Typography.Text>
                </div>
                {h.reason && <Typography.Paragraph style={{ margin: 0 }}>{h.reason}</Typography.Paragraph>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

export function SourceCases({ s }: { s: SourceDetail }) {
  const t = useT();
  const time = useBusinessTime();
  const caseNames = useCaseNames();
  return (
    <Card size="small" title={`${t('sources.detail.cases')} (${s.cases.length})`} data-testid="source-cases">
      {s.cases.length === 0 ? (
        <Empty description={t('sources.detail.noCases')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={s.cases}
          rowKey="id"
          renderItem={(c) => (
            <List.Item extra={<Tag>{caseNames.statusName(c.status)}</Tag>}>
              <div>
                <Link to={`/cases/${c.id}`} data-testid={`source-case-${c.id}`}>
                  {c.caseNo}
                </Link>{' '}
                {caseNames.itemName(c.itemCode)}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {time.dateTime(c.createdAt)}
                    {c.closedAt ? ` → ${time.dateTime(c.closedAt)}` : ''}
                  </Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function SourceInspections({ s }: { s: SourceDetail }) {
  const t = useT();
  const time = useBusinessTime();
  return (
    <Card
      size="small"
      title={`${t('sources.detail.inspections')} (${s.inspections.length})`}
      data-testid="source-inspections"
    >
      {s.inspections.length === 0 ? (
        <Empty description={t('sources.detail.noInspections')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={s.inspections}
          rowKey="id"
          renderItem={(i) => (
            <List.Item data-testid={`source-inspection-${i.result}`}>
              <div>
                <Tag color={i.result === 'problem' ? 'orange' : 'green'}>
                  {i.result === 'problem' ? t('sources.inspection.problem') : t('sources.inspection.normal')}
                </Tag>
                <Typography.Text type="secondary">
                  {time.dateTime(i.at)} · {i.userName ?? ''}
                </Typography.Text>
                {i.caseId && (
                  <>
                    {' · '}
                    <Link to={`/cases/${i.caseId}`}>{t('sources.detail.cases')}</Link>
                  </>
                )}
                {i.note && <div>{i.note}</div>}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
