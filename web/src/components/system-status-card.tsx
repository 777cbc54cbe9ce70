import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Descriptions, Tooltip } from 'antd';
import { systemApi } from '../api/system-api.ts';
import type { Meta, Readiness } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { useT } from '../i18n/i18n-context.tsx';

interface SystemStatus {
  readiness: Readiness | null;
  meta: Meta | null;
}

async function loadStatus(signal: AbortSignal): Promise<SystemStatus> {
  // /readyz answers 503 with the same body when not ready: that is a status, not a failure.
  const [readiness, meta] = await Promise.allSettled([systemApi.readiness(signal), systemApi.meta(signal)]);
  return {
    readiness: readiness.status === 'fulfilled' ? readiness.value : null,
    meta: meta.status === 'fulfilled' ? meta.value : null,
  };
}

const ENGINE_NAMES: Record<string, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** Readiness (/readyz) and build facts (/api/v1/meta) of the server. */
export function SystemStatusCard() {
  const t = useT();
  const { data, loading, reload } = useApi('system-status', loadStatus);
  const r = data?.readiness ?? null;
  const meta = data?.meta ?? null;

  const overall = !data ? null : !r ? 'error' : r.ready ? 'success' : 'warning';
  const overallText =
    overall === 'success'
      ? t('status.ready')
      : overall === 'warning'
        ? t('status.notReady')
        : t('status.unreachable');

  return (
    <Card
      title={t('status.title')}
      loading={!data && loading}
      data-testid="system-status"
      extra={
        <Tooltip title={t('status.refresh')}>
          <Button
            type="text"
            size="small"
            icon={<ReloadOutlined spin={loading && !!data} />}
            onClick={reload}
            aria-label={t('status.refresh')}
          />
        </Tooltip>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'overall',
            label: t('status.title'),
            children: (
              <Badge status={overall ?? 'default'} text={overallText} data-testid="system-status-overall" />
            ),
          },
          {
            key: 'database',
            label: t('status.database'),
            children: r ? (
              <Badge
                status={r.database === 'ok' ? 'success' : 'error'}
                text={r.database === 'ok' ? t('status.databaseOk') : t('status.databaseDown')}
              />
            ) : (
              '—'
            ),
          },
          {
            key: 'engine',
            label: t('status.engine'),
            children: meta ? (ENGINE_NAMES[meta.engine] ?? meta.engine) : '—',
          },
          {
            key: 'version',
            label: t('status.version'),
            children: meta ? `${meta.name} ${meta.version}` : '—',
          },
          { key: 'tz', label: t('status.timeZone'), children: meta?.businessTimeZone ?? '—' },
          {
            key: 'tiles',
            label: t('status.tiles'),
            children: meta ? (meta.tileUrl ? t('status.tilesOn') : t('status.tilesOff')) : '—',
          },
          ...(r && r.pendingMigrations.length > 0
            ? [
                {
                  key: 'migrations',
                  label: t('status.pendingMigrations'),
                  children: r.pendingMigrations.join(', '),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
