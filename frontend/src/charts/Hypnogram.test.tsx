import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Hypnogram, hourTicks, layoutStages } from './Hypnogram';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('Hypnogram', () => {
  it('orders the levels from awake to deep and sums the minutes per level', () => {
    const layout = layoutStages([
      { start: '2026-03-28T22:00:00Z', seconds: 1800, level: 'deep' },
      { start: '2026-03-28T22:30:00Z', seconds: 600, level: 'wake' },
      { start: '2026-03-28T22:40:00Z', seconds: 1200, level: 'rem' },
      { start: '2026-03-28T21:30:00Z', seconds: 1800, level: 'light' },
      { start: '2026-03-28T23:00:00Z', seconds: 1800, level: 'deep' },
    ]);
    expect(layout.levels).toEqual(['wake', 'rem', 'light', 'deep']);
    expect(layout.minutesByLevel).toEqual({ deep: 60, wake: 10, rem: 20, light: 30 });
    expect([layout.from, layout.to]).toEqual([at('2026-03-28T21:30:00Z'), at('2026-03-28T23:30:00Z')]);
  });

  it('keeps the classic levels, and unknown ones below them', () => {
    expect(
      layoutStages([
        { start: '2026-03-28T22:00:00Z', seconds: 60, level: 'asleep' },
        { start: '2026-03-28T22:01:00Z', seconds: 60, level: 'awake' },
        { start: '2026-03-28T22:02:00Z', seconds: 60, level: 'restless' },
        { start: '2026-03-28T22:03:00Z', seconds: 60, level: 'unknown' },
      ]).levels,
    ).toEqual(['awake', 'restless', 'asleep', 'unknown']);
  });

  it('ticks whole local hours: the short night of 2026-03-29 in Berlin skips 02:00, New York repeats 01:00 on 2026-11-01', () => {
    const label = (t: number, zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(t * 1000));
    // 23:00 CET to 07:00 CEST: 420 minutes.
    const spring = hourTicks(at('2026-03-28T22:00:00Z'), at('2026-03-29T05:00:00Z'), 'Europe/Berlin');
    expect(spring.map((t) => label(t, 'Europe/Berlin'))).toEqual(['23:00', '00:00', '01:00', '03:00', '04:00', '05:00', '06:00', '07:00']);
    const autumn = hourTicks(at('2026-11-01T04:00:00Z'), at('2026-11-01T08:00:00Z'), 'America/New_York');
    expect(autumn.map((t) => label(t, 'America/New_York'))).toEqual(['00:00', '01:00', '01:00', '02:00', '03:00']);
    expect(hourTicks(at('2026-03-28T18:30:00Z'), at('2026-03-28T20:30:00Z'), 'Asia/Kolkata').map((t) => label(t, 'Asia/Kolkata'))).toEqual(['00:00', '01:00', '02:00']);
  });

  it('draws the 420-minute night of 2026-03-29 and lists every stage in a table', () => {
    const { container } = render(
      <Hypnogram
        id="hypnogram"
        title="Sleep stages"
        timeZone="Europe/Berlin"
        state="ready"
        start="2026-03-28T22:00:00Z"
        end="2026-03-29T05:00:00Z"
        stages={[
          { start: '2026-03-28T22:00:00Z', seconds: 12600, level: 'light' },
          { start: '2026-03-29T01:30:00Z', seconds: 12600, level: 'deep' },
        ]}
      />,
    );
    expect(screen.getByText(/In bed 7 h, 23:00–07:00/)).toBeInTheDocument();
    expect(container.querySelectorAll('rect.hypnogram-segment')).toHaveLength(2);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(screen.getByRole('img', { name: /Sleep stages: Light 3 h 30 min, Deep 3 h 30 min/ })).toBeInTheDocument();
  });
});
