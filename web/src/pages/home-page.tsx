import { RightOutlined } from '@ant-design/icons';
import { can } from '@envgrid/core';
import { Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { useBusinessTime } from '../app/business-time-context.tsx';
import { isGroup, visibleNavigation, type NavEntry } from '../app/navigation.ts';
import { useMe } from '../auth/auth-context.tsx';
import { useScopeLabel } from '../auth/use-scope-label.ts';
import { RoleTags } from '../components/role-tags.tsx';
import { SystemStatusCard } from '../components/system-status-card.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { WorkflowOverview } from '../components/workflow-overview.tsx';
import { ZoneHint } from '../components/zone-hint.tsx';
import { useT } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';

const MAX_GRIDS_SHOWN = 6;

const QueueCounts = lazy(() => import('./dashboard/workbench.tsx').then((m) => ({ default: m.QueueCounts })));
const KeyNumbers = lazy(() => import('./dashboard/workbench.tsx').then((m) => ({ default: m.KeyNumbers })));

const HomeConsultations = lazy(() =>
  import('./consultations/home-consultations.tsx').then((m) => ({ default: m.HomeConsultations })),
);

function greetingKey(hour: number): MessageKey {
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

/** Where a shortcut leads: the page, or a group's first page. */
function entryPath(entry: NavEntry): string {
  return isGroup(entry) ? (entry.children[0]?.path ?? '/') : entry.path;
}

function Shortcuts({ roles }: { roles: readonly string[] }) {
  const t = useT();
  const entries = visibleNavigation(roles).filter((e) => e.key !== 'home');
  return (
    <Card title={t('home.entries')} data-testid="home-shortcuts">
      {entries.length === 0 ? (
        <Empty description={t('home.noEntries')} />
      ) : (
        <Row gutter={[12, 12]}>
          {entries.map((e) => (
            <Col key={e.key} xs={24} sm={12} xl={8}>
              <Link to={entryPath(e)} data-testid={`shortcut-${e.key}`}>
                <Card size="small" hoverable>
                  <Space align="start" style={{ paddingInlineEnd: 16 }}>
                    <e.icon style={{ fontSize: 22, color: '#0f7b6c', marginTop: 2 }} />
                    <div>
                      <Typography.Text strong>{t(e.label)}</Typography.Text>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {e.description ? t(e.description) : ''}
                        </Typography.Text>
                      </div>
                    </div>
                  </Space>
                  <RightOutlined
                    style={{
                      position: 'absolute',
                      right: 12,
                      top: '50%',
                      marginTop: -6,
                      fontSize: 12,
                      color: '#bbb',
                    }}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

function Profile() {
  const t = useT();
  const { user, grids } = useMe();
  const scope = useScopeLabel(user.scope);
  const gridsText =
    grids.length === 0 ? (
      <Typography.Text type="secondary">{t('home.noGrids')}</Typography.Text>
    ) : (
      <div data-testid="home-grids">
        <div>{t('home.gridCount', { count: grids.length })}</div>
        {grids.slice(0, MAX_GRIDS_SHOWN).map((g) => (
          <Tag key={g} style={{ marginTop: 4, fontFamily: 'monospace' }}>
            {g}
          </Tag>
        ))}
        {grids.length > MAX_GRIDS_SHOWN && <Tag style={{ marginTop: 4 }}>…</Tag>}
      </div>
    );
  return (
    <Card title={t('home.profile')} data-testid="home-profile">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'username', label: t('user.username'), children: user.username },
          { key: 'roles', label: t('user.roles'), children: <RoleTags roles={user.roles} /> },
          { key: 'scope', label: t('user.scope'), children: <span data-testid="home-scope">{scope}</span> },
          { key: 'grids', label: t('user.grids'), children: gridsText },
        ]}
      />
    </Card>
  );
}

export function HomePage() {
  const t = useT();
  const { user } = useMe();
  useDocumentTitle(t('nav.home'));
  // The business day (Beijing), not the browser's: the greeting and date match the working hours.
  const now = useBusinessTime().now();
  return (
    <Row gutter={[16, 16]} data-testid="page-home">
      <Col span={24}>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-greeting">
            {t(greetingKey(now.hour()), { name: user.displayName })}
          </Typography.Title>
          <Space wrap size={[8, 8]}>
            <Typography.Text type="secondary">
              {t('home.today', { date: now.format(t('home.dateFormat')) })}
              <ZoneHint />
            </Typography.Text>
            <RoleTags roles={user.roles} />
          </Space>
        </Card>
      </Col>
      {can(user, 'dashboard.read') && (
        <Col span={24}>
          <Suspense fallback={null}>
            <KeyNumbers />
          </Suspense>
        </Col>
      )}
      {can(user, 'cases.work') && (
        <Col span={24}>
          <Suspense fallback={null}>
            <QueueCounts />
          </Suspense>
        </Col>
      )}
      {can(user, 'consultations.answer') && (
        <Col span={24}>
          <Suspense fallback={null}>
            <HomeConsultations />
          </Suspense>
        </Col>
      )}
      <Col xs={24} lg={16}>
        <Shortcuts roles={user.roles} />
      </Col>
      <Col xs={24} lg={8}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Profile />
          {/* The server's health is the administrators' business. */}
          {can(user, 'settings.manage') && <SystemStatusCard />}
        </Space>
      </Col>
      <Col span={24}>
        <WorkflowOverview roles={user.roles} />
      </Col>
    </Row>
  );
}
