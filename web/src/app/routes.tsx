import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AnonymousOnly, RequireAuth } from '../auth/require-auth.tsx';
import { useAuth } from '../auth/auth-context.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { allowed, navLeaves, USER_MENU_PAGES, type Audience, type NavLeaf } from './navigation.ts';

// Every page is its own chunk: the login page must not pull the layout or Leaflet.
const LoginPage = lazy(() => import('../pages/login-page.tsx').then((m) => ({ default: m.LoginPage })));
const AppLayout = lazy(() => import('./app-layout.tsx').then((m) => ({ default: m.AppLayout })));
const HomePage = lazy(() => import('../pages/home-page.tsx').then((m) => ({ default: m.HomePage })));
const GridMapPage = lazy(() =>
  import('../pages/map/grid-map-page.tsx').then((m) => ({ default: m.GridMapPage })),
);
const CasesPage = lazy(() => import('../pages/cases/cases-page.tsx').then((m) => ({ default: m.CasesPage })));
const SourcesPage = lazy(() =>
  import('../pages/sources/sources-page.tsx').then((m) => ({ default: m.SourcesPage })),
);
const PatrolsPage = lazy(() =>
  import('../pages/patrols/patrols-page.tsx').then((m) => ({ default: m.PatrolsPage })),
);
const CoveragePage = lazy(() =>
  import('../pages/coverage/coverage-page.tsx').then((m) => ({ default: m.CoveragePage })),
);
const ConsultationsPage = lazy(() =>
  import('../pages/consultations/consultations-page.tsx').then((m) => ({ default: m.ConsultationsPage })),
);
const AuditsPage = lazy(() =>
  import('../pages/audits/audits-page.tsx').then((m) => ({ default: m.AuditsPage })),
);
const DashboardPage = lazy(() =>
  import('../pages/dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
const AssessmentPage = lazy(() =>
  import('../pages/assessment/assessment-page.tsx').then((m) => ({ default: m.AssessmentPage })),
);
const UsersPage = lazy(() => import('../pages/admin/users-page.tsx').then((m) => ({ default: m.UsersPage })));
const DepartmentsPage = lazy(() =>
  import('../pages/admin/departments-page.tsx').then((m) => ({ default: m.DepartmentsPage })),
);
const GridsAdminPage = lazy(() =>
  import('../pages/admin/grids-page.tsx').then((m) => ({ default: m.GridsAdminPage })),
);
const AuditLogPage = lazy(() =>
  import('../pages/admin/audit-log-page.tsx').then((m) => ({ default: m.AuditLogPage })),
);
const TaxonomyPage = lazy(() =>
  import('../pages/settings/taxonomy-page.tsx').then((m) => ({ default: m.TaxonomyPage })),
);
const TimeLimitsPage = lazy(() =>
  import('../pages/settings/time-limits-page.tsx').then((m) => ({ default: m.TimeLimitsPage })),
);
const CalendarPage = lazy(() =>
  import('../pages/settings/calendar-page.tsx').then((m) => ({ default: m.CalendarPage })),
);
const LockoutsPage = lazy(() =>
  import('../pages/admin/lockouts-page.tsx').then((m) => ({ default: m.LockoutsPage })),
);
const AccountPage = lazy(() =>
  import('../pages/account/account-page.tsx').then((m) => ({ default: m.AccountPage })),
);
const NotFoundPage = lazy(() =>
  import('../pages/error-pages.tsx').then((m) => ({ default: m.NotFoundPage })),
);
const ForbiddenPage = lazy(() =>
  import('../pages/error-pages.tsx').then((m) => ({ default: m.ForbiddenPage })),
);

/**
 * The page of each navigation key: every entry has one (routes-test checks), so the menu never
 * offers a page that is not built. A page owns everything below its path (`/cases/*`), so it can
 * nest its own routes.
 */
export const PAGES: Readonly<Record<string, LazyExoticComponent<ComponentType>>> = {
  home: HomePage,
  cases: CasesPage,
  map: GridMapPage,
  sources: SourcesPage,
  patrols: PatrolsPage,
  coverage: CoveragePage,
  consultations: ConsultationsPage,
  audits: AuditsPage,
  dashboard: DashboardPage,
  assessment: AssessmentPage,
  'admin-users': UsersPage,
  'admin-departments': DepartmentsPage,
  'admin-grids': GridsAdminPage,
  'admin-audit-log': AuditLogPage,
  'admin-taxonomy': TaxonomyPage,
  'admin-time-limits': TimeLimitsPage,
  'admin-calendar': CalendarPage,
  'admin-lockouts': LockoutsPage,
  account: AccountPage,
};

function RequireRoles({ audience, children }: { audience: Audience; children: ReactNode }) {
  const { me } = useAuth();
  return me && allowed(audience, me.user.roles) ? children : <ForbiddenPage />;
}

function pageFor(leaf: NavLeaf) {
  const Page = PAGES[leaf.key];
  return Page ? <Page /> : <NotFoundPage />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route
          path="/login"
          element={
            <AnonymousOnly>
              <LoginPage />
            </AnonymousOnly>
          }
        />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          {[...navLeaves(), ...USER_MENU_PAGES].map((leaf) => {
            const element = <RequireRoles audience={leaf.audience}>{pageFor(leaf)}</RequireRoles>;
            return leaf.path === '/' ? (
              <Route key={leaf.key} index element={element} />
            ) : (
              <Route key={leaf.key} path={`${leaf.path}/*`} element={element} />
            );
          })}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
