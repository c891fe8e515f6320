import { Fragment, useEffect, useState } from 'react';
import { displayName, fetchDropboxImports } from '../api/dropbox';
import type { DropboxImport } from '../api/dropbox';
import { DROPBOX_STATUS_LABEL, DropboxImportReport, formatLabel, originLabel } from './DropboxImportReport';
import { describeError } from './useTrackedImport';

/** How many files the list shows. */
export const RECENT_FILES_LIMIT = 20;

type State = { kind: 'loading' } | { kind: 'loaded'; items: DropboxImport[] } | { kind: 'failed'; message: string };

/**
 * The latest files, uploaded or found in the watched folder, newest first; each row opens its
 * report. Loaded again whenever `version` changes (an import ended) and on Refresh.
 */
export function DropboxRecentFiles({ version }: { version: number }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let current = true;
    fetchDropboxImports(RECENT_FILES_LIMIT)
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
  }, [version, reloads]);

  function toggle(id: string) {
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <section className="import" aria-labelledby="dropbox-recent-title">
      <div className="connection-head">
        <h3 id="dropbox-recent-title">Recent files</h3>
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
              const reportId = `dropbox-file-${item.id}-report`;
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
                      {DROPBOX_STATUS_LABEL[item.status] ?? item.status}
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
                        <DropboxImportReport item={item} />
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
