import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { accountApi } from '../api/account-api.ts';
import { setCsrfToken, setUnauthorizedHandler, toApiError, type ApiError } from '../api/client.ts';
import { queryClient } from '../api/query-client.ts';
import type { Me } from '../api/types.ts';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' | 'logged-out'; startupError?: ApiError }
  | { status: 'authenticated'; me: Me };

interface AuthValue {
  state: AuthState;
  /** The signed-in user's data, or null. */
  me: Me | null;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Reloads /me (after a profile or role change). */
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const me = await accountApi.me(signal);
  if (me.csrfToken) setCsrfToken(me.csrfToken);
  return { ...me, grids: me.grids ?? [] };
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  // Who is this? Ask once at start. Any failure leaves the app on the login page;
  // a failure other than 401 is kept so the login page can say the server is unreachable.
  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setState({ status: 'authenticated', me }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const e = toApiError(err);
        setCsrfToken(null);
        setState({ status: 'anonymous', startupError: e.status === 401 || e.status === 404 ? undefined : e });
      },
    );
    return () => controller.abort();
  }, []);

  // Any later 401 means the session ended (expired, or revoked): back to the login page.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      queryClient.clear();
      setState((prev) =>
        prev.status === 'authenticated' ? { status: 'anonymous', reason: 'expired' } : prev,
      );
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const res = await accountApi.login(username, password);
    setCsrfToken(res.csrfToken);
    // Nothing cached for another user (or nobody) is shown to this one.
    queryClient.clear();
    let me: Me;
    try {
      me = await fetchMe();
    } catch {
      // /me is the full picture (grids); the login answer is enough to get going.
      me = { user: res.user, grids: [], csrfToken: res.csrfToken };
    }
    setState({ status: 'authenticated', me });
  }, []);

  const logout = useCallback(async () => {
    try {
      await accountApi.logout();
    } catch {
      // The session is forgotten locally either way.
    }
    setCsrfToken(null);
    queryClient.clear();
    setState({ status: 'anonymous', reason: 'logged-out' });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const me = await fetchMe();
      setState({ status: 'authenticated', me });
    } catch (err) {
      const e = toApiError(err);
      if (e.status === 401) setState({ status: 'anonymous', reason: 'expired' });
      else throw e;
    }
  }, []);

  const value = useMemo<AuthValue>(
    () => ({ state, me: state.status === 'authenticated' ? state.me : null, login, logout, refresh }),
    [state, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth must be used inside <AuthProvider>');
  return v;
}

/** The signed-in user's data; only for components rendered behind <RequireAuth>. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe needs a signed-in user');
  return me;
}
