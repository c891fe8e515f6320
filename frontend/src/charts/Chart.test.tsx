import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Chart, withMinMax } from './Chart';
import type { Columns } from './columns';
import { dragZoom, lastPlot, resetPlots } from './testing';

vi.mock('uplot', async () => (await import('./testing')).uplotModule());

const START = Date.parse('2026-10-24T22:00:00Z') / 1000;

function minutes(n: number): Columns {
  const x = Array.from({ length: n }, (_, i) => START + i * 60);
  return [x, x.map((_, i) => 60 + (i % 30)), x.map((_, i) => 55 + (i % 30)), x.map((_, i) => 70 + (i % 30))];
}

const SERIES = withMinMax('Heart rate');

describe('Chart', () => {
  beforeEach(() => resetPlots());

  it('draws, marks the first draw and writes how long it took', () => {
    const mark = vi.spyOn(performance, 'mark');
    const { container } = render(
      <Chart id="heart-intraday" title="Heart rate" unit="bpm" timeZone="Europe/Berlin" data={minutes(100)} series={SERIES} state="ready" />,
    );
    const figure = container.querySelector('figure[data-chart="heart-intraday"][data-state="ready"]');
    expect(figure?.getAttribute('data-points')).toBe('100');
    expect(Number(figure?.getAttribute('data-draw-ms'))).toBeGreaterThanOrEqual(0);
    expect(mark).toHaveBeenCalledWith('chart-drawn:heart-intraday');
  });

  it('fills the band between min and max and labels the axes with units and zone', () => {
    render(<Chart id="c" title="Heart rate" unit="bpm" timeZone="Europe/Berlin" data={minutes(10)} series={SERIES} state="ready" />);
    const plot = lastPlot('c');
    expect(plot?.opts.bands).toEqual([{ series: [3, 2], fill: 'rgba(0,114,178,0.2)' }]);
    expect(plot?.opts.axes?.[1]?.label).toBe('bpm');
    expect(plot?.opts.axes?.[0]?.label).toBe('Time (Europe/Berlin)');
    expect(plot?.opts.series[2]?.width).toBe(0);
    expect(plot?.opts.series[1]?.spanGaps).toBe(false);
  });

  it('writes the tooltip (live legend) with the unit and the local time', () => {
    render(<Chart id="c" title="Heart rate" unit="bpm" timeZone="Europe/Berlin" data={minutes(10)} series={SERIES} state="ready" />);
    const plot = lastPlot('c')!;
    expect(plot.legendValue(1, 0)).toBe('60 bpm');
    expect(plot.legendValue(0, 0)).toMatch(/00:00 GMT\+2$/);
    const [first, second] = plot.axisValues([START + 2 * 3600, START + 3 * 3600], 3600);
    expect(first).toMatch(/^02:00\n(25 Oct|Oct 25)$/);
    expect(second).toBe('02:00');
  });

  it('tells the page about a drag zoom, and offers Reset zoom', () => {
    const onZoom = vi.fn();
    const onResetZoom = vi.fn();
    render(
      <Chart id="c" title="Heart rate" unit="bpm" timeZone="UTC" data={minutes(600)} series={SERIES} state="ready" onZoom={onZoom} onResetZoom={onResetZoom} />,
    );
    const plot = lastPlot('c')!;
    expect(screen.queryByRole('button', { name: 'Reset zoom' })).toBeNull();
    act(() => dragZoom(plot, START + 3600, START + 7200));
    expect(onZoom).toHaveBeenCalledTimes(1);
    const [from, to] = onZoom.mock.calls[0] as [number, number];
    expect(from).toBeCloseTo(START + 3600, 0);
    expect(to).toBeCloseTo(START + 7200, 0);
    fireEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(onResetZoom).toHaveBeenCalled();
    expect(plot.scales.x).toMatchObject({ min: START, max: START + 599 * 60 });
  });

  it('pans with the arrow keys and the buttons, and zooms with + and −, when the plot has focus', () => {
    const onZoom = vi.fn();
    render(<Chart id="c" title="Heart rate" unit="bpm" timeZone="UTC" data={minutes(401)} series={SERIES} state="ready" onZoom={onZoom} />);
    const plot = lastPlot('c')!;
    const area = screen.getByRole('img', { name: /Heart rate in bpm, 401 points/ });
    expect(area).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(area, { key: '+' });
    expect(plot.scales.x).toMatchObject({ min: START + 100 * 60, max: START + 300 * 60 });
    fireEvent.keyDown(area, { key: 'ArrowRight' });
    expect(plot.scales.x).toMatchObject({ min: START + 150 * 60, max: START + 350 * 60 });
    fireEvent.click(screen.getByRole('button', { name: 'Pan earlier' }));
    expect(plot.scales.x).toMatchObject({ min: START + 100 * 60, max: START + 300 * 60 });
    fireEvent.keyDown(area, { key: '-' });
    expect(plot.scales.x).toMatchObject({ min: START, max: START + 400 * 60 });
    expect(onZoom).toHaveBeenCalledTimes(4);
  });

  it('shows a fixed window such as a whole day, and keeps the plot when only the data changes', () => {
    const day: [number, number] = [START, START + 25 * 3600];
    const { rerender } = render(
      <Chart id="c" title="Heart rate" unit="bpm" timeZone="Europe/Berlin" data={minutes(10)} series={SERIES} state="ready" xRange={day} />,
    );
    const plot = lastPlot('c')!;
    expect(plot.scales.x).toMatchObject({ min: day[0], max: day[1] });
    rerender(
      <Chart id="c" title="Heart rate" unit="bpm" timeZone="Europe/Berlin" data={minutes(20)} series={[...SERIES]} state="ready" xRange={day} />,
    );
    expect(lastPlot('c')).toBe(plot);
    expect(plot.data[0]).toHaveLength(20);
  });

  it('puts room around a single day or instant, and lets zooms through the x range unchanged', () => {
    render(<Chart id="d" title="Efficiency" unit="%" timeZone="UTC" daily data={[[START], [93]]} series={[{ label: 'Efficiency' }]} state="ready" />);
    const plot = lastPlot('d')!;
    expect(plot.scales.x).toMatchObject({ min: START - 43200, max: START + 43200 });
    const range = plot.opts.scales?.x?.range as (u: unknown, min: number, max: number, key: string) => [number, number];
    expect(range(plot, START - 100, START + 100, 'x')).toEqual([START - 100, START + 100]);
    expect(screen.queryByRole('button', { name: 'Reset zoom' })).toBeNull();
  });

  it('keeps 100,000 points out of the DOM: the table renders only when opened, capped at 1000 rows', () => {
    const { container } = render(
      <Chart id="c" title="Heart rate" unit="bpm" timeZone="UTC" data={minutes(100_000)} series={SERIES} state="ready" />,
    );
    expect(container.querySelectorAll('tr')).toHaveLength(0);
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(container.querySelectorAll('tbody tr')).toHaveLength(1000);
    expect(screen.getByText(/the first 1000 of 100000 rows|the first 1000 of 100,000 rows/)).toBeInTheDocument();
  });

  it('shows loading, empty and error states without a plot', () => {
    const empty: Columns = [[], []];
    const { rerender } = render(<Chart id="c" title="Heart rate" unit="bpm" timeZone="UTC" data={empty} series={[{ label: 'x' }]} state="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading heart rate');
    rerender(<Chart id="c" title="Heart rate" unit="bpm" timeZone="UTC" data={empty} series={[{ label: 'x' }]} state="empty" empty="Connect Fitbit" />);
    expect(screen.getByText('Connect Fitbit')).toBeInTheDocument();
    rerender(<Chart id="c" title="Heart rate" unit="bpm" timeZone="UTC" data={empty} series={[{ label: 'x' }]} state="error" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Heart rate could not be loaded.');
    expect(lastPlot('c')).toBeUndefined();
  });
});
