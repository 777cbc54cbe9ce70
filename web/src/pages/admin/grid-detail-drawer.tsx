/** One grid: its facts, responsible supervisor, officers, and the history of assignments. */
import { EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Drawer, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useRegions } from '../../api/reference-data.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { GridAssignment, GridDetail, UserSummary } from '../../api/territory-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { GridFacts, UserLabel } from '../../components/grid-facts.tsx';
import { useIsMobile } from '../../components/use-media-query.ts';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { GridOfficersEditor, GridSupervisorEditor } from './grid-staff-editor.tsx';

interface GridDetailDrawerProps {
  code: string | null;
  /** Admins pick people; others (a street sub-center) see the assignments read-only. */
  canPick: boolean;
  /** Supervisors of the listed grids, offered to those who cannot list users. */
  knownSupervisors?: UserSummary[];
  onClose: () => void;
  /** After a change of staff (the list's supervisor column is stale then). */
  onChanged: () => void;
}

function HistoryTable({ assignments }: { assignments: GridAssignment[] }) {
  const { t, roleName } = useI18n();
  const { dateTime } = useBusinessTime();
  const when = (ms: number) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(ms)}</span>;
  return (
    <Table<GridAssignment>
      rowKey="id"
      size="small"
      data-testid="grid-history"
      dataSource={assignments}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('gridDetail.noHistory') }}
      columns={[
        {
          key: 'role',
          title: t('gridDetail.role'),
          render: (_v, a) => <Tag color={a.role === 'supervisor' ? 'green' : 'cyan'}>{roleName(a.role)}</Tag>,
        },
        { key: 'user', title: t('gridDetail.user'), render: (_v, a) => <UserLabel user={a.user} /> },
        { key: 'startsAt', title: t('gridDetail.startsAt'), render: (_v, a) => when(a.startsAt) },
        {
          key: 'endsAt',
          title: t('gridDetail.endsAt'),
          render: (_v, a) =>
            a.endsAt === null ? <Tag color="processing">{t('gridDetail.current')}</Tag> : when(a.endsAt),
        },
      ]}
    />
  );
}

export function GridDetailDrawer({
  code,
  canPick,
  knownSupervisors,
  onClose,
  onChanged,
}: GridDetailDrawerProps) {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const { index: regions } = useRegions();
  const loaded = useApi(code ? `grid-detail:${code}` : null, (signal) => territoryApi.grid(code!, signal));
  // The answer of the last change, which is newer than what was loaded.
  const [changed, setChanged] = useState<GridDetail | null>(null);
  const detail =
    changed && changed.grid.properties.code === code
      ? changed
      : loaded.data?.grid.properties.code === code
        ? loaded.data
        : undefined;

  const close = () => {
    setChanged(null);
    onClose();
  };

  const update = (next: GridDetail) => {
    setChanged(next);
    onChanged();
  };

  return (
    <Drawer
      open={!!code}
      onClose={close}
      size={mobile ? '100%' : 640}
      title={code ? t('gridDetail.title', { code }) : ''}
      data-testid="grid-detail"
      extra={
        code && (
          <Link to={`/map?grid=${code}`}>
            <Button size="small" icon={<EnvironmentOutlined />} data-testid="grid-detail-map">
              {t('adminGrids.showOnMap')}
            </Button>
          </Link>
        )
      }
    >
      <ApiErrorAlert error={loaded.error} onRetry={loaded.reload} />
      {!detail ? (
        !loaded.error && <Skeleton active />
      ) : (
        <>
          <Typography.Title level={5}>{t('gridDetail.basic')}</Typography.Title>
          <GridFacts grid={detail.grid.properties} regions={regions} />
          {!canPick && (
            <Alert type="info" showIcon title={t('gridDetail.readOnly')} style={{ margin: '12px 0' }} />
          )}
          <Divider titlePlacement="start">{t('gridDetail.supervisorSection')}</Divider>
          <GridSupervisorEditor
            detail={detail}
            canPick={canPick}
            known={knownSupervisors}
            onChanged={update}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
            {canPick ? t('gridDetail.candidatesHint') : t('gridDetail.knownHint')}
          </Typography.Paragraph>
          <Divider titlePlacement="start">{t('gridDetail.officersSection')}</Divider>
          <GridOfficersEditor detail={detail} canPick={canPick} onChanged={update} />
          <Divider titlePlacement="start">
            {t('gridDetail.history')}
            <ZoneHint />
          </Divider>
          <HistoryTable assignments={detail.assignments} />
        </>
      )}
    </Drawer>
  );
}
