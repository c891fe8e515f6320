import { useEffect, useState } from 'react';
import type { BloodPressureReading } from '../../api/bloodPressure';
import { fetchReadings } from '../../api/bloodPressure';
import { couldNotLoad } from '../../charts/errors';
import { EmptyState } from '../../components/EmptyState';
import { formatDateTime } from '../../format';
import { bloodPressureCategory, CATEGORY_LABELS } from './category';
import { ScrollRegion } from '../../components/ScrollRegion';

const PAGE_SIZE = 50;

type State =
  | { status: 'loading' }
  | { status: 'ready'; items: BloodPressureReading[]; nextCursor: string | null; more: 'idle' | 'loading' | 'error' }
  | { status: 'error'; message: string };

function sourceText(reading: BloodPressureReading): string {
  const source = reading.source;
  if (!source) return '–';
  const origin = [source.provider, source.channel].filter(Boolean).join('/');
  return source.file ? `${origin}, ${source.file}` : origin;
}

/** The readings of the range, newest first, 50 at a time (the list's keyset cursor), with their source file. */
export function ReadingsTable({ from, to, timeZone }: { from: string; to: string; timeZone: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    fetchReadings({ from, to, limit: PAGE_SIZE })
      .then((page) => current && setState({ status: 'ready', items: page.items, nextCursor: page.nextCursor, more: 'idle' }))
      .catch((error: Error) => current && setState({ status: 'error', message: couldNotLoad(error, 'The readings') }));
    return () => {
      current = false;
    };
  }, [from, to]);

  function loadMore() {
    if (state.status !== 'ready' || state.nextCursor === null) return;
    const shown = state;
    setState({ ...shown, more: 'loading' });
    fetchReadings({ from, to, limit: PAGE_SIZE, cursor: shown.nextCursor ?? undefined })
      .then((page) =>
        setState({ status: 'ready', items: [...shown.items, ...page.items], nextCursor: page.nextCursor, more: 'idle' }),
      )
      .catch(() => setState({ ...shown, more: 'error' }));
  }

  if (state.status === 'loading') {
    return (
      <p role="status" className="loading">
        Loading readings…
      </p>
    );
  }
  if (state.status === 'error') {
    return <p className="error">{state.message}</p>;
  }
  if (state.items.length === 0) {
    return (
      <EmptyState
        title="No readings in this range. Upload a blood-pressure file or connect Dropbox to add them."
        action={{ to: '/connections', label: 'Connect Dropbox or upload' }}
      />
    );
  }
  return (
    <>
      <ScrollRegion label="Blood-pressure readings">
        <table className="bp-table" data-testid="bp-readings-table">
          <caption className="visually-hidden">Blood-pressure readings, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Measured</th>
              <th scope="col">Systolic (mmHg)</th>
              <th scope="col">Diastolic (mmHg)</th>
              <th scope="col">Pulse (bpm)</th>
              <th scope="col">Category</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((reading) => {
              const category = bloodPressureCategory(reading.systolic, reading.diastolic);
              return (
                <tr key={reading.id}>
                  <th scope="row">
                    <time dateTime={reading.time.instant}>{formatDateTime(reading.time.instant, timeZone)}</time>
                  </th>
                  <td>{reading.systolic}</td>
                  <td>{reading.diastolic}</td>
                  <td>{reading.pulse ?? '–'}</td>
                  <td>{CATEGORY_LABELS[category]}</td>
                  <td>{sourceText(reading)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {state.nextCursor !== null && (
        <p>
          <button type="button" className="button" onClick={loadMore} disabled={state.more === 'loading'}>
            {state.more === 'loading' ? 'Loading…' : 'Show older readings'}
          </button>
          {state.more === 'error' && <span className="error"> The next readings could not be loaded; try again.</span>}
        </p>
      )}
    </>
  );
}
