/**
 * 绩效考核 (plan step 8): live indicators and frozen runs for leaders and auditors (a leader runs a
 * period), a sub-center's or department's own published rows to acknowledge (确认), and the
 * administrators' versioned weights and grade bands. Each part shows by core permission.
 */
import { can } from '@envgrid/core';
import { Card, Flex, Tabs } from 'antd';
import { Route, Routes, useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth/auth-context.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { PeriodPicker } from '../dashboard/period-picker.tsx';
import { usePeriodFilter } from '../dashboard/use-period.ts';
import { CompositeRanking, rankingKinds } from './composite-ranking.tsx';
import { OwnAssessment } from './own-assessment.tsx';
import { RunDetail } from './run-detail.tsx';
import { RunsPanel } from './runs-panel.tsx';
import { AssessmentReportPage } from './assessment-report-page.tsx';
import { WeightsEditor } from './weights-editor.tsx';

function LiveIndicators() {
  const filter = usePeriodFilter('month');
  const { user } = useMe();
  return (
    <Flex vertical gap={12}>
      <PeriodPicker filter={filter} />
      <CompositeRanking from={filter.from} to={filter.to} kinds={rankingKinds(user)} />
    </Flex>
  );
}

function AssessmentHome() {
  const t = useT();
  const { user } = useMe();
  const [params, setParams] = useSearchParams();
  const items = [
    can(user, 'assessment.read') && { key: 'runs', label: t('assess.tab.runs'), children: <RunsPanel /> },
    can(user, 'assessment.readOwn') && {
      key: 'own',
      label: t('assess.tab.own'),
      children: <OwnAssessment />,
    },
    rankingKinds(user).length > 0 && {
      key: 'live',
      label: t('assess.tab.live'),
      children: <LiveIndicators />,
    },
    can(user, 'assessment.weights') && {
      key: 'weights',
      label: t('assess.tab.weights'),
      children: <WeightsEditor />,
    },
  ].filter((x) => x !== false);
  const active = items.find((i) => i.key === params.get('tab'))?.key ?? items[0]?.key;
  return (
    <Card title={t('assess.title')} data-testid="page-assessment">
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={items.map((i) => ({
          ...i,
          label: <span data-testid={`assess-tab-${i.key}`}>{i.label}</span>,
        }))}
      />
    </Card>
  );
}

export function AssessmentPage() {
  const t = useT();
  useDocumentTitle(t('assess.title'));
  return (
    <Routes>
      <Route index element={<AssessmentHome />} />
      <Route path="runs/:id" element={<RunDetail />} />
      <Route path="runs/:id/report" element={<AssessmentReportPage />} />
    </Routes>
  );
}
