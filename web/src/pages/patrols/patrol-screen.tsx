/**
 * 巡查 (a supervisor) / 稽查 (an auditor) on a phone: start, the live track on the map, the grids
 * visited so far, the sources to inspect nearby, end. The track itself is kept by the page-wide
 * {@link patrolTracker}, so it goes on while a report is filled in from a source.
 */
import { CloudUploadOutlined, StopOutlined } from '@ant-design/icons';
import { patrolKindFor } from '@envgrid/core';
import { Alert, App, Button, Card, Col, Flex, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LngLat } from '../../api/case-types.ts';
import { toApiError } from '../../api/client.ts';
import type { Patrol } from '../../api/patrol-types.ts';
import { patrolsApi } from '../../api/patrols-api.ts';
import type { Source } from '../../api/source-types.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { GridCollection } from '../../api/territory-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime, useMeta } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { OverlayMap } from '../../components/overlay-map.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { NearbySources } from './nearby-sources.tsx';
import { formatDistance } from './patrol-format.ts';
import { patrolTracker } from './patrol-tracker.ts';

const tracker = () => patrolTracker((id, points) => patrolsApi.sendPoints(id, points));

export function PatrolScreen() {
  const t = useT();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const time = useBusinessTime();
  const meta = useMeta();
  const audit = patrolKindFor(me.user) === 'audit';
  useDocumentTitle(audit ? t('patrol.titleAudit') : t('patrol.title'));
  const tr = tracker();
  const snap = useSyncExternalStore(tr.subscribe, tr.getSnapshot);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  // A patrol left running (another tab, a reload without storage): the server knows.
  const mine = useApi(snap.patrolId ? null : 'patrols:mine-active', (signal) =>
    patrolsApi.list({ user: me.user.id, limit: 5 }, signal),
  );
  const serverActive = mine.data?.items.find((p) => p.status === 'active' && p.userId === me.user.id);
  const patrolId = snap.patrolId ?? serverActive?.id ?? null;
  const patrolQ = useApi(patrolId ? `patrol:${patrolId}` : null, (signal) =>
    patrolsApi.get(patrolId!, signal),
  );
  const patrol: Patrol | undefined = patrolQ.data?.id === patrolId ? patrolQ.data : undefined;
  const { reload: reloadPatrol } = patrolQ;

  // Resume tracking a patrol that is still running; forget one that has ended or is not ours.
  useEffect(() => {
    if (patrol?.status === 'active' && patrol.userId === me.user.id) tr.begin(patrol.id);
    else if (patrol && snap.patrolId === patrol.id) tr.finish();
  }, [patrol, me.user.id, snap.patrolId, tr]);
  useEffect(() => {
    const code = patrolQ.error?.code;
    if (snap.patrolId && (code === 'NOT_FOUND' || code === 'FORBIDDEN')) tr.finish();
  }, [patrolQ.error, snap.patrolId, tr]);
  // Every accepted batch may have entered a new grid.
  useEffect(() => {
    if (snap.sentSeq > 0) reloadPatrol();
  }, [snap.sentSeq, reloadPatrol]);

  const street = me.user.scope.kind === 'street' ? me.user.scope.code : null;
  const gridsQ = useApi(`grids:${street ?? 'all'}`, (signal) => territoryApi.grids({ street }, signal), {
    staleTime: 300_000,
  });
  const visited = useMemo(() => patrol?.gridsVisited ?? [], [patrol]);
  const inspectGrids = useMemo(() => [...new Set([...me.grids, ...visited])].sort(), [me.grids, visited]);
  const shownGrids = useMemo<GridCollection | null>(() => {
    if (!gridsQ.data) return null;
    const keep = new Set(inspectGrids);
    if (keep.size === 0) return null;
    return { ...gridsQ.data, features: gridsQ.data.features.filter((f) => keep.has(f.properties.code)) };
  }, [gridsQ.data, inspectGrids]);
  const sourcesQ = useApi(
    patrol && inspectGrids.length ? `patrol-sources:${inspectGrids.join(',')}` : null,
    (signal) => sourcesApi.inGrids(inspectGrids.slice(0, 40), ['active', 'rectifying'], signal),
  );

  const track = useMemo<LngLat[]>(
    () => [...(patrol?.track ?? []).filter((p) => !p.flagged), ...snap.pending],
    [patrol?.track, snap.pending],
  );
  const visitedSet = useMemo(() => new Set(visited), [visited]);
  const paint = useCallback(
    (code: string) =>
      visitedSet.has(code) ? { fill: '#1677ff', opacity: 0.35 } : { fill: '#0f7b6c', opacity: 0.08 },
    [visitedSet],
  );
  const markers = useMemo(
    () =>
      (sourcesQ.data ?? []).map((s) => ({
        id: s.id,
        lng: s.location.lng,
        lat: s.location.lat,
        color: s.repeatOffender ? '#cf1322' : '#fa8c16',
        emphasis: s.repeatOffender,
        label: s.name,
      })),
    [sourcesQ.data],
  );

  const start = async () => {
    setError(null);
    setBusy('start');
    try {
      const p = await patrolsApi.start();
      tr.begin(p.id);
      reloadPatrol();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const end = () => {
    if (!patrol) return;
    modal.confirm({
      title: t('patrol.endConfirm'),
      okText: t('patrol.end'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'patrol-end-confirm' } },
      onOk: async () => {
        setError(null);
        await tr.flush();
        try {
          const done = await patrolsApi.end(patrol.id);
          tr.finish();
          void message.success(
            t('patrol.ended', {
              grids: done.gridsVisited?.length ?? visited.length,
              distance: formatDistance(done.distanceM ?? 0, t),
            }),
          );
          reloadPatrol();
          mine.reload();
        } catch (err) {
          setError(err);
        }
      },
    });
  };

  const inspectNormal = async (s: Source) => {
    if (!patrol) return;
    setBusy(s.id);
    setError(null);
    try {
      await tr.flush();
      await patrolsApi.inspect(patrol.id, { sourceId: s.id, result: 'normal' });
      void message.success(
        t('patrol.inspectSaved', { name: s.name, result: t('sources.inspection.normal') }),
      );
      reloadPatrol();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const inspectProblem = (s: Source) => {
    if (!patrol) return;
    void tr.flush();
    navigate(`/cases/new?sourceId=${encodeURIComponent(s.id)}&patrolId=${encodeURIComponent(patrol.id)}`);
  };

  const running = patrol?.status === 'active';
  const title = audit ? t('patrol.titleAudit') : t('patrol.title');

  if (!running) {
    return (
      <Card title={title} data-testid="page-patrol">
        <ApiErrorAlert error={error ?? mine.error} />
        <Typography.Paragraph type="secondary">{t('patrol.startHint')}</Typography.Paragraph>
        <Button
          type="primary"
          size="large"
          block
          onClick={start}
          loading={busy === 'start' || (!!patrolId && patrolQ.loading)}
          data-testid="patrol-start"
        >
          {audit ? t('patrol.startAudit') : t('patrol.start')}
        </Button>
      </Card>
    );
  }

  const geoProblem =
    snap.error === 'no-geolocation'
      ? t('patrol.noGeolocation')
      : snap.error && snap.error !== 'offline'
        ? t('patrol.geoError', { reason: snap.error })
        : null;

  return (
    <Flex vertical gap={12} data-testid="page-patrol" data-patrol-id={patrol.id}>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Space>
            <Tag color="processing" data-testid="patrol-running">
              {audit ? t('patrol.titleAudit') : t('patrol.running')}
            </Tag>
            <Typography.Text type="secondary">
              {t('patrol.startedAt', { time: time.time(patrol.startedAt) })}
            </Typography.Text>
          </Space>
          <Space>
            <Button
              icon={<CloudUploadOutlined />}
              onClick={() => void tr.flush()}
              loading={snap.sending}
              data-testid="patrol-flush"
            >
              {t('patrol.flush')}
            </Button>
            <Button danger icon={<StopOutlined />} onClick={end} data-testid="patrol-end">
              {t('patrol.end')}
            </Button>
          </Space>
        </Flex>
        <Row gutter={8} style={{ marginTop: 8 }}>
          <Col span={8}>
            <Statistic title={t('patrol.distance')} value={formatDistance(patrol.distanceM, t)} />
          </Col>
          <Col span={8}>
            <Statistic title={t('patrol.gridsVisited')} value={visited.length} />
          </Col>
          <Col span={8}>
            <Statistic
              title={t('patrol.pendingLabel')}
              value={snap.pending.length}
              valueStyle={{ color: snap.pending.length ? '#d46b08' : undefined }}
            />
          </Col>
        </Row>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="patrol-counts">
          {t('patrol.points', { sent: patrol.pointCount })}
          {patrol.flaggedCount > 0 && ` · ${t('patrol.flagged', { count: patrol.flaggedCount })}`}
        </Typography.Text>
      </Card>
      {snap.error === 'offline' && <Alert type="warning" showIcon title={t('patrol.offline')} />}
      {geoProblem && <Alert type="error" showIcon title={geoProblem} data-testid="patrol-geo-error" />}
      {!snap.position && !geoProblem && <Alert type="info" showIcon title={t('patrol.waitingFix')} />}
      <ApiErrorAlert error={error ? toApiError(error) : patrolQ.error} />
      <Card size="small" styles={{ body: { padding: 8 } }}>
        <OverlayMap
          grids={shownGrids}
          paint={paint}
          paintKey={visited.join(',')}
          track={track}
          position={snap.position}
          markers={markers}
          onMarkerClick={(id) => navigate(`/sources/${id}`)}
          tileUrl={meta?.tileUrl ?? ''}
          height={300}
          follow
          testId="patrol-map"
        />
        <Flex wrap gap={4} style={{ marginTop: 8 }} data-testid="patrol-grids">
          {visited.length === 0 ? (
            <Typography.Text type="secondary">{t('patrol.noGridsYet')}</Typography.Text>
          ) : (
            visited.map((g) => (
              <Tag key={g} color="blue" style={{ fontFamily: 'monospace' }} data-testid={`patrol-grid-${g}`}>
                {g}
              </Tag>
            ))
          )}
        </Flex>
      </Card>
      <NearbySources
        sources={sourcesQ.data ?? []}
        position={snap.position}
        inspections={patrol.inspections ?? []}
        loading={sourcesQ.loading}
        busy={busy}
        onNormal={(s) => void inspectNormal(s)}
        onProblem={inspectProblem}
      />
    </Flex>
  );
}
