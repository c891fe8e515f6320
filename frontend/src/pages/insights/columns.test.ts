import { describe, expect, it } from 'vitest';
import { dailyColumns } from './columns';

describe('dailyColumns', () => {
  it('places each date at its start in the user zone and leaves a missing day as a gap, never 0', () => {
    const rows = [
      { date: '2026-03-28', value: 50 },
      { date: '2026-03-29', value: null },
      { date: '2026-03-31', value: 52 },
    ];

    const [x, values] = dailyColumns(rows, 'Europe/Berlin', (row) => row.value);

    expect(x.map((t) => new Date(t * 1000).toISOString())).toEqual([
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      // 30 March is missing: a gap row at its start, after the clocks went forward.
      '2026-03-29T22:00:00.000Z',
      '2026-03-30T22:00:00.000Z',
    ]);
    expect(values).toEqual([50, null, null, 52]);
  });
});
