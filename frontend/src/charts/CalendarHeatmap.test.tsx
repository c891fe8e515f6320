import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CalendarHeatmap, level } from './CalendarHeatmap';
import { addDays } from './time';

describe('CalendarHeatmap', () => {
  const year = Array.from({ length: 365 }, (_, i) => ({
    date: addDays('2026-01-01', i),
    value: i % 10 === 0 ? null : i % 7,
  }));

  it('draws one labelled square per day, with no data shown as no data rather than 0', () => {
    const { container } = render(
      <CalendarHeatmap id="activity-calendar" title="Active minutes" unit="min" timeZone="Europe/Berlin" days={year} state="ready" />,
    );
    const figure = container.querySelector('figure[data-chart="activity-calendar"][data-state="ready"]');
    expect(figure).not.toBeNull();
    expect(container.querySelectorAll('rect[data-date]')).toHaveLength(365);
    expect(screen.getByRole('img', { name: /1 Jan 2026: no data|Jan 1, 2026: no data/ })).toBeInTheDocument();
    const second = container.querySelector('rect[data-date="2026-01-02"]');
    expect(second?.getAttribute('aria-label')).toMatch(/2026: 1 min$/);
    expect(container.querySelector('rect[data-date="2026-01-08"]')?.getAttribute('data-level')).toBe('0');
  });

  it('starts the weeks on Monday and keeps the 25-hour day of 2026-10-25 one square', () => {
    const { container } = render(
      <CalendarHeatmap
        id="c"
        title="Steps"
        unit="count"
        timeZone="Europe/Berlin"
        days={[
          { date: '2026-10-24', value: 10 },
          { date: '2026-10-25', value: 20 },
          { date: '2026-10-26', value: 40 },
        ]}
        state="ready"
      />,
    );
    const rects = [...container.querySelectorAll('rect[data-date]')];
    expect(rects.map((r) => r.getAttribute('data-date'))).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    // Saturday and Sunday in the first column, Monday in the next.
    expect(rects[0]?.getAttribute('x')).toBe(rects[1]?.getAttribute('x'));
    expect(rects[2]?.getAttribute('x')).not.toBe(rects[1]?.getAttribute('x'));
    expect(rects[2]?.getAttribute('data-level')).toBe('4');
  });

  it('shows the loading, empty and error states', () => {
    const { rerender } = render(<CalendarHeatmap id="c" title="Steps" unit="count" timeZone="UTC" days={[]} state="loading" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading steps');
    rerender(<CalendarHeatmap id="c" title="Steps" unit="count" timeZone="UTC" days={[]} state="empty" empty="Connect Strava" />);
    expect(screen.getByText('Connect Strava')).toBeInTheDocument();
    rerender(<CalendarHeatmap id="c" title="Steps" unit="count" timeZone="UTC" days={[]} state="error" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Steps could not be loaded.');
  });

  it('puts values on four steps by their share of the largest', () => {
    expect([level(null, 10), level(0, 10), level(1, 10), level(5, 10), level(10, 10)]).toEqual([-1, 0, 1, 2, 4]);
  });
});
