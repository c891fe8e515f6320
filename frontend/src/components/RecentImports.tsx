import { Fragment, useEffect, useState } from 'react';
import { displayName, listImports, RECENT_IMPORTS_LIMIT } from '../api/imports';
import type { ImportView } from '../api/imports';
import { ImportReport } from './ImportReport';
import { formatLabel, originLabel, statusLabel } from './importLabels';
import { describeError } from './useTrackedImport';

type State = { kind: 'loading' } | { kind: 'loaded'; items: ImportView[] } | { kind: 'failed'; message: string };

/**
 * A provider's latest imports (uploaded, synced from Dropbox or handed over), newest first;
 * each row opens its report. Loaded again whenever `version` changes (an import started or
 * ended) and on Refresh.
 */
export function RecentImports({ provider, version }: { provider: string; version: number }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let current = true;
    listImports(provider, RECENT_IMPORTS_LIMIT)
      .then((items) => current && setState({ kind: 'loaded', items: Array.isArray(items) ? items : [] }))
      .catch((error: unknown) =>
        // Keep the last list when a refresh fails; say so only when there is none.
        current &&
        setState((previous) =>
          previous.kind === 'loaded' ? previous : { kind: 'failed', message: describeError(error) },
        ),
      );
    return () => {
      current = false;
    };
  }, [provider, version, reloads]);

  function toggle(id: string) {
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  const titleId = `${provider}-recent-title`;
  return (
    // Named with the card's title too ("Recent files Dropbox folder"): every card has this region.
    <section className="import" aria-labelledby={`${titleId} connection-${provider}`}>
      <div className="connection-head">
        <h3 id={titleId}>Recent files</h3>
        <button type="button" className="button button-quiet" onClick={() => setReloads((n) => n + 1)}>
          Refresh
        </button>
      </div>
      {state.kind === 'loading' && (
        <p role="status" className="muted">
          Loading files…
        </p>
      )}
      {state.kind === 'failed' && <p className="error">{state.message}</p>}
      {state.kind === 'loaded' && state.items.length === 0 && <p className="muted">No files yet.</p>}
      {state.kind === 'loaded' && state.items.length > 0 && (
        <table className="runs files">
          <caption className="visually-hidden">Recent files</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">From</th>
              <th scope="col">Format</th>
              <th scope="col">Status</th>
              <th scope="col">Rows</th>
              <th scope="col">
                <span className="visually-hidden">Report</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((item) => {
              const shown = open.has(item.id);
              const reportId = `${provider}-import-${item.id}-report`;
              const name = displayName(item);
              return (
                <Fragment key={item.id}>
                  <tr>
                    <th scope="row">
                      <code>{name}</code>
                    </th>
                    <td>{originLabel(item.origin)}</td>
                    <td>{formatLabel(item.format)}</td>
                    <td>
                      {statusLabel(item.status)}
                      {item.dropbox?.deleted && <span className="muted"> (deleted in Dropbox, readings kept)</span>}
                    </td>
                    <td>
                      {(item.rowsImported ?? 0).toLocaleString()}
                      {item.rowsSkipped ? ` (${item.rowsSkipped.toLocaleString()} skipped)` : ''}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        aria-expanded={shown}
                        aria-controls={reportId}
                        aria-label={`Details of ${name}`}
                        onClick={() => toggle(item.id)}
                      >
                        Details
                      </button>
                    </td>
                  </tr>
                  {shown && (
                    <tr id={reportId} className="file-report">
                      <td colSpan={6}>
                        <ImportReport item={item} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
