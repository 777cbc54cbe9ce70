/** Audit entries (who changed which user, grid or department), newest first, with "load more". */
import { Button, Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { adminApi } from '../../api/admin-api.ts';
import type { AuditEntry } from '../../api/admin-types.ts';
import { useDepartments } from '../../api/reference-data.ts';
import type { UserScope } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime } from '../../app/business-time-context.tsx';
import { ApiErrorAlert, ErrorMessage } from '../../components/api-error.tsx';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useI18n, type Translate } from '../../i18n/i18n-context.tsx';
import { zhCN, type MessageKey } from '../../i18n/zh-CN.ts';
import { useScopeText } from './scope-fields.tsx';
import { useUserNames } from './use-user-names.ts';

const PAGE = 50;
const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  import: 'green',
  update: 'blue',
  assign_supervisor: 'blue',
  add_officer: 'cyan',
  remove_officer: 'orange',
  disable: 'red',
  revoke: 'red',
  enable: 'green',
  reset_password: 'gold',
};

function messageKey(key: string): MessageKey | undefined {
  return key in zhCN ? (key as MessageKey) : undefined;
}

function label(t: Translate, key: string, fallback: string): string {
  const k = messageKey(key);
  return k ? t(k) : fallback;
}

interface Resolvers {
  names: Map<string, string>;
  roleName: (role: string) => string;
  scopeText: (scope: UserScope) => string;
}

function isScope(value: unknown): value is UserScope {
  return typeof value === 'object' && value !== null && 'kind' in value && 'code' in value;
}

function detailValue(key: string, value: unknown, r: Resolvers): string {
  if (typeof value === 'string' && /userId|previous|^id$/.test(key)) return r.names.get(value) ?? value;
  if (key === 'roles' && Array.isArray(value)) return value.map((v) => r.roleName(String(v))).join('、');
  if (key === 'scope' && isScope(value)) return r.scopeText(value);
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function DetailsText({ details, resolvers }: { details: unknown; resolvers: Resolvers }) {
  if (details === null || details === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  const text =
    typeof details === 'object' && !Array.isArray(details)
      ? Object.entries(details as Record<string, unknown>)
          .map(([k, v]) => `${k}: ${detailValue(k, v, resolvers)}`)
          .join('; ')
      : JSON.stringify(details);
  return (
    <Typography.Text style={{ fontSize: 12, wordBreak: 'break-all' }} ellipsis={{ tooltip: text }}>
      {text}
    </Typography.Text>
  );
}

interface AuditLogTableProps {
  targetKind?: string;
  targetId?: string;
  /** Fewer columns, for a modal. */
  compact?: boolean;
  /** Changing it loads the newest entries again. */
  refresh?: number;
}

export function AuditLogTable({ targetKind, targetId, compact, refresh = 0 }: AuditLogTableProps) {
  const { t, roleName } = useI18n();
  const { dateTimeSeconds } = useBusinessTime();
  const names = useUserNames();
  const scopeText = useScopeText();
  const { byId: departments } = useDepartments();
  const resolvers: Resolvers = { names, roleName, scopeText };
  const key = `audit:${targetKind ?? ''}:${targetId ?? ''}:${refresh}`;
  const first = useApi(key, (signal) => adminApi.auditLog({ targetKind, targetId, limit: PAGE }, signal));
  const [more, setMore] = useState<{ key: string; items: AuditEntry[]; done: boolean }>({
    key: '',
    items: [],
    done: false,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const extra = more.key === key ? more : { key, items: [], done: false };
  const firstItems = first.data?.items ?? [];
  const items = first.loading && !first.data ? [] : [...firstItems, ...extra.items];
  const hasMore = extra.items.length > 0 ? !extra.done : firstItems.length === PAGE;

  const loadMore = async () => {
    const last = items[items.length - 1];
    if (!last) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await adminApi.auditLog({ targetKind, targetId, limit: PAGE, before: last.id });
      setMore({ key, items: [...extra.items, ...page.items], done: page.items.length < PAGE });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  const target = (e: AuditEntry) => {
    const kind = label(t, `audit.kind.${e.targetKind}`, e.targetKind);
    const id =
      e.targetKind === 'user'
        ? (names.get(e.targetId) ?? e.targetId)
        : e.targetKind === 'department'
          ? (departments.get(e.targetId)?.name ?? e.targetId)
          : e.targetId;
    return (
      <span style={{ whiteSpace: 'nowrap' }}>
        <Typography.Text type="secondary">{kind}</Typography.Text>{' '}
        <Typography.Text code={e.targetKind === 'grid'}>{id === '*' ? t('common.all') : id}</Typography.Text>
      </span>
    );
  };

  return (
    <div data-testid="audit-log">
      <ApiErrorAlert error={first.error} onRetry={first.reload} />
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={first.loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: compact ? undefined : 900 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} /> }}
        columns={[
          {
            key: 'at',
            title: (
              <>
                {t('audit.at')}
                <ZoneHint />
              </>
            ),
            width: 170,
            render: (_v, e) => <span style={{ whiteSpace: 'nowrap' }}>{dateTimeSeconds(e.at)}</span>,
          },
          {
            key: 'actor',
            title: t('audit.actor'),
            width: 120,
            render: (_v, e) => e.actor?.username ?? (e.actor ? e.actor.id : t('audit.system')),
          },
          {
            key: 'action',
            title: t('audit.action'),
            width: 160,
            render: (_v, e) => (
              <Tag color={ACTION_COLORS[e.action.split('.').pop() ?? ''] ?? 'default'} title={e.action}>
                {label(t, `audit.action.${e.action}`, e.action)}
              </Tag>
            ),
          },
          ...(compact
            ? []
            : [
                {
                  key: 'target',
                  title: t('audit.target'),
                  width: 220,
                  render: (_v: unknown, e: AuditEntry) => target(e),
                },
              ]),
          {
            key: 'details',
            title: t('audit.details'),
            render: (_v, e) => <DetailsText details={e.details} resolvers={resolvers} />,
          },
        ]}
      />
      {moreError !== null && (
        <Typography.Text type="danger">
          <ErrorMessage error={moreError} />
        </Typography.Text>
      )}
      <div style={{ textAlign: 'center', marginTop: 12 }}>
        {hasMore ? (
          <Button onClick={() => void loadMore()} loading={loadingMore} data-testid="audit-load-more">
            {t('common.loadMore')}
          </Button>
        ) : (
          items.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
        )}
      </div>
    </div>
  );
}
