import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { HrvRecording, HrvRecordingPage } from '../api/hrv';
import type { MetricSeries } from '../api/metrics';
import { dragZoom, drawnPlot, lastPlot, setUpChartPage } from '../charts/testing';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { intradayQuery, rrColumns } from './HeartPage';

vi.mock('uplot', async () => (await import('../charts/testing')).uplotModule());

// Today in Berlin is 29 March 2026, the 23-hour day.
const DAY = '/api/metrics/heart-rate?from=2026-03-29&to=2026-03-29&maxPoints=800';
const RESTING = '/api/metrics/resting-heart-rate?from=2025-12-30&to=2026-03-29&maxPoints=800';
const HRV = '/api/metrics/hrv-rmssd?from=2025-12-30&to=2026-03-29&maxPoints=800';

function series(metric: MetricSeries['metric'], unit: string, resolution: MetricSeries['resolution'], points: [string, number][]): MetricSeries {
  return {
    metric,
    unit,
    zone: 'Europe/Berlin',
    resolution,
    source: points.length ? 'fitbit/google-health' : null,
    points: points.map(([t, value]) => ({ t, localDate: '2026-03-29', value, min: value - 4, max: value + 9 })),
  };
}

const DAY_SERIES = series('heart-rate', 'bpm', '5min', [
  ['2026-03-29T05:00:00Z', 58],
  ['2026-03-29T05:05:00Z', 61],
  ['2026-03-29T09:00:00Z', 90],
]);

function recording(id: string, instant: string, rmssd: number | null): HrvRecording {
  return {
    id,
    start: { instant, localDate: instant.slice(0, 10), offset: '+01:00', zoneId: 'Europe/Berlin', zoneAssumed: false },
    end: null,
    intervals: 300,
    artifacts: 2,
    artifactsPercent: 0.7,
    tag: 'morning',
    metrics: [
      { name: 'RMSSD', value: rmssd },
      { name: 'LF/HF', value: null },
    ],
    recomputed: { sdnn: 51.2, rmssd: 42, pnn50: 21.5 },
    disagrees: false,
    disagreements: [],
    source: null,
  };
}

const BASELINES = {
  kind: 'baselines',
  title: 'Baselines',
  status: 'ok',
  summary: '',
  formulas: [],
  missing: [],
  detail: {
    from: '2026-03-23',
    to: '2026-03-29',
    baselineFrom: '2026-01-22',
    baselineTo: '2026-03-22',
    restingHeartRate: {
      unit: 'bpm', status: 'ok', rolling7: 60, rollingDays: 7, rolling7Raw: 60,
      range: { mean: 52, sd: 2.017, low: 49.983, high: 54.017, days: 60 }, flag: 'above', days: [],
    },
    rmssd: {
      unit: 'ln(ms)', status: 'ok', rolling7: 3.219, rollingDays: 7, rolling7Raw: 25,
      range: { mean: 3.8, sd: 0.113, low: 3.688, high: 3.913, days: 60 }, flag: 'below', days: [],
    },
    recovery: { flagged: false, minimumDays: 3, from: null, to: null, days: 0, ongoing: false },
  },
};

type Routes = Parameters<typeof stubApi>[0];

function routes(overrides: Routes = {}): Routes {
  return {
    'GET /api/me': () => json(DANA),
    'GET /api/metrics': () => json({ metrics: [{ metric: 'heart-rate', unit: 'bpm', hasData: true }] }),
    [`GET ${DAY}`]: () => json(DAY_SERIES),
    [`GET ${RESTING}`]: () => json(series('resting-heart-rate', 'bpm', '1d', [['2026-03-27T23:00:00Z', 60], ['2026-03-28T23:00:00Z', 61]])),
    [`GET ${HRV}`]: () => json(series('hrv-rmssd', 'ms', '1d', [])),
    'GET /api/insights/baselines': () => json(BASELINES),
    'GET /api/hrv/recordings?limit=20': () => json({ items: [], nextCursor: null } satisfies HrvRecordingPage),
    ...overrides,
  };
}

function figure(id: string): HTMLElement | null {
  return document.querySelector(`figure[data-chart="${id}"]`);
}

describe('HeartPage', () => {
  setUpChartPage(new Date('2026-03-29T10:00:00Z'));

  it('shows the loading state while the day loads', async () => {
    stubApi(routes({ [`GET ${DAY}`]: () => new Promise<Response>(() => {}) }));
    renderApp('/heart');
    expect(await screen.findByRole('heading', { level: 1, name: 'Heart' })).toBeInTheDocument();
    expect(await screen.findByText('Loading heart rate…')).toBeInTheDocument();
    expect(figure('heart-intraday')).toHaveAttribute('data-state', 'loading');
  });

  it('draws a day of heart rate with its min/max band over the whole 23-hour day', async () => {
    stubApi(routes());
    renderApp('/heart');
    const plot = await drawnPlot('heart-intraday');
    expect(plot.opts.bands).toHaveLength(1);
    // Two buckets 5 minutes apart, then a gap until 09:00 UTC.
    expect(plot.data[1]).toEqual([58, 61, null, 90]);
    expect(plot.scales.x).toMatchObject({ min: Date.parse('2026-03-28T23:00:00Z') / 1000, max: Date.parse('2026-03-29T22:00:00Z') / 1000 });
    expect(screen.getByRole('heading', { level: 2, name: /Heart rate on .*29.*2026/ })).toBeInTheDocument();
  });

  it('asks for the raw samples of a zoomed window of at most 48 hours', async () => {
    const from = '2026-03-29T06:00:00Z';
    const to = '2026-03-29T08:00:00Z';
    const raw = `/api/metrics/heart-rate?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&resolution=raw`;
    const fetchMock = stubApi(
      routes({
        [`GET ${raw}`]: () =>
          json(series('heart-rate', 'bpm', 'raw', [['2026-03-29T06:00:00Z', 70], ['2026-03-29T06:00:05Z', 71], ['2026-03-29T06:30:00Z', 80]])),
      }),
    );
    renderApp('/heart');
    const plot = await drawnPlot('heart-intraday');
    act(() => dragZoom(plot, Date.parse(from) / 1000, Date.parse(to) / 1000));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith(raw, expect.anything()));
    await waitFor(() => expect(lastPlot('heart-intraday')!.data[1]).toEqual([70, 71, null, 80]));
    expect(figure('heart-intraday')).toHaveAttribute('data-state', 'ready');
    fireEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    await waitFor(() => expect(lastPlot('heart-intraday')!.data[1]).toEqual([58, 61, null, 90]));
  });

  it('takes any range from a day to all time, downsampled to the width, and draws its min/max band', async () => {
    const year = '/api/metrics/heart-rate?from=2025-03-30&to=2026-03-29&maxPoints=800';
    const fetchMock = stubApi(
      routes({
        [`GET ${year}`]: () =>
          json(series('heart-rate', 'bpm', '1d', [['2025-03-29T23:00:00Z', 70], ['2026-03-28T23:00:00Z', 68]])),
      }),
    );
    renderApp('/heart');
    await waitFor(() => expect(figure('heart-intraday')).toHaveAttribute('data-state', 'ready'));
    const picker = screen.getByRole('group', { name: 'Heart rate range' });
    fireEvent.click(within(picker).getByLabelText('Year'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Heart rate, year' })).toBeInTheDocument();
    await waitFor(() => expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(year));
    expect(screen.queryByRole('button', { name: /Previous day/ })).not.toBeInTheDocument();
    await waitFor(() => expect(lastPlot('heart-intraday')?.data[1]).toEqual([70, null, 68]));
  });

  it('says the page could not be shown, keeping the navigation, when an answer is not what it expects', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    stubApi(routes({ [`GET ${DAY}`]: () => json({ metric: 'heart-rate', unit: 'bpm' }) }));
    renderApp('/heart');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('TypeError');
    // Another page starts without the failed page's error.
    fireEvent.click(screen.getByRole('link', { name: 'Photos' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Photos' })).toBeInTheDocument();
    expect(screen.queryByText('This page could not be shown')).not.toBeInTheDocument();
  });

  it('shows the problem of a failed zoom as a sentence and goes back to the whole day', async () => {
    const from = '2026-03-29T06:00:00Z';
    const to = '2026-03-29T08:00:00Z';
    const raw = `/api/metrics/heart-rate?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&resolution=raw`;
    stubApi(
      routes({
        [`GET ${raw}`]: () =>
          problem(400, { type: 'https://falcon.health/problems/range-too-large', title: 'Bad Request', detail: 'raw covers at most 48 hours; ask for maxPoints instead.' }),
      }),
    );
    renderApp('/heart');
    const plot = await drawnPlot('heart-intraday');
    act(() => dragZoom(plot, Date.parse(from) / 1000, Date.parse(to) / 1000));
    await waitFor(() => expect(figure('heart-intraday')).toHaveAttribute('data-state', 'error'));
    expect(within(figure('heart-intraday')!).getByRole('alert')).toHaveTextContent('raw covers at most 48 hours; ask for maxPoints instead.');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the whole range' }));
    await waitFor(() => expect(figure('heart-intraday')).toHaveAttribute('data-state', 'ready'));
    expect(lastPlot('heart-intraday')!.data[1]).toEqual([58, 61, null, 90]);
  });

  it('says what to connect, with the button, when there is no heart rate at all', async () => {
    stubApi(
      routes({
        'GET /api/metrics': () => json({ metrics: [{ metric: 'heart-rate', unit: 'bpm', hasData: false }] }),
        [`GET ${DAY}`]: () => json(series('heart-rate', 'bpm', '5min', [])),
      }),
    );
    renderApp('/heart');
    await waitFor(() => expect(figure('heart-intraday')).toHaveAttribute('data-state', 'empty'));
    const intraday = figure('heart-intraday')!;
    await within(intraday).findByText('Connect Fitbit to see your heart rate');
    expect(within(intraday).getByRole('link', { name: 'Connect Fitbit' })).toHaveAttribute('href', '/connections');
    expect(await screen.findByText('Connect Dropbox or upload CardioMood reports to see HRV', { selector: 'figure[data-chart="hrv-rmssd"] *' })).toBeInTheDocument();
  });

  it('shows a sentence, never raw JSON, when the day cannot be loaded', async () => {
    stubApi(
      routes({
        [`GET ${DAY}`]: () => problem(502, { type: 'https://falcon.health/problems/bad-gateway', title: 'Bad Gateway', detail: '{"raw":"json"}' }),
      }),
    );
    renderApp('/heart');
    await waitFor(() => expect(figure('heart-intraday')).toHaveAttribute('data-state', 'error'));
    const alert = within(figure('heart-intraday')!).getByRole('alert');
    expect(alert).toHaveTextContent('Heart rate could not be loaded right now. Try again in a moment.');
    expect(alert.textContent).not.toContain('{');
  });

  it('draws the resting heart rate with the personal normal range and says where the last 7 days lie', async () => {
    stubApi(routes());
    renderApp('/heart');
    await waitFor(() => expect(figure('resting-heart-rate')).toHaveAttribute('data-state', 'ready'));
    expect(await screen.findByText(/Your normal range: 50–54 bpm/)).toBeInTheDocument();
    expect(screen.getByText('Last 7 days: 60 bpm, above your normal range.')).toBeInTheDocument();
    const plot = lastPlot('resting-heart-rate')!;
    expect(plot.opts.axes?.[0]?.label).toBe('Date');
  });

  it('shows the HRV range in ms (e to the ln RMSSD range)', async () => {
    stubApi(routes({ [`GET ${HRV}`]: () => json(series('hrv-rmssd', 'ms', '1d', [['2026-03-28T23:00:00Z', 42]])) }));
    renderApp('/heart');
    await waitFor(() => expect(figure('hrv-rmssd')).toHaveAttribute('data-state', 'ready'));
    // e^3.688 = 39.96, e^3.913 = 50.05
    expect(await screen.findByText(/Your normal range: 40–50 ms/)).toBeInTheDocument();
    expect(screen.getByText('Last 7 days: 25 ms, below your normal range.')).toBeInTheDocument();
  });

  it('pages the HRV recordings with the cursor and draws the RR tachogram of the one chosen', async () => {
    const first: HrvRecordingPage = {
      items: [recording('demo:a', '2026-03-29T05:30:00Z', 42.1), recording('demo:b', '2026-03-28T05:30:00Z', null)],
      nextCursor: 'cursor-1',
    };
    const second: HrvRecordingPage = { items: [recording('demo:c', '2026-03-27T05:30:00Z', 39)], nextCursor: null };
    stubApi(
      routes({
        'GET /api/hrv/recordings?limit=20': () => json(first),
        'GET /api/hrv/recordings?limit=20&cursor=cursor-1': () => json(second),
        'GET /api/hrv/recordings/demo%3Ab': () =>
          json({ ...recording('demo:b', '2026-03-28T05:30:00Z', null), rr: { n: [1, 2, 3], timestampMs: [0, 850, 1720], rrMs: [850, 870, 860], bpm: [71, 69, 70] } }),
      }),
    );
    renderApp('/heart');
    const table = await screen.findByTestId('hrv-recordings');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    // The report's RMSSD, else the recomputed one.
    expect(within(table).getByRole('row', { name: /42\.1 ms/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /42 ms/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show older recordings' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(screen.queryByRole('button', { name: 'Show older recordings' })).toBeNull();
    const rows = within(table).getAllByRole('row');
    fireEvent.click(within(rows[2]!).getByRole('button', { name: /Show/ }));
    await waitFor(() => expect(figure('rr-tachogram')).toHaveAttribute('data-state', 'ready'));
    expect(lastPlot('rr-tachogram')!.data[1]).toEqual([850, 870, 860]);
  });
  it('has no serious or critical axe violations once drawn', async () => {
    stubApi(routes({ 'GET /api/hrv/recordings?limit=20': () => json({ items: [recording('demo:a', '2026-03-29T05:30:00Z', 42.1)], nextCursor: 'c' }) }));
    const { container } = renderApp('/heart');
    await waitFor(() => expect(figure('resting-heart-rate')).toHaveAttribute('data-state', 'ready'));
    await waitFor(() => expect(figure('heart-intraday')).toHaveAttribute('data-state', 'ready'));
    await screen.findByTestId('hrv-recordings');
    // jsdom has no canvas; axe's icon-ligature check asks for one.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});

describe('intraday queries', () => {
  it('asks for the day downsampled to the width, raw for ≤ 48 h windows, and maxPoints for longer ones', () => {
    expect(intradayQuery({ from: '2026-10-25', to: '2026-10-25' }, null, 640)).toEqual({ from: '2026-10-25', to: '2026-10-25', maxPoints: 640 });
    const start = Date.parse('2026-10-25T00:00:00Z') / 1000;
    expect(intradayQuery({ from: '2026-10-25', to: '2026-10-25' }, [start, start + 48 * 3600], 640)).toEqual({
      from: '2026-10-25T00:00:00Z',
      to: '2026-10-27T00:00:00Z',
      resolution: 'raw',
    });
    expect(intradayQuery({ from: '2026-10-25', to: '2026-10-25' }, [start, start + 49 * 3600], 640)).toMatchObject({ maxPoints: 640 });
  });

  it('places the beats of a recording on real time, with a gap where beats are missing', () => {
    const [x, y] = rrColumns('2026-03-29T05:30:00Z', [0, 800, 10_000], [800, 810, 790]);
    expect(y).toEqual([800, 810, null, 790]);
    expect(x[0]).toBe(Date.parse('2026-03-29T05:30:00Z') / 1000);
  });
});
