/** Everything under /audits: 督查 runs (index, /audits/runs/:id) and 稽查 findings (?tab=findings, /audits/findings/new). */
import { can } from '@envgrid/core';
import { Card, Tabs } from 'antd';
import { Route, Routes, useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth/auth-context.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ForbiddenPage } from '../error-pages.tsx';
import { AuditFindings } from './audit-findings.tsx';
import { AuditRunDetailPage } from './audit-run-detail.tsx';
import { AuditRuns } from './audit-runs.tsx';
import { FindingForm } from './finding-form.tsx';

export function AuditsPage() {
  const { user } = useMe();
  return (
    <Routes>
      <Route index element={<AuditHome />} />
      <Route path="runs/:id" element={<AuditRunDetailPage />} />
      <Route path="findings/new" element={can(user, 'cases.report') ? <FindingForm /> : <ForbiddenPage />} />
    </Routes>
  );
}

function AuditHome() {
  const t = useT();
  useDocumentTitle(t('audits.title'));
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'findings' ? 'findings' : 'runs';
  return (
    <Card data-testid="page-audits" styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'findings' ? { tab: 'findings' } : {}, { replace: true })}
        items={[
          { key: 'runs', label: t('audits.tab.runs'), children: <AuditRuns /> },
          { key: 'findings', label: t('audits.tab.findings'), children: <AuditFindings /> },
        ]}
      />
    </Card>
  );
}
