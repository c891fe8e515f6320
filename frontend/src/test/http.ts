/** Builders for the fake gateway answers that tests hand to a stubbed `fetch`. */
import { vi } from 'vitest';
import type { Dashboard } from '../api/dashboard';
import type { Me } from '../api/me';

export const DANA: Me = {
  sub: 'demo',
  name: 'Dana Demo',
  email: 'demo@falcon.local',
  settings: { timeZone: 'Europe/Berlin', units: 'metric' },
};

/** A `GET /api/dashboard` answer with nothing in it (no data connected), in Berlin on 10 March 2026 unless overridden. */
export function emptyDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    zone: 'Europe/Berlin',
    today: '2026-03-10',
    restingHeartRate: null,
    bloodPressure: null,
    sleep: null,
    steps: null,
    caloriesIn: null,
    caloriesOut: null,
    activities: { last7: [], last30: [] },
    sources: [],
    ...overrides,
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function unauthenticated(): Response {
  return problem(401, {
    type: 'https://falcon.health/problems/unauthenticated',
    title: 'Unauthenticated',
    detail: 'Sign in to use this API.',
  });
}

type Handler = (init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * Stubs `fetch` with one handler per `"METHOD /path"`; unknown requests fail the test.
 * Returns the mock so tests can inspect the calls.
 */
export function stubApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const handler = routes[key];
    if (!handler) {
      throw new Error(`Unexpected request ${key}`);
    }
    return handler(init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * Stubs `fetch` with a function of the request URL (relative, with its query); unknown paths fail the test.
 * Returns the mock, whose calls list the URLs asked for.
 */
export function stubPaths(route: (url: URL) => Response | Promise<Response> | undefined) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://falcon.test');
    const response = await route(url);
    if (!response) {
      throw new Error(`Unexpected request ${String(input)}`);
    }
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The URLs a stubbed fetch was asked for, with `path` as pathname. */
export function requested(fetchMock: ReturnType<typeof stubPaths>, path: string): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://falcon.test'))
    .filter((url) => url.pathname === path)
    .map((url) => url.searchParams);
}
