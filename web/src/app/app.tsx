import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { queryClient } from '../api/query-client.ts';
import { AuthProvider } from '../auth/auth-context.tsx';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { AntdProvider } from './antd-provider.tsx';
import { MetaProvider } from './business-time-context.tsx';
import { AppRoutes } from './routes.tsx';

/**
 * Providers, outermost first: the server-data cache → language → Ant Design (follows the
 * language) → server facts (the business time zone every time is shown in) → session → router.
 */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntdProvider>
          <MetaProvider>
            <AuthProvider>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </AuthProvider>
          </MetaProvider>
        </AntdProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
