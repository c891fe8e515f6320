import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: Error };

/**
 * Loads data for a component: `loading`, then `ready` or `error`. A load started for older
 * `deps` never overwrites a newer one. Returns the state and a function that loads again.
 */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): [Resource<T>, () => void] {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    stableLoad()
      .then((data) => current && setState({ status: 'ready', data }))
      .catch((error: unknown) =>
        current && setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
      );
    return () => {
      current = false;
    };
  }, [stableLoad, attempt]);

  return [state, () => setAttempt((n) => n + 1)];
}
