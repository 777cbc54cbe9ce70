/** 案件详情: header and actions, description and photos, map, departments, evaluation, timeline. */
import { ArrowLeftOutlined, CommentOutlined, PrinterOutlined } from '@ant-design/icons';
import { can } from '@envgrid/core';
import { Button, Card, Col, Flex, Result, Row, Skeleton } from 'antd';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { casesApi } from '../../api/cases-api.ts';
import { useDepartments, useRegions } from '../../api/reference-data.ts';
import { territoryApi } from '../../api/territory-api.ts';
import { useApi } from '../../api/use-api.ts';
import { useMeta } from '../../app/business-time-context.tsx';
import { useMe } from '../../auth/auth-context.tsx';
import { ApiErrorAlert } from '../../components/api-error.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useIsMobile } from '../../components/use-media-query.ts';
import { ZoneHint } from '../../components/zone-hint.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { CaseDepartments } from './case-departments.tsx';
import { CaseEvaluationCard } from './case-evaluation.tsx';
import { CaseMap } from './case-map.tsx';
import { CasePhotos } from './case-photos.tsx';
import { CaseSummary } from './case-summary.tsx';
import { CaseDuplicates } from './case-duplicates.tsx';
import { CaseTimeline } from './case-timeline.tsx';

export function CaseDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const mobile = useIsMobile();
  const { user } = useMe();
  const detail = useApi(`case:${id}`, (signal) => casesApi.get(id, signal));
  const events = useApi(`case-events:${id}`, (signal) => casesApi.events(id, signal));
  const c = detail.data?.id === id ? detail.data : undefined;
  useDocumentTitle(c ? t('cases.detail.title', { caseNo: c.caseNo }) : t('cases.list.title'));
  const meta = useMeta();
  const grid = useApi(c ? `grid:${c.gridCode}` : null, (signal) => territoryApi.grid(c!.gridCode, signal));
  const departments = useDepartments();
  const { index: regions } = useRegions();

  const { reload: reloadCase } = detail;
  const { reload: reloadEvents } = events;
  const reload = useCallback(() => {
    reloadCase();
    reloadEvents();
  }, [reloadCase, reloadEvents]);

  if (detail.error && !c) {
    return detail.error.status === 404 ? (
      <Result
        status="404"
        title={t('cases.detail.notFound')}
        extra={
          <Link to="/cases">
            <Button type="primary">{t('cases.detail.back')}</Button>
          </Link>
        }
        data-testid="case-not-found"
      />
    ) : (
      <ApiErrorAlert error={detail.error} onRetry={reload} />
    );
  }
  if (!c) return <Skeleton active data-testid="case-loading" />;

  const eventItems = events.data?.items ?? [];
  const gridGeometry = grid.data?.grid.id === c.gridCode ? grid.data.grid.geometry : null;

  const summary = (
    <>
      <CaseDuplicates c={c} />
      <CaseSummary
        c={c}
        events={eventItems}
        regions={regions}
        departments={departments.byId}
        onChanged={reload}
      />
    </>
  );
  const map = (
    <Card size="small" title={t('cases.field.location')} styles={{ body: { padding: 8 } }}>
      <CaseMap
        point={c.location}
        grid={gridGeometry}
        tileUrl={meta?.tileUrl ?? ''}
        height={240}
        testId="case-map"
      />
    </Card>
  );
  const timeline = (
    <Card
      title={
        <>
          {t('cases.timeline.title')}
          <ZoneHint />
        </>
      }
      size="small"
      data-testid="case-timeline-card"
    >
      <ApiErrorAlert error={events.error} onRetry={reloadEvents} />
      {events.data ? (
        <CaseTimeline c={c} events={eventItems} departments={departments.byId} />
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
  const evaluation =
    c.status === 'closed' && c.evaluation ? <CaseEvaluationCard evaluation={c.evaluation} /> : null;
  const depts = <CaseDepartments c={c} departments={departments.byId} />;
  const photos = <CasePhotos events={eventItems} />;

  return (
    <div
      className="eg-case-detail"
      data-testid="page-case-detail"
      data-case-id={c.id}
      data-version={c.version}
    >
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Link to="/cases" className="eg-back-link">
          <ArrowLeftOutlined /> {t('cases.detail.back')}
        </Link>
        <Flex gap={8}>
          {can(user, 'consultations.ask') && (
            <Link to={`/consultations/new?caseId=${encodeURIComponent(c.id)}`}>
              <Button size="small" icon={<CommentOutlined />} data-testid="case-consult">
                {t('sources.detail.consult')}
              </Button>
            </Link>
          )}
          {!mobile && (
            <Link to={`/cases/${encodeURIComponent(c.id)}/sheet`}>
              <Button size="small" icon={<PrinterOutlined />} data-testid="case-sheet-link">
                {t('sheet.title')}
              </Button>
            </Link>
          )}
        </Flex>
      </Flex>
      {mobile ? (
        // Phones: one column, in the order a supervisor in the field needs it.
        <Flex vertical gap={12}>
          {summary}
          {map}
          {photos}
          {depts}
          {evaluation}
          {timeline}
        </Flex>
      ) : (
        <Row gutter={16}>
          <Col md={15} xl={16}>
            <Flex vertical gap={16}>
              {summary}
              {photos}
              {timeline}
            </Flex>
          </Col>
          <Col md={9} xl={8}>
            <Flex vertical gap={16}>
              {map}
              {depts}
              {evaluation}
            </Flex>
          </Col>
        </Row>
      )}
    </div>
  );
}
