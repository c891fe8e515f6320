/**
 * A stand-in for uPlot in jsdom tests (jsdom has no canvas). Use it in a test file with
 *
 * ```ts
 * vi.mock('uplot', async () => (await import('../charts/testing')).uplotModule());
 * ```
 *
 * Every chart built then is a {@link FakePlot}, kept in {@link plots} (cleared by {@link resetPlots}), that
 * records its options and data, runs the `ready`, `setScale`, `setSelect` and `draw` hooks as uPlot would,
 * and lets a test zoom like a drag ({@link dragZoom}). jsdom has no ResizeObserver either: {@link stubResizeObserver}.
 */
import type uPlot from 'uplot';
import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

type Hook = (u: FakePlot, ...args: unknown[]) => void;

export const plots: FakePlot[] = [];

export function resetPlots(): void {
  plots.length = 0;
}

/** The newest plot whose root sits inside `figure[data-chart=id]`, or the newest plot at all. */
/**
 * The chart `id` once it is drawn: uPlot is made in an effect, so a figure can say `ready`
 * a moment before its plot exists.
 */
export async function drawnPlot(id: string): Promise<FakePlot> {
  await waitFor(() => {
    expect(document.querySelector(`figure[data-chart="${id}"]`)).toHaveAttribute('data-state', 'ready');
    expect(lastPlot(id)).toBeDefined();
  });
  return lastPlot(id)!;
}

export function lastPlot(id?: string): FakePlot | undefined {
  for (let i = plots.length - 1; i >= 0; i--) {
    const plot = plots[i];
    if (!plot || plot.destroyed) continue;
    if (id === undefined || plot.root.closest(`[data-chart="${id}"]`)) return plot;
  }
  return undefined;
}

/** Zooms a plot to `[from, to]` (epoch seconds) the way a mouse drag does: select, then scale. */
export function dragZoom(plot: FakePlot, from: number, to: number): void {
  const left = plot.valToPos(from, 'x');
  plot.setSelect({ left, top: 0, width: plot.valToPos(to, 'x') - left, height: plot.height });
  plot.setScale('x', { min: from, max: to });
  plot.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
}

export class FakePlot {
  static tzDate(date: Date): Date {
    return date;
  }

  static fmtDate(): (date: Date) => string {
    return (date: Date) => date.toISOString();
  }

  static paths = {
    bars: () => () => null,
    linear: () => () => null,
    spline: () => () => null,
    stepped: () => () => null,
    points: () => () => null,
  };

  readonly opts: uPlot.Options;
  data: uPlot.AlignedData;
  readonly root: HTMLDivElement;
  readonly scales: Record<string, { min?: number; max?: number; time?: boolean }> = {};
  select = { left: 0, top: 0, width: 0, height: 0 };
  readonly bbox = { left: 0, top: 0, width: 0, height: 0 };
  readonly ctx = new Proxy({}, { get: () => () => undefined, set: () => true }) as CanvasRenderingContext2D;
  width: number;
  height: number;
  destroyed = false;
  draws = 0;

  constructor(opts: uPlot.Options, data: uPlot.AlignedData, target?: HTMLElement) {
    this.opts = opts;
    this.data = data;
    this.width = opts.width;
    this.height = opts.height;
    this.bbox.width = opts.width;
    this.bbox.height = opts.height;
    this.root = document.createElement('div');
    this.root.className = 'uplot';
    target?.appendChild(this.root);
    plots.push(this);
    this.autoScale();
    this.fire('ready');
    this.fire('setScale', 'x');
    this.redraw();
  }

  get series(): uPlot.Series[] {
    return [...(this.opts.series ?? [])];
  }

  private fire(name: string, ...args: unknown[]): void {
    const hooks = (this.opts.hooks as Record<string, Hook[] | undefined> | undefined)?.[name] ?? [];
    for (const hook of hooks) hook(this, ...args);
  }

  /** As uPlot: the data's extent, through the scale's own `range` function when it has one. */
  private autoScale(): void {
    const xs = this.data[0] as ArrayLike<number>;
    let min = xs[0];
    let max = xs[xs.length - 1];
    const range = this.opts.scales?.x?.range;
    if (typeof range === 'function' && min !== undefined && max !== undefined) {
      [min, max] = (range as (u: unknown, a: number, b: number, key: string) => [number, number])(this, min, max, 'x');
    }
    this.scales.x = { min, max, time: true };
  }

  setData(data: uPlot.AlignedData, resetScales = true): void {
    this.data = data;
    if (resetScales) {
      this.autoScale();
      this.fire('setScale', 'x');
    }
    this.redraw();
  }

  setScale(key: string, limits: { min: number; max: number }): void {
    this.scales[key] = { ...this.scales[key], min: limits.min, max: limits.max };
    this.fire('setScale', key);
    this.redraw();
  }

  setSelect(select: { left: number; top: number; width: number; height: number }, fire = true): void {
    this.select = { ...select };
    if (fire) this.fire('setSelect');
  }

  setSize(size: { width: number; height: number }): void {
    this.width = size.width;
    this.height = size.height;
    this.fire('setSize');
    this.redraw();
  }

  redraw(): void {
    this.draws++;
    this.fire('drawClear');
    this.fire('draw');
  }

  valToPos(value: number, scale: string): number {
    const { min = 0, max = 1 } = this.scales[scale] ?? {};
    return max === min ? 0 : ((value - min) / (max - min)) * this.width;
  }

  posToVal(position: number, scale: string): number {
    const { min = 0, max = 1 } = this.scales[scale] ?? {};
    return min + (position / this.width) * (max - min);
  }

  /** The legend's text for series `index` at row `row`, through the series' own `value` formatter. */
  legendValue(index: number, row: number): string {
    const series = this.opts.series[index];
    const raw = (this.data[index] as ArrayLike<number | null>)[row] ?? null;
    const format = series?.value;
    return typeof format === 'function'
      ? String((format as (u: unknown, v: number | null) => unknown)(this, raw))
      : String(raw);
  }

  /** The x axis' labels for some splits, through the axis' own `values` function. */
  axisValues(splits: number[], incr: number, axis = 0): string[] {
    const values = this.opts.axes?.[axis]?.values;
    return typeof values === 'function'
      ? (values as (u: unknown, s: number[], a: number, sp: number, i: number) => string[])(this, splits, axis, 50, incr)
      : splits.map(String);
  }

  destroy(): void {
    this.destroyed = true;
    this.root.remove();
  }
}

/** The module `vi.mock('uplot', ...)` should answer with. */
export function uplotModule() {
  return { default: FakePlot };
}

/** A ResizeObserver that never fires: the charts fall back to their element's width. */
export class FakeResizeObserver {
  observe(): void {}

  unobserve(): void {}

  disconnect(): void {}
}

/** Stubs the global ResizeObserver with {@link FakeResizeObserver} (undone by `vi.unstubAllGlobals()`). */
export function stubResizeObserver(): void {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
}

/**
 * The setup of a page test with charts, for the enclosing `describe`: before each test the clock reads `now`
 * (only `Date` is faked, so timers and promises run), ResizeObserver is stubbed and the plots are forgotten;
 * after it the real clock is back.
 */
export function setUpChartPage(now: Date): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    stubResizeObserver();
    resetPlots();
  });

  afterEach(() => {
    vi.useRealTimers();
  });
}
