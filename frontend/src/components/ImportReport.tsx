import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ImportReport } from '../api/imports';

/** Lists longer than this are collapsed behind a `<details>` toggle. */
export const COLLAPSE_AFTER = 5;

/** A line or file that could not be read; `file` is left out when the report is about one file. */
export interface ReportProblem {
  file?: string | null;
  line?: number | null;
  reason: string;
}

/** The report of a finished export import: totals, then what was skipped and what failed. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const skipped = report.skipped ?? [];
  const id = useId();
  return (
    <div className="import-report">
      <ReportFacts
        facts={[
          ['Files read', report.filesRead],
          ['Records imported', report.recordsImported],
          ['Records skipped', report.recordsSkipped],
        ]}
      />
      {skipped.length > 0 && (
        <ReportList title="Skipped" count={skipped.length} id={`${id}-skipped`}>
          {skipped.map((entry, index) => (
            <li key={`${entry.file}-${index}`}>
              <code>{entry.file}</code>: {entry.reason} ({entry.count.toLocaleString()}{' '}
              {entry.count === 1 ? 'record' : 'records'})
            </li>
          ))}
        </ReportList>
      )}
      <ProblemList errors={report.errors ?? []} />
    </div>
  );
}

/**
 * The report of one file (an uploaded blood-pressure CSV, one CSV of a MyFitnessPal export):
 * rows imported and skipped, then the rows that could not be read with their line numbers.
 */
export function FileReportView({
  rowsImported,
  rowsSkipped,
  errors,
  note,
}: {
  rowsImported: number;
  rowsSkipped: number;
  errors: ReportProblem[];
  /** A line under the totals, e.g. the zone times were read in. */
  note?: ReactNode;
}) {
  return (
    <div className="import-report">
      <ReportFacts
        facts={[
          ['Rows imported', rowsImported],
          ['Rows skipped', rowsSkipped],
        ]}
      />
      {note && <p className="muted">{note}</p>}
      <ProblemList errors={errors} />
    </div>
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

/** "Errors (n)": each problem with its file and line when known; nothing when there are none. */
export function ProblemList({ errors, title = 'Errors' }: { errors: ReportProblem[]; title?: string }) {
  const id = useId();
  if (errors.length === 0) {
    return null;
  }
  return (
    <ReportList title={title} count={errors.length} id={`${id}-errors`} tone="error">
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
