import { BrowserRouter } from 'react-router-dom';
import { AuthProvider } from '../auth/auth-context.tsx';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { AntdProvider } from './antd-provider.tsx';
import { AppRoutes } from './routes.tsx';

/** Providers, outermost first: language → Ant Design (follows the language) → session → router. */
export function App() {
  return (
    <I18nProvider>
      <AntdProvider>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </AntdProvider>
    </I18nProvider>
  );
}
