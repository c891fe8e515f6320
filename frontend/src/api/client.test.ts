import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch, NetworkError, onUnauthenticated, ProblemError, readCookie } from './client';
import { json, problem, stubApi, unauthenticated } from '../test/http';

function sentHeaders(fetchMock: ReturnType<typeof stubApi>): Headers {
  return new Headers(fetchMock.mock.calls[0]?.[1]?.headers);
}

describe('apiFetch', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the XSRF-TOKEN cookie value as X-XSRF-TOKEN on PUT, with a JSON body', async () => {
    document.cookie = 'XSRF-TOKEN=token%2Fwith-slash';
    const fetchMock = stubApi({ 'PUT /api/me/settings': () => json({ ok: true }) });

    await apiFetch('/api/me/settings', { method: 'PUT', body: { units: 'metric' } });

    const init = fetchMock.mock.calls[0]?.[1];
    expect(sentHeaders(fetchMock).get('X-XSRF-TOKEN')).toBe('token/with-slash');
    expect(sentHeaders(fetchMock).get('Content-Type')).toBe('application/json');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"units":"metric"}');
  });

  it('sends FormData as it is, with the CSRF header and without a Content-Type of its own', async () => {
    document.cookie = 'XSRF-TOKEN=multi';
    const fetchMock = stubApi({ 'POST /api/upload': () => json({ id: 'x' }, 202) });
    const form = new FormData();
    form.append('note', 'hello');

    await apiFetch('/api/upload', { method: 'POST', body: form });

    expect(fetchMock.mock.calls[0]?.[1]?.body).toBe(form);
    expect(sentHeaders(fetchMock).get('X-XSRF-TOKEN')).toBe('multi');
    // fetch derives multipart/form-data with the boundary from the FormData body.
    expect(sentHeaders(fetchMock).has('Content-Type')).toBe(false);
  });

  it('does not send the CSRF header on GET', async () => {
    document.cookie = 'XSRF-TOKEN=abc';
    const fetchMock = stubApi({ 'GET /api/me': () => json({ name: 'Dana' }) });

    const body = await apiFetch<{ name: string }>('/api/me');

    expect(body.name).toBe('Dana');
    expect(sentHeaders(fetchMock).has('X-XSRF-TOKEN')).toBe(false);
    expect(fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
  });

  it('parses problem+json into a ProblemError with field errors', async () => {
    stubApi({
      'PUT /api/me/settings': () =>
        problem(400, {
          type: 'https://falcon.health/problems/validation',
          title: 'Validation failed',
          detail: 'One or more fields are invalid.',
          errors: [{ field: 'timeZone', message: 'must be an IANA time zone' }],
        }),
    });

    const error = await apiFetch('/api/me/settings', { method: 'PUT', body: {} }).catch((e) => e);

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      status: 400,
      type: 'https://falcon.health/problems/validation',
      title: 'Validation failed',
      detail: 'One or more fields are invalid.',
      errors: [{ field: 'timeZone', message: 'must be an IANA time zone' }],
    });
  });

  it('keeps a Retry-After given in seconds, and ignores one given as a date', async () => {
    let retryAfter = '30';
    stubApi({
      'POST /api/connections/fitbit/imports': () =>
        new Response(JSON.stringify({ type: 'https://falcon.health/problems/too-many-imports', status: 429 }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': retryAfter },
        }),
    });

    const error = await apiFetch('/api/connections/fitbit/imports', { method: 'POST' }).catch((e) => e);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 30 });

    retryAfter = 'Wed, 21 Oct 2026 07:28:00 GMT';
    const dated = await apiFetch('/api/connections/fitbit/imports', { method: 'POST' }).catch((e) => e);
    expect(dated).toMatchObject({ status: 429, retryAfterSeconds: undefined });
  });

  it('turns a non-JSON error answer into a generic ProblemError', async () => {
    stubApi({
      'GET /api/me': () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    });

    const error = await apiFetch('/api/me').catch((e) => e);

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', type: 'about:blank', errors: [] });
  });

  it('rejects with a NetworkError when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = await apiFetch('/api/me').catch((e) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
  });

  it('tells listeners about a 401 and stops after they unsubscribe', async () => {
    stubApi({ 'GET /api/me': () => unauthenticated() });
    const listener = vi.fn();
    const unsubscribe = onUnauthenticated(listener);

    await apiFetch('/api/me').catch(() => undefined);
    unsubscribe();
    await apiFetch('/api/me').catch(() => undefined);

    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and is undefined when absent', () => {
    document.cookie = 'other=1';
    document.cookie = 'XSRF-TOKEN=xyz';

    expect(readCookie('XSRF-TOKEN')).toBe('xyz');
    expect(readCookie('missing')).toBeUndefined();
  });
});
