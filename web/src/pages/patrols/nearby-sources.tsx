/**
 * 待巡查污染源: the registered sources of the supervisor's grids (and the grids visited), nearest
 * first, each with 正常 / 有问题. "有问题" opens the report form prefilled from the source; the
 * report page records the inspection with the new case.
 */
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { LngLat } from '../../api/case-types.ts';
import type { PatrolInspection } from '../../api/patrol-types.ts';
import type { Source } from '../../api/source-types.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSourceNames } from '../sources/use-source-names.ts';
import { byDistance, formatDistance } from './patrol-format.ts';

interface NearbySourcesProps {
  sources: readonly Source[];
  position: LngLat | null;
  inspections: readonly PatrolInspection[];
  loading: boolean;
  busy: string | null;
  onNormal: (s: Source) => void;
  onProblem: (s: Source) => void;
}

export function NearbySources(props: NearbySourcesProps) {
  const { sources, position, inspections, loading, busy, onNormal, onProblem } = props;
  const t = useT();
  const names = useSourceNames();
  const time = useBusinessTime();
  const done = new Map(inspections.map((i) => [i.sourceId, i.result]));
  const list = byDistance(sources, position);
  const resultName = (r: string) =>
    r === 'problem' ? t('sources.inspection.problem') : t('sources.inspection.normal');

  return (
    <Card
      size="small"
      title={t('patrol.nearby')}
      extra={<Typography.Text type="secondary">{list.length}</Typography.Text>}
      data-testid="patrol-sources"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('patrol.nearbyHint')}
      </Typography.Paragraph>
      {list.length === 0 && !loading ? (
        <Empty description={t('patrol.noSources')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          loading={loading && list.length === 0}
          dataSource={list}
          rowKey="id"
          renderItem={(s) => {
            const result = done.get(s.id);
            return (
              <List.Item data-testid={`patrol-source-${s.id}`} style={{ display: 'block' }}>
                <Flex justify="space-between" align="start" gap={8}>
                  <div style={{ minWidth: 0 }}>
                    <Link to={`/sources/${s.id}`}>
                      <Typography.Text strong>{s.name}</Typography.Text>
                    </Link>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {names.typeName(s.type)} · {s.gridCode}
                        {s.distanceM !== null && ` · ${formatDistance(s.distanceM, t)}`}
                      </Typography.Text>
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('sources.field.lastInspected')}:{' '}
                      {s.lastInspectedAt ? time.shortDateTime(s.lastInspectedAt) : t('sources.never')}
                    </Typography.Text>
                  </div>
                  <Flex vertical gap={4} align="end">
                    {s.repeatOffender && <Tag color="red">{t('sources.repeatTag')}</Tag>}
                    {result && (
                      <Tag
                        color={result === 'problem' ? 'orange' : 'green'}
                        data-testid="patrol-source-result"
                      >
                        {t('patrol.inspected', { result: resultName(result) })}
                      </Tag>
                    )}
                  </Flex>
                </Flex>
                {!result && (
                  <Flex gap={8} style={{ marginTop: 8 }}>
                    <Button
                      size="middle"
                      onClick={() => onNormal(s)}
                      loading={busy === s.id}
                      data-testid={`inspect-normal-${s.id}`}
                      style={{ flex: 1 }}
                    >
                      {t('sources.inspection.normal')}
                    </Button>
                    <Button
                      size="middle"
                      danger
                      onClick={() => onProblem(s)}
                      disabled={busy === s.id}
                      data-testid={`inspect-problem-${s.id}`}
                      style={{ flex: 1 }}
                    >
                      {t('sources.inspection.problem')}
                    </Button>
                  </Flex>
                )}
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
