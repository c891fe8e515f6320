import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { MetricSeries } from '../api/metrics';
import type { SleepSession, SleepSessionDetail, SleepStage } from '../api/sleep';
import { drawnPlot, setUpChartPage } from '../charts/testing';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { durationColumns, efficiencyColumns, regularityWords } from './SleepPage';

vi.mock('uplot', async () => (await import('../charts/testing')).uplotModule());

// 22:30 CEST on 24 October to 07:00 CET on 25 October 2026: the clocks go back, the night is 9 h 30 min.
const START = '2026-10-24T20:30:00Z';
const END = '2026-10-25T06:00:00Z';

function stages(): SleepStage[] {
  const plan: [string, number][] = [
    ['light', 30], ['deep', 60], ['light', 60], ['rem', 30], ['wake', 10], ['light', 120], ['deep', 40], ['rem', 60], ['light', 130], ['wake', 30],
  ];
  let t = Date.parse(START);
  return plan.map(([level, minutes]) => {
    const stage = { start: new Date(t).toISOString().replace('.000Z', 'Z'), seconds: minutes * 60, level };
    t += minutes * 60_000;
    return stage;
  });
}

const SESSION: SleepSession = {
  id: 'demo:1',
  start: START,
  end: END,
  offset: '+02:00',
  dateOfSleep: '2026-10-25',
  mainSleep: true,
  efficiency: 93,
  minutesAsleep: 530,
  minutesAwake: 40,
  stageMinutes: { deep: 100, light: 340, rem: 90, wake: 40 },
  source: null,
};
const DETAIL: SleepSessionDetail = { ...SESSION, stages: stages() };
const NAP: SleepSession = { ...SESSION, id: 'demo:nap', mainSleep: false, start: '2026-10-25T12:00:00Z', end: '2026-10-25T12:30:00Z' };

const HEART = `/api/metrics/heart-rate?from=${encodeURIComponent(START)}&to=${encodeURIComponent(END)}&maxPoints=800`;
const DURATION = '/api/metrics/sleep-duration?from=2026-09-26&to=2026-10-25&maxPoints=800';
const SESSIONS = '/api/sleep/sessions?from=2026-09-26&to=2026-10-25&limit=500';

const DURATION_SERIES: MetricSeries = {
  metric: 'sleep-duration',
  unit: 'min',
  zone: 'Europe/Berlin',
  resolution: '1d',
  source: 'fitbit/google-health',
  points: [
    { t: '2026-10-22T22:00:00Z', localDate: '2026-10-23', value: 420, min: 420, max: 420, stages: { deep: 80, light: 260, rem: 80, wake: 30 } },
    { t: '2026-10-24T22:00:00Z', localDate: '2026-10-25', value: 530, min: 530, max: 530, stages: { deep: 100, light: 340, rem: 90, wake: 40 } },
  ],
};

const INSIGHT = {
  kind: 'sleep', title: 'Sleep', status: 'ok', summary: '', formulas: [], missing: [],
  detail: {
    nights: [],
    minutesAsleep: { last7: { mean: 450, days: 5 }, last30: { mean: 440, days: 20 } },
    efficiency: { last7: { mean: 92, days: 5 }, last30: { mean: 91, days: 20 } },
    regularity: { nights: 20, bedTimeMean: '23:15', bedTimeSdMinutes: 42.4, wakeTimeMean: '07:00', wakeTimeSdMinutes: 20 },
    sleepingHeartRate: { last7: { mean: 56, days: 5 }, last30: { mean: 57, days: 20 } },
    dipPercent: { last7: { mean: 20, days: 5 }, last30: { mean: 19, days: 20 } },
  },
};

type Routes = Parameters<typeof stubApi>[0];

function routes(overrides: Routes = {}): Routes {
  return {
    'GET /api/me': () => json(DANA),
    'GET /api/sleep/sessions?limit=10': () => json({ items: [NAP, SESSION], nextCursor: 'x' }),
    'GET /api/sleep/sessions/demo%3A1': () => json(DETAIL),
    [`GET ${HEART}`]: () =>
      json({
        metric: 'heart-rate', unit: 'bpm', zone: 'Europe/Berlin', resolution: '1min', source: 'fitbit/google-health',
        points: [
          { t: '2026-10-24T21:00:00Z', localDate: '2026-10-24', value: 58, min: 55, max: 60 },
          { t: '2026-10-24T21:01:00Z', localDate: '2026-10-24', value: 56, min: 55, max: 60 },
          { t: '2026-10-25T01:30:00Z', localDate: '2026-10-25', value: 52, min: 50, max: 54 },
        ],
      }),
    [`GET ${DURATION}`]: () => json(DURATION_SERIES),
    [`GET ${SESSIONS}`]: () => json({ items: [NAP, SESSION], nextCursor: null }),
    'GET /api/insights/sleep': () => json(INSIGHT),
    ...overrides,
  };
}

const figure = (id: string) => document.querySelector<HTMLElement>(`figure[data-chart="${id}"]`);

describe('SleepPage', () => {
  setUpChartPage(new Date('2026-10-25T10:00:00Z'));

  it('draws last night (the latest main sleep, not the nap) as a hypnogram with a segment per stage on its level', async () => {
    stubApi(routes());
    renderApp('/sleep');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sleep' })).toBeInTheDocument();
    await waitFor(() => expect(figure('hypnogram')).toHaveAttribute('data-state', 'ready'));
    const hypnogram = figure('hypnogram')!;
    const count = (level: string) => hypnogram.querySelectorAll(`rect[data-level="${level}"]`).length;
    expect([count('wake'), count('rem'), count('light'), count('deep')]).toEqual([2, 2, 4, 2]);
    // Awake on top, deep at the bottom.
    const y = (level: string) => Number(hypnogram.querySelector(`rect[data-level="${level}"]`)?.getAttribute('y'));
    expect(y('wake')).toBeLessThan(y('rem'));
    expect(y('light')).toBeLessThan(y('deep'));
    expect(within(hypnogram).getByText(/Deep: 1 h 40 min/)).toBeInTheDocument();
  });

  it('gives the night across the change of the clocks its real length, with 02:00 twice', async () => {
    stubApi(routes());
    renderApp('/sleep');
    await waitFor(() => expect(figure('hypnogram')).toHaveAttribute('data-state', 'ready'));
    const hypnogram = figure('hypnogram')!;
    expect(hypnogram.querySelector('svg')).toHaveAttribute('data-span-seconds', String(570 * 60));
    expect(within(hypnogram).getByText(/In bed 9 h 30 min, 22:30–07:00/)).toBeInTheDocument();
    const ticks = [...hypnogram.querySelectorAll('[data-tick]')].map((t) => t.getAttribute('data-tick'));
    expect(ticks).toEqual(['23:00', '00:00', '01:00', '02:00', '02:00', '03:00', '04:00', '05:00', '06:00', '07:00']);
  });

  it('overlays the sleeping heart rate, asked for the night instants, with gaps', async () => {
    const fetchMock = stubApi(routes());
    renderApp('/sleep');
    await waitFor(() => expect(figure('hypnogram')?.querySelector('[data-heart-rate]')).toBeTruthy());
    expect(fetchMock).toHaveBeenCalledWith(HEART, expect.anything());
    const paths = figure('hypnogram')!.querySelectorAll('.hypnogram-heart path');
    expect(paths).toHaveLength(2);
    expect(within(figure('hypnogram')!).getByText('Heart rate (bpm)')).toBeInTheDocument();
  });

  it('goes to the previous night by its date, and says when a night has no main sleep', async () => {
    stubApi(
      routes({
        'GET /api/sleep/sessions?from=2026-10-24&to=2026-10-24&limit=10': () => json({ items: [], nextCursor: null }),
      }),
    );
    renderApp('/sleep');
    await waitFor(() => expect(figure('hypnogram')).toHaveAttribute('data-state', 'ready'));
    expect(screen.getByRole('button', { name: 'Next night →' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '← Previous night' }));
    await waitFor(() => expect(figure('hypnogram')).toHaveAttribute('data-state', 'empty'));
    expect(within(figure('hypnogram')!).getByText(/No main sleep recorded for the night to/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next night →' })).toBeEnabled();
  });

  it('draws the duration with stages and the efficiency of the main sleeps over the range', async () => {
    stubApi(routes());
    renderApp('/sleep');
    expect((await drawnPlot('sleep-duration')).opts.series.map((s) => s.label)).toEqual(['Date', 'Asleep', 'Deep', 'Light', 'REM', 'Awake']);
    expect((await drawnPlot('sleep-efficiency')).data[1]).toEqual([93]);
  });

  it('says regularity in plain words', async () => {
    stubApi(routes());
    renderApp('/sleep');
    expect(await screen.findByText(/usually went to bed around 23:15; your bedtime varies by about 42 min/)).toBeInTheDocument();
    expect(screen.getByText('Your sleep times are fairly regular.')).toBeInTheDocument();
  });

  it('asks to connect Fitbit when there is no sleep at all, and shows errors as sentences', async () => {
    stubApi(
      routes({
        'GET /api/sleep/sessions?limit=10': () => json({ items: [], nextCursor: null }),
        [`GET ${DURATION}`]: () => problem(400, { type: 'https://falcon.health/problems/validation', title: 'Bad Request', detail: 'to must not be before from' }),
      }),
    );
    renderApp('/sleep');
    await waitFor(() => expect(figure('hypnogram')).toHaveAttribute('data-state', 'empty'));
    expect(within(figure('hypnogram')!).getByRole('link', { name: 'Connect Fitbit' })).toHaveAttribute('href', '/connections');
    expect(within(figure('hypnogram')!).getByText('Connect Fitbit to see your sleep')).toBeInTheDocument();
    await waitFor(() => expect(figure('sleep-duration')).toHaveAttribute('data-state', 'error'));
    expect(within(figure('sleep-duration')!).getByRole('alert')).toHaveTextContent('to must not be before from');
  });
  it('has no serious or critical axe violations once drawn', async () => {
    stubApi(routes());
    const { container } = renderApp('/sleep');
    await waitFor(() => expect(figure('hypnogram')).toHaveAttribute('data-state', 'ready'));
    await waitFor(() => expect(figure('sleep-efficiency')).toHaveAttribute('data-state', 'ready'));
    await screen.findByText(/usually went to bed/);
    // jsdom has no canvas; axe's icon-ligature check asks for one.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});

describe('sleep columns', () => {
  it('makes a missing night a gap and keeps the stage minutes as their own series', () => {
    const { data, series } = durationColumns(DURATION_SERIES);
    expect(series.map((s) => s.label)).toEqual(['Asleep', 'Deep', 'Light', 'REM', 'Awake']);
    expect(data[1]).toEqual([420, null, 530]);
    expect(data[2]).toEqual([80, null, 100]);
  });

  it('places efficiency on the wake-up date and computes it where Fitbit gave none', () => {
    const nights: SleepSession[] = [
      { ...SESSION, dateOfSleep: '2026-10-25', efficiency: null, minutesAsleep: 450, minutesAwake: 50 },
      { ...SESSION, id: 'b', dateOfSleep: '2026-10-26', efficiency: 88 },
    ];
    const [x, y] = efficiencyColumns(nights, 'Europe/Berlin');
    expect(y).toEqual([90, 88]);
    // 25 October starts at 22:00 UTC the day before; the 25-hour day is no gap.
    expect(x).toEqual([Date.parse('2026-10-24T22:00:00Z') / 1000, Date.parse('2026-10-25T23:00:00Z') / 1000]);
  });

  it('says when times vary all round the clock', () => {
    const words = regularityWords({ nights: 3, bedTimeMean: '00:00', bedTimeSdMinutes: null, wakeTimeMean: '07:00', wakeTimeSdMinutes: 95 });
    expect(words[0]).toContain('varies all round the clock');
    expect(words[1]).toContain('about 1 h 35 min');
    expect(words[2]).toMatch(/irregular/);
  });
});
