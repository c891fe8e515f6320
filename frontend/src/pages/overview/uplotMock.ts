/** A stand-in for uPlot in tests (jsdom has no canvas): `vi.mock('uplot', () => import('./overview/uplotMock'))`. */
class FakePlot {
  static tzDate(date: Date): Date {
    return date;
  }

  static paths = { bars: () => () => null };

  setSize(): void {}

  setData(): void {}

  destroy(): void {}
}

export default FakePlot;

/** jsdom has no ResizeObserver; the chart only needs one that never fires. */
export class FakeResizeObserver {
  observe(): void {}

  unobserve(): void {}

  disconnect(): void {}
}
