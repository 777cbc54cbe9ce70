/**
 * 污染源详情: fields and type attributes, status, the actions of its `abilities` only, the
 * possible duplicates, the history (who, when, why), its cases and its inspections.
 */
import { ArrowLeftOutlined, CommentOutlined, WarningOutlined } from '@ant-design/icons';
import { SOURCE_ACTIONS, can, type SourceAction } from '@envgrid/core';
import { Button, Card, Col, Descriptions, Flex, List, Result, Row, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useDepartments, useRegions } from '../../api/reference-data.ts';
import type { SourceDetail } from '../../api/source-types.ts';
import { sourcesApi } from '../../api/sources-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useBusinessTime, useMeta } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { OverlayMap } from '../../components/overlay-map.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ACTION_LABELS, SourceActionModal } from './source-action-modal.tsx';
import { SourceCases, SourceHistory, SourceInspections } from './source-history.tsx';
import { SourceStatusTag } from './source-tags.tsx';
import { useSourceNames } from './use-source-names.ts';

const DANGER: ReadonlySet<SourceAction> = new Set<SourceAction>(['dismiss', 'close']);

export function SourceDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = useApi(`source:${id}`, (signal) => sourcesApi.get(id, signal));
  const s = detail.data?.id === id ? detail.data : undefined;
  useDocumentTitle(s?.name ?? t('sources.title'));
  const [open, setOpen] = useState<{ action: SourceAction; version: number } | null>(null);

  if (detail.error && !s)
    return detail.error.status === 404 ? (
      <Result
        status="404"
        title={t('sources.detail.notFound')}
        extra={
          <Link to="/sources">
            <Button type="primary">{t('sources.detail.back')}</Button>
          </Link>
        }
      />
    ) : (
      <ApiErrorAlert error={detail.error} onRetry={detail.reload} />
    );
  if (!s) return <Skeleton active />;

  const actions = SOURCE_ACTIONS.filter((a) => s.abilities.includes(a));
  return (
    <div data-testid="page-source-detail" data-source-id={s.id} data-version={s.version}>
      <Link to="/sources" className="eg-back-link">
        <ArrowLeftOutlined /> {t('sources.detail.back')}
      </Link>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <SourceFacts s={s} />
            <Card size="small" data-testid="source-actions">
              {actions.length === 0 ? (
                <Typography.Text type="secondary">{t('sources.action.none')}</Typography.Text>
              ) : (
                <Flex wrap gap={8}>
                  {actions.map((a) => (
                    <Button
                      key={a}
                      type={a === 'confirm' ? 'primary' : 'default'}
                      danger={DANGER.has(a)}
                      onClick={() => setOpen({ action: a, version: s.version })}
                      data-testid={`source-action-${a}`}
                    >
                      {t(ACTION_LABELS[a])}
                    </Button>
                  ))}
                </Flex>
              )}
              <FieldShortcuts s={s} />
            </Card>
            {s.possibleDuplicates.length > 0 && <Duplicates s={s} />}
            <SourceCases s={s} />
            <SourceInspections s={s} />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            <SourceMap s={s} />
            <SourceHistory s={s} />
          </Flex>
        </Col>
      </Row>
      <SourceActionModal
        source={s}
        action={open?.action ?? null}
        version={open?.version ?? s.version}
        onClose={() => setOpen(null)}
        onDone={() => {
          setOpen(null);
          detail.reload();
        }}
      />
    </div>
  );
}

/** What a supervisor on site may do from a source: report a problem, ask an officer. */
function FieldShortcuts({ s }: { s: SourceDetail }) {
  const t = useT();
  const { user } = useMe();
  const report = can(user, 'cases.report') && s.status !== 'closed';
  const ask = can(user, 'consultations.ask');
  if (!report && !ask) return null;
  return (
    <Flex wrap gap={8} style={{ marginTop: 8 }}>
      {report && (
        <Link to={`/cases/new?sourceId=${encodeURIComponent(s.id)}`}>
          <Button icon={<WarningOutlined />} data-testid="source-report">
            {t('sources.detail.reportProblem')}
          </Button>
        </Link>
      )}
      {ask && (
        <Link to={`/consultations/new?sourceId=${encodeURIComponent(s.id)}`}>
          <Button icon={<CommentOutlined />} data-testid="source-consult">
            {t('sources.detail.consult')}
          </Button>
        </Link>
      )}
    </Flex>
  );
}

function SourceFacts({ s }: { s: SourceDetail }) {
  const t = useT();
  const names = useSourceNames();
  const time = useBusinessTime();
  const { index: regions } = useRegions();
  const departments = useDepartments();
  const proposing = s.cases.find((c) => c.id === s.proposedByCaseId);
  const attrs = Object.entries(s.attributes);
  return (
    <Card
      size="small"
      title={
        <Flex wrap gap={8} align="center">
          <span data-testid="source-name-title">{s.name}</span>
          <SourceStatusTag status={s.status} />
          {s.repeatOffender && (
            <Tag color="red" data-testid="source-repeat">
              {t('sources.repeatTag')}
            </Tag>
          )}
        </Flex>
      }
      data-testid="source-facts"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'type', label: t('sources.field.type'), children: names.typeName(s.type) },
          { key: 'risk', label: t('sources.field.riskLevel'), children: names.riskName(s.riskLevel) },
          { key: 'address', label: t('sources.field.address'), children: s.address ?? '—' },
          {
            key: 'grid',
            label: t('sources.field.grid'),
            children: `${s.gridCode} · ${regions?.nameOf(s.communityCode) ?? ''} · ${regions?.nameOf(s.streetCode) ?? ''}`,
          },
          {
            key: 'dept',
            label: t('sources.field.department'),
            children: s.departmentId ? (departments.byId.get(s.departmentId)?.name ?? s.departmentId) : '—',
          },
          { key: 'every', label: t('sources.field.inspectionEveryDays'), children: s.inspectionEveryDays },
          {
            key: 'last',
            label: t('sources.field.lastInspected'),
            children: s.lastInspectedAt ? time.dateTime(s.lastInspectedAt) : t('sources.never'),
          },
          {
            key: 'recent',
            label: t('sources.field.recentCases'),
            children: t('sources.repeatHint', { count: s.recentCaseCount }),
          },
          { key: 'created', label: t('sources.field.createdAt'), children: time.dateTime(s.createdAt) },
          ...(s.proposedByCaseId
            ? [
                {
                  key: 'proposed',
                  label: t('sources.field.proposedBy'),
                  children: (
                    <Link to={`/cases/${s.proposedByCaseId}`} data-testid="source-proposed-by">
                      {proposing?.caseNo ?? s.proposedByCaseId}
                    </Link>
                  ),
                },
              ]
            : []),
          ...(s.mergedIntoId
            ? [
                {
                  key: 'merged',
                  label: t('sources.field.mergedInto'),
                  children: <Link to={`/sources/${s.mergedIntoId}`}>{s.mergedIntoId}</Link>,
                },
              ]
            : []),
          ...attrs.map(([k, v]) => ({
            key: `attr-${k}`,
            label: names.attributeLabel(s.type, k),
            children: typeof v === 'boolean' ? (v ? t('sources.yes') : t('sources.no')) : v,
          })),
        ]}
      />
    </Card>
  );
}

function Duplicates({ s }: { s: SourceDetail }) {
  const t = useT();
  const names = useSourceNames();
  return (
    <Card size="small" title={t('sources.detail.duplicates')} data-testid="source-duplicates">
      <List
        size="small"
        dataSource={s.possibleDuplicates}
        rowKey="id"
        renderItem={(d) => (
          <List.Item extra={<SourceStatusTag status={d.status} />}>
            <Link to={`/sources/${d.id}`}>{d.name}</Link> · {names.typeName(d.type)} ·{' '}
            {Math.round(d.distanceM)} m
          </List.Item>
        )}
      />
    </Card>
  );
}

function SourceMap({ s }: { s: SourceDetail }) {
  const t = useT();
  const meta = useMeta();
  const markers = useMemo(
    () => [{ id: s.id, ...s.location, color: '#d4380d', label: s.name, emphasis: true }],
    [s.id, s.location, s.name],
  );
  return (
    <Card size="small" title={t('sources.field.location')} styles={{ body: { padding: 8 } }}>
      <OverlayMap markers={markers} tileUrl={meta?.tileUrl ?? ''} height={240} testId="source-map" />
    </Card>
  );
}
