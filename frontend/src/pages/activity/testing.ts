/** Test helpers for the activity and nutrition pages: a uPlot stand-in and a fetch stub that matches paths. */
import { vi } from 'vitest';

/** jsdom has no canvas: a uPlot with the methods the Chart calls. Use as `vi.mock('uplot', () => uplotMock())`. */
export function uplotMock() {
  class FakePlot {
    static tzDate(date: Date) {
      return date;
    }
    static paths = { bars: () => () => null };
    setSize() {}
    setData() {}
    destroy() {}
  }
  return { default: FakePlot };
}

/** jsdom has no ResizeObserver either. */
export function stubResizeObserver() {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
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
