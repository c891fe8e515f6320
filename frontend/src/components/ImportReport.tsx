import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ImportedFile, ImportView } from '../api/imports';
import { formatLabel, kindLabel } from './importLabels';

/** Lists longer than this are collapsed behind a `<details>` toggle. */
export const COLLAPSE_AFTER = 5;

/** A line or file that could not be read; `file` is left out when the report is about one file. */
export interface ReportProblem {
  file?: string | null;
  line?: number | null;
  reason: string;
}

/** Statuses whose rows are worth showing even when none were imported. */
const READ: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED']);

const ASSUMED = ' (assumed: the file states no zone)';

/**
 * What one import did, the same for every provider: why it was refused, failed, skipped, handed
 * off or is a duplicate (the server's reason, and the earlier import), the format, rows imported
 * and skipped with the zone times were read in, the files read, what was skipped on purpose, and
 * the errors with file and line ("and N more" beyond those the server lists).
 */
export function ImportReport({ item }: { item: ImportView }) {
  const id = useId();
  const errors = item.errors ?? [];
  const files = item.files ?? [];
  const skipped = item.skipped ?? [];
  const rowsImported = item.rowsImported ?? 0;
  const rowsSkipped = item.rowsSkipped ?? 0;
  const hasRows =
    READ.has(item.status) || rowsImported > 0 || rowsSkipped > 0 || errors.length > 0 || files.length > 0;
  return (
    <div className="import-report">
      {item.reason && <p className={item.status === 'FAILED' ? 'error' : undefined}>{item.reason}</p>}
      {item.status === 'DUPLICATE' && item.duplicateOf && (
        <p className="muted">
          Same content as the earlier import <code>{item.duplicateOf}</code>.
        </p>
      )}
      {item.format && <p className="muted">Format: {formatLabel(item.format)}</p>}
      {hasRows && (
        <ReportFacts
          facts={[
            ...(files.length > 0 ? [['Files read', files.length] as const] : []),
            ['Rows imported', rowsImported],
            ['Rows skipped', rowsSkipped],
          ]}
        />
      )}
      {hasRows && item.zone && (
        <p className="muted">
          Times read in {item.zone}
          {item.zoneAssumed ? ASSUMED : ''}.
        </p>
      )}
      {files.length > 0 && <FilesTable files={files} />}
      {skipped.length > 0 && (
        <ReportList title="Skipped" count={skipped.length} id={`${id}-skipped`}>
          {skipped.map((entry, index) => (
            <li key={`${entry.file}-${index}`}>
              <code>{entry.file}</code>: {entry.reason} ({(entry.count ?? 0).toLocaleString()}{' '}
              {entry.count === 1 ? 'record' : 'records'})
            </li>
          ))}
        </ReportList>
      )}
      <ProblemList errors={errors} more={item.moreErrors ?? 0} />
    </div>
  );
}

function FilesTable({ files }: { files: ImportedFile[] }) {
  return (
    <table className="runs">
      <caption className="visually-hidden">Files read</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Contents</th>
          <th scope="col">Imported</th>
          <th scope="col">Skipped</th>
        </tr>
      </thead>
      <tbody>
        {files.map((f, index) => (
          <tr key={`${f.name}-${index}`}>
            <td>
              <code>{f.name}</code>
            </td>
            <td>{kindLabel(f.kind)}</td>
            <td>{(f.rowsImported ?? 0).toLocaleString()}</td>
            <td>{(f.rowsSkipped ?? 0).toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Totals as a definition list. */
export function ReportFacts({ facts }: { facts: ReadonlyArray<readonly [string, number]> }) {
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{(value ?? 0).toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * "Errors (n)": each problem with its file and line when known, and "and N more" for those the
 * server counted but did not list; nothing when there are none.
 */
export function ProblemList({
  errors,
  more = 0,
  title = 'Errors',
}: {
  errors: ReportProblem[];
  more?: number;
  title?: string;
}) {
  const id = useId();
  if (errors.length === 0 && more <= 0) {
    return null;
  }
  return (
    <ReportList
      title={title}
      count={errors.length + Math.max(more, 0)}
      id={`${id}-errors`}
      tone="error"
      footer={more > 0 ? <p className="muted">…and {more.toLocaleString()} more.</p> : null}
    >
      {errors.map((entry, index) => (
        <li key={`${entry.file ?? ''}-${entry.line ?? ''}-${index}`}>
          {entry.file && <code>{entry.file}</code>}
          {where(entry)}
          {entry.reason}
        </li>
      ))}
    </ReportList>
  );
}

/** What follows the file name, or stands for it: ", line 7: ", "Line 7: ", ": " or nothing. */
function where({ file, line }: ReportProblem): string {
  if (file) {
    return line != null ? `, line ${line}: ` : ': ';
  }
  return line != null ? `Line ${line}: ` : '';
}

/** A titled list; long ones start collapsed and open with the keyboard like any `<details>`. */
function ReportList({
  title,
  count,
  id,
  tone,
  footer,
  children,
}: {
  title: string;
  count: number;
  id: string;
  tone?: 'error';
  footer?: ReactNode;
  children: ReactNode;
}) {
  const heading = `${title} (${count.toLocaleString()})`;
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
        {footer}
      </details>
    );
  }
  return (
    <div className="report-section">
      <h5 id={`${id}-title`}>{heading}</h5>
      {list}
      {footer}
    </div>
  );
}
