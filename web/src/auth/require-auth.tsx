import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.tsx';
import { useAuth } from './auth-context.tsx';

/** Where the login page sends the user back to after signing in. */
export interface LoginRedirectState {
  from?: string;
}

/** Renders its children for a signed-in user; otherwise goes to /login, remembering where to come back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'anonymous') {
    const from =
      state.reason === 'logged-out' ? undefined : `${location.pathname}${location.search}${location.hash}`;
    const redirect: LoginRedirectState = { from };
    return <Navigate to="/login" replace state={redirect} />;
  }
  return children;
}

/** The login page: a signed-in user goes straight on to where they were heading. */
export function AnonymousOnly({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'authenticated') {
    const from = (location.state as LoginRedirectState | null)?.from;
    return <Navigate to={from && from.startsWith('/') && !from.startsWith('/login') ? from : '/'} replace />;
  }
  return children;
}
