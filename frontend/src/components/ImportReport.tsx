import type { ReactNode } from 'react';
import type { ImportReport } from '../api/imports';

/** Lists longer than this are collapsed behind a `<details>` toggle. */
export const COLLAPSE_AFTER = 5;

/** The report of a finished export import: totals, then what was skipped and what failed. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const skipped = report.skipped ?? [];
  const errors = report.errors ?? [];
  return (
    <div className="import-report">
      <dl className="facts">
        <div>
          <dt>Files read</dt>
          <dd>{report.filesRead.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Records imported</dt>
          <dd>{report.recordsImported.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Records skipped</dt>
          <dd>{report.recordsSkipped.toLocaleString()}</dd>
        </div>
      </dl>
      {skipped.length > 0 && (
        <ReportList title="Skipped" count={skipped.length} id="fitbit-import-skipped">
          {skipped.map((entry, index) => (
            <li key={`${entry.file}-${index}`}>
              <code>{entry.file}</code>: {entry.reason} ({entry.count.toLocaleString()}{' '}
              {entry.count === 1 ? 'record' : 'records'})
            </li>
          ))}
        </ReportList>
      )}
      {errors.length > 0 && (
        <ReportList title="Errors" count={errors.length} id="fitbit-import-errors" tone="error">
          {errors.map((entry, index) => (
            <li key={`${entry.file}-${entry.line ?? ''}-${index}`}>
              <code>{entry.file}</code>
              {entry.line != null ? `, line ${entry.line}` : ''}: {entry.reason}
            </li>
          ))}
        </ReportList>
      )}
    </div>
  );
}

/** A titled list; long ones start collapsed and open with the keyboard like any `<details>`. */
function ReportList({
  title,
  count,
  id,
  tone,
  children,
}: {
  title: string;
  count: number;
  id: string;
  tone?: 'error';
  children: ReactNode;
}) {
  const heading = `${title} (${count})`;
  const list = (
    <ul className={`report-list${tone ? ` report-list-${tone}` : ''}`} aria-labelledby={`${id}-title`}>
      {children}
    </ul>
  );
  if (count > COLLAPSE_AFTER) {
    return (
      <details className="report-section">
        <summary id={`${id}-title`}>{heading}</summary>
        {list}
      </details>
    );
  }
  return (
    <div className="report-section">
      <h5 id={`${id}-title`}>{heading}</h5>
      {list}
    </div>
  );
}
