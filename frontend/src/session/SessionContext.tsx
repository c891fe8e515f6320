/**
 * Who is signed in, as far as the app knows. Loads `/api/me` once on start and turns any later
 * 401 into the "session ended" state.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { onUnauthenticated, ProblemError } from '../api/client';
import { fetchMe } from '../api/me';
import type { Me, Settings } from '../api/me';
import { takeReturnPath } from './returnPath';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; me: Me }
  | { status: 'expired' }
  | { status: 'error'; error: Error };

export interface Session {
  state: SessionState;
  /** Loads `/api/me` again, e.g. after an error. */
  reload: () => void;
  /** Replaces the signed-in user's settings after a successful save. */
  settingsSaved: (settings: Settings) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const navigate = useNavigate();
  const { pathname } = useLocation();

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    fetchMe()
      .then((me) => current && setState({ status: 'signed-in', me }))
      .catch((error: Error) => {
        if (!current) return;
        const signedOut = error instanceof ProblemError && error.status === 401;
        setState(signedOut ? { status: 'signed-out' } : { status: 'error', error });
      });
    return () => {
      current = false;
    };
  }, [attempt]);

  // Back from signing in again: the gateway normally returns to the page itself; when sign-in
  // ended on the home page instead, the page remembered before leaving is opened.
  const signedIn = state.status === 'signed-in';
  useEffect(() => {
    if (!signedIn) return;
    const target = takeReturnPath();
    if (target !== null && target !== '/' && pathname === '/') {
      navigate(target, { replace: true });
    }
    // Only on signing in, not on every navigation.
  }, [signedIn]);

  // A 401 from any call while signed in means the gateway session is gone.
  useEffect(
    () =>
      onUnauthenticated(() =>
        setState((previous) => (previous.status === 'signed-in' ? { status: 'expired' } : previous)),
      ),
    [],
  );

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const settingsSaved = useCallback(
    (settings: Settings) =>
      setState((previous) =>
        previous.status === 'signed-in'
          ? { status: 'signed-in', me: { ...previous.me, settings } }
          : previous,
      ),
    [],
  );
  const session = useMemo(() => ({ state, reload, settingsSaved }), [state, reload, settingsSaved]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }
  return session;
}

/** The signed-in user; only for components rendered inside the signed-in shell. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') {
    throw new Error('useMe needs a signed-in session');
  }
  return state.me;
}
