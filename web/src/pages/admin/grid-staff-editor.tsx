/** Changes a grid's responsible supervisor and its attached officers (pickers filtered by role and street). */
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { adminApi } from '../../api/admin-api.ts';
import type { AdminUser } from '../../api/admin-types.ts';
import { territoryApi } from '../../api/territory-api.ts';
import type { GridDetail, UserSummary } from '../../api/territory-types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { errorContent } from '../../components/api-error.tsx';
import { useDescribeError } from '../../components/describe-error.ts';
import { UserLabel } from '../../components/grid-facts.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

type StaffRole = 'supervisor' | 'officer';

/** Active users with the role who work in the street, then the district-wide ones. */
async function loadCandidates(role: StaffRole, street: string, signal: AbortSignal): Promise<AdminUser[]> {
  const [local, all] = await Promise.all([
    adminApi.users({ role, street, disabled: false, limit: 200 }, signal),
    adminApi.users({ role, disabled: false, limit: 200 }, signal),
  ]);
  return [...local.items, ...all.items.filter((u) => u.scope.kind === 'district')];
}

function useCandidates(role: StaffRole, street: string, enabled: boolean) {
  return useApi(enabled ? `grid-candidates:${role}:${street}` : null, (signal) =>
    loadCandidates(role, street, signal),
  );
}

type Candidate = UserSummary & { scope?: AdminUser['scope'] };

function candidateOptions(
  users: Candidate[] | undefined,
  exclude: ReadonlySet<string>,
  districtLabel: string,
) {
  return (users ?? [])
    .filter((u) => !exclude.has(u.id))
    .map((u) => ({
      value: u.id,
      label: `${u.displayName} (${u.username})${u.scope?.kind === 'district' ? ` · ${districtLabel}` : ''}`,
    }));
}

interface GridStaffEditorProps {
  detail: GridDetail;
  /** False when the actor may not list users (not an admin): read-only. */
  canPick: boolean;
  onChanged: (detail: GridDetail) => void;
}

interface GridSupervisorEditorProps extends GridStaffEditorProps {
  /**
   * Whom to offer when the user list is not available (a sub-center): the supervisors already
   * responsible for grids of the street. Omitted: read-only.
   */
  known?: UserSummary[];
}

export function GridSupervisorEditor({ detail, canPick, known, onChanged }: GridSupervisorEditorProps) {
  const t = useT();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const grid = detail.grid.properties;
  const current = grid.supervisor;
  const { date } = useBusinessTime();
  const since = detail.assignments.find((a) => a.role === 'supervisor' && a.endsAt === null)?.startsAt;
  const candidates = useCandidates('supervisor', grid.streetCode, canPick);
  const [choice, setChoice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const assign = async () => {
    if (!choice) return;
    setBusy(true);
    try {
      const next = await territoryApi.assignSupervisor(grid.code, choice);
      void message.success(t('gridDetail.saved'));
      setChoice(undefined);
      onChanged(next);
    } catch (err) {
      void message.error(errorContent(describe(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="grid-supervisor">
      <div style={{ marginBottom: 8 }}>
        {current ? (
          <Space>
            <UserLabel user={current} />
            {since && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('gridDetail.startsAt')} {date(since)}
              </Typography.Text>
            )}
          </Space>
        ) : (
          <Tag color="warning">{t('grid.noSupervisor')}</Tag>
        )}
      </div>
      {(canPick || !!known?.length) && (
        <Space.Compact style={{ width: '100%' }}>
          <Select
            data-testid="grid-supervisor-picker"
            style={{ flex: 1 }}
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            placeholder={t('gridDetail.pickSupervisor')}
            loading={candidates.loading}
            value={choice}
            onChange={(v: string | undefined) => setChoice(v)}
            options={candidateOptions(
              canPick ? candidates.data : known,
              new Set(current ? [current.id] : []),
              t('scope.district'),
            )}
          />
          <Button
            type="primary"
            disabled={!choice}
            loading={busy}
            onClick={() => void assign()}
            data-testid="grid-supervisor-assign"
          >
            {t('gridDetail.assign')}
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}

export function GridOfficersEditor({ detail, canPick, onChanged }: GridStaffEditorProps) {
  const t = useT();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const grid = detail.grid.properties;
  const candidates = useCandidates('officer', grid.streetCode, canPick);
  const [choice, setChoice] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (key: string, call: () => Promise<GridDetail>) => {
    setBusy(key);
    try {
      const next = await call();
      void message.success(t('gridDetail.saved'));
      onChanged(next);
      return true;
    } catch (err) {
      void message.error(errorContent(describe(err)));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const add = async () => {
    if (!choice) return;
    const ok = await run('add', () => territoryApi.addOfficer(grid.code, choice));
    if (ok) setChoice(undefined);
  };

  return (
    <div data-testid="grid-officers">
      {detail.officers.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gridDetail.noOfficers')} />
      ) : (
        <List
          size="small"
          dataSource={detail.officers}
          renderItem={(o) => (
            <List.Item
              data-testid={`grid-officer-${o.username}`}
              actions={
                canPick
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('gridDetail.removeConfirm', { name: o.displayName })}
                        onConfirm={() => run(o.id, () => territoryApi.removeOfficer(grid.code, o.id))}
                      >
                        <Button
                          type="link"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          loading={busy === o.id}
                          data-testid="grid-officer-remove"
                        >
                          {t('gridDetail.remove')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <UserLabel user={o} />
            </List.Item>
          )}
        />
      )}
      {canPick && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Select
            data-testid="grid-officer-picker"
            style={{ flex: 1 }}
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            placeholder={t('gridDetail.pickOfficer')}
            loading={candidates.loading}
            value={choice}
            onChange={(v: string | undefined) => setChoice(v)}
            options={candidateOptions(
              candidates.data,
              new Set(detail.officers.map((o) => o.id)),
              t('scope.district'),
            )}
          />
          <Button
            disabled={!choice}
            loading={busy === 'add'}
            onClick={() => void add()}
            data-testid="grid-officer-add"
          >
            {t('gridDetail.addOfficer')}
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}
