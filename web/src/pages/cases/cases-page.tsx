/**
 * Everything under /cases: the list, 上报问题 (/cases/new) and a case's detail (/cases/:id).
 * The report and detail pages carry Leaflet, so they load on their own.
 */
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useMe } from '../../auth/auth-context.tsx';
import { ForbiddenPage } from '../error-pages.tsx';
import { CaseListPage } from './case-list-page.tsx';
import { canReport } from './case-list-presets.ts';

const ReportPage = lazy(() => import('./report-page.tsx').then((m) => ({ default: m.ReportPage })));
const CaseDetailPage = lazy(() =>
  import('./case-detail-page.tsx').then((m) => ({ default: m.CaseDetailPage })),
);
const CaseSheetPage = lazy(() => import('./case-sheet-page.tsx').then((m) => ({ default: m.CaseSheetPage })));

export function CasesPage() {
  const { user } = useMe();
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path="new" element={canReport(user.roles) ? <ReportPage /> : <ForbiddenPage />} />
      <Route path=":id" element={<CaseDetailPage />} />
      <Route path=":id/sheet" element={<CaseSheetPage />} />
    </Routes>
  );
}
