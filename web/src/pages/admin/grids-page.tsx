/** 网格管理: unit grids with their supervisors; staff changes, GeoJSON import and export. */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { can } from '@envgrid/core';
import { Button, Card, Checkbox, Dropdown, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useRegions } from '../../api/reference-data.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { GridProperties, ImportKind, UserSummary } from '../../api/territory-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { StreetName, UserLabel } from '../../components/grid-facts.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { GridDetailDrawer } from './grid-detail-drawer.tsx';
import { GridImportModal } from './grid-import-modal.tsx';

const EXPORT_KINDS: ImportKind[] = ['grid', 'community', 'street'];
const EXPORT_FILES: Record<ImportKind, string> = {
  grid: 'envgrid-grids.geojson',
  community: 'envgrid-communities.geojson',
  street: 'envgrid-streets.geojson',
};

function matches(g: GridProperties, needle: string): boolean {
  return (
    g.code.includes(needle) ||
    g.name.toLowerCase().includes(needle) ||
    (!!g.supervisor &&
      (g.supervisor.username.toLowerCase().includes(needle) ||
        g.supervisor.displayName.toLowerCase().includes(needle)))
  );
}

export function GridsAdminPage() {
  const t = useT();
  useDocumentTitle(t('nav.admin.grids'));
  const { user } = useMe();
  const managesGrids = can(user, 'grids.manage');
  const canFilter = user.scope.kind !== 'street';
  const [params, setParams] = useSearchParams();
  const street = (canFilter && params.get('street')) || undefined;
  const openCode = params.get('grid');
  const { index: regions } = useRegions();
  const [q, setQ] = useState('');
  const [unassignedOnly, setUnassignedOnly] = useState(false);
  const [importing, setImporting] = useState(false);

  const grids = useApi(`admin-grids:${street ?? '*'}`, (signal) => territoryApi.grids({ street }, signal));

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (grids.data?.features ?? [])
      .map((f) => f.properties)
      .filter((g) => (!needle || matches(g, needle)) && (!unassignedOnly || !g.supervisor));
  }, [grids.data, q, unassignedOnly]);

  // A sub-center cannot list users; it may still move grids among its street's current supervisors.
  const knownSupervisors = useMemo(() => {
    const seen = new Map<string, UserSummary>();
    for (const f of grids.data?.features ?? []) {
      const s = f.properties.supervisor;
      if (s) seen.set(s.id, s);
    }
    return [...seen.values()].sort((a, b) => a.username.localeCompare(b.username));
  }, [grids.data]);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: name === 'street' });
  };

  const exportItems = EXPORT_KINDS.map((kind) => ({
    key: kind,
    label: (
      <a
        href={territoryApi.exportUrl({ kind, street })}
        download={EXPORT_FILES[kind]}
        data-testid={`grid-export-${kind}`}
      >
        {t(`adminGrids.export.${kind}`)}
        {street ? ` ${t('adminGrids.exportScoped')}` : ''}
      </a>
    ),
  }));

  return (
    <Card
      title={t('nav.admin.grids')}
      data-testid="page-admin-grids"
      extra={
        <Space>
          {managesGrids && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="grid-import-open"
            >
              {t('adminGrids.import')}
            </Button>
          )}
          <Dropdown menu={{ items: exportItems }} trigger={['click']}>
            <Button icon={<DownloadOutlined />} data-testid="grid-export">
              {t('adminGrids.export')}
            </Button>
          </Dropdown>
        </Space>
      }
    >
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        {canFilter && (
          <Select
            data-testid="grids-street-filter"
            style={{ width: 180 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('map.allStreets')}
            value={street}
            onChange={(v: string | undefined) => setParam('street', v ?? null)}
            options={(regions?.streets ?? []).map((s) => ({ value: s.code, label: s.name }))}
          />
        )}
        <Input.Search
          data-testid="grids-search"
          style={{ width: 280 }}
          allowClear
          placeholder={t('adminGrids.search')}
          onSearch={setQ}
          onChange={(e) => setQ(e.target.value)}
        />
        <Checkbox
          checked={unassignedOnly}
          onChange={(e) => setUnassignedOnly(e.target.checked)}
          data-testid="grids-unassigned"
        >
          {t('adminGrids.unassignedOnly')}
        </Checkbox>
      </Flex>
      <ApiErrorAlert error={grids.error} onRetry={grids.reload} />
      <Table<GridProperties>
        rowKey="code"
        size="middle"
        data-testid="grids-table"
        loading={grids.loading}
        dataSource={rows}
        scroll={{ x: 1000 }}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('adminGrids.total', { total }),
        }}
        onRow={(g) => ({ 'data-testid': `grid-row-${g.code}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'code',
            title: t('grid.code'),
            width: 170,
            sorter: (a, b) => a.code.localeCompare(b.code),
            render: (_v, g) => <Typography.Text code>{g.code}</Typography.Text>,
          },
          { key: 'name', title: t('grid.name'), dataIndex: 'name', width: 250, ellipsis: true },
          {
            key: 'community',
            title: t('grid.community'),
            width: 150,
            render: (_v, g) => regions?.nameOf(g.communityCode) ?? g.communityCode,
          },
          {
            key: 'street',
            title: t('grid.street'),
            width: 150,
            render: (_v, g) => <StreetName code={g.streetCode} regions={regions} />,
          },
          {
            key: 'supervisor',
            title: t('grid.supervisor'),
            width: 200,
            render: (_v, g) =>
              g.supervisor ? (
                <UserLabel user={g.supervisor} />
              ) : (
                <Tag color="warning">{t('grid.noSupervisor')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 130,
            fixed: 'right',
            render: (_v, g) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setParam('grid', g.code)}
                  data-testid="grid-open"
                >
                  {t('adminGrids.detail')}
                </Button>
                <Link to={`/map?grid=${g.code}`}>
                  <Button type="link" size="small">
                    {t('adminGrids.showOnMap')}
                  </Button>
                </Link>
              </Space>
            ),
          },
        ]}
      />
      <GridDetailDrawer
        code={openCode}
        canPick={managesGrids}
        knownSupervisors={knownSupervisors}
        onClose={() => setParam('grid', null)}
        onChanged={grids.reload}
      />
      <GridImportModal open={importing} onClose={() => setImporting(false)} onImported={grids.reload} />
    </Card>
  );
}
