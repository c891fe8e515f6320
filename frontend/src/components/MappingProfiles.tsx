import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { deleteProfile, previewProfile, saveProfile } from '../api/dropbox';
import type { MappingProfile, ProfileDraft, ProfilePreview } from '../api/dropbox';
import { formatTime } from '../format';
import { readCsvHead } from './csvHeader';
import type { CsvHead } from './csvHeader';
import { FormField } from './FormField';
import { ProblemList } from './ImportReport';
import { describeError, formFailure } from './useTrackedImport';
import type { FormFailure } from './useTrackedImport';

/** Starts the import of a file with a saved mapping profile. */
export type StartImport = (file: File, profileId: string) => Promise<void>;

/** The saved profiles, as the card loads them. */
export type ProfilesState =
  | { kind: 'loading' }
  | { kind: 'loaded'; items: MappingProfile[] }
  | { kind: 'failed'; message: string };

/** `java.time` patterns offered for the date column (free text is allowed too). */
export const DATE_FORMATS = [
  'yyyy-MM-dd',
  'dd.MM.yyyy',
  'dd/MM/yyyy',
  'MM/dd/yyyy',
  'yyyy-MM-dd HH:mm',
  'dd.MM.yyyy HH:mm',
  'MM/dd/yyyy h:mm a',
];
export const TIME_FORMATS = ['HH:mm', 'HH:mm:ss', 'h:mm a', 'hh:mm a'];

/** How many preview rows are shown. */
const PREVIEW_ROWS = 10;

type Role = 'date' | 'time' | 'systolic' | 'diastolic' | 'pulse';

const ROLES: ReadonlyArray<{ role: Role; label: string; optional: boolean; guess: RegExp }> = [
  { role: 'date', label: 'Date column', optional: false, guess: /date|datum|day|tag/i },
  { role: 'time', label: 'Time column', optional: true, guess: /time|zeit|uhr/i },
  { role: 'systolic', label: 'Systolic column', optional: false, guess: /sys/i },
  { role: 'diastolic', label: 'Diastolic column', optional: false, guess: /dia/i },
  { role: 'pulse', label: 'Pulse column', optional: true, guess: /pulse|puls|heart|bpm|^hr$/i },
];

type Columns = Record<Role, string>;
const NO_COLUMNS: Columns = { date: '', time: '', systolic: '', diastolic: '', pulse: '' };

type Action =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'preview' | 'save' | 'import' | 'delete' }
  | ({ kind: 'failed' } & FormFailure)
  | { kind: 'done'; message: string };

/**
 * Column-mapping profiles for blood-pressure CSVs no built-in format reads ("Generic CSV"): the
 * header of a sample file is read in the browser to offer its columns, the server previews what
 * the profile reads (nothing stored), then the profile is saved and the sample imported with it.
 */
export function MappingProfiles({
  profiles,
  onProfilesChanged,
  startImport,
  timeZone,
}: {
  profiles: ProfilesState;
  onProfilesChanged: () => void;
  startImport: StartImport;
  /** The user's zone, in which the preview shows the times read. */
  timeZone: string;
}) {
  const [sample, setSample] = useState<File | null>(null);
  const [head, setHead] = useState<CsvHead | null>(null);
  const [name, setName] = useState('');
  const [columns, setColumns] = useState<Columns>(NO_COLUMNS);
  const [dateFormat, setDateFormat] = useState(DATE_FORMATS[0] ?? '');
  const [timeFormat, setTimeFormat] = useState(TIME_FORMATS[0] ?? '');
  const [preview, setPreview] = useState<ProfilePreview | null>(null);
  const [saved, setSaved] = useState<MappingProfile | null>(null);
  const [action, setAction] = useState<Action>({ kind: 'idle' });

  async function chooseSample(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0] ?? null;
    setSample(file);
    setPreview(null);
    setSaved(null);
    setAction({ kind: 'idle' });
    if (!file) {
      setHead(null);
      return;
    }
    try {
      const read = await readCsvHead(file);
      setHead(read);
      setColumns(guessColumns(read.header));
    } catch (error) {
      setHead(null);
      setAction({ kind: 'failed', message: describeError(error), fieldErrors: {} });
    }
  }

  function draft(): ProfileDraft {
    return {
      name: name.trim(),
      columns: {
        date: columns.date,
        systolic: columns.systolic,
        diastolic: columns.diastolic,
        ...(columns.time ? { time: columns.time } : {}),
        ...(columns.pulse ? { pulse: columns.pulse } : {}),
      },
      dateFormat: dateFormat.trim(),
      ...(columns.time ? { timeFormat: timeFormat.trim() } : {}),
    };
  }

  async function run(what: 'preview' | 'save' | 'import', task: () => Promise<string>) {
    setAction({ kind: 'busy', what });
    try {
      setAction({ kind: 'done', message: await task() });
    } catch (error) {
      setAction({ kind: 'failed', ...formFailure(error, 'The request failed.') });
    }
  }

  function doPreview() {
    if (!sample) return;
    void run('preview', async () => {
      const result = await previewProfile(sample, { ...draft(), name: name.trim() || 'Preview' });
      setPreview(result);
      return `Preview ready: ${result.rowsRead.toLocaleString()} rows read.`;
    });
  }

  function doSave() {
    if (name.trim() === '') {
      setAction({
        kind: 'failed',
        message: 'Please correct the highlighted fields.',
        fieldErrors: { name: 'Give the profile a name.' },
      });
      return;
    }
    void run('save', async () => {
      const profile = await saveProfile(draft());
      setSaved(profile);
      onProfilesChanged();
      return `Profile “${profile.name}” saved.`;
    });
  }

  function doImport() {
    if (!sample || !saved) return;
    void run('import', async () => {
      await startImport(sample, saved.id);
      return `Import of ${sample.name} with “${saved.name}” started; its report appears under Upload a file.`;
    });
  }

  async function remove(profile: MappingProfile) {
    setAction({ kind: 'busy', what: 'delete' });
    try {
      await deleteProfile(profile.id);
      if (saved?.id === profile.id) setSaved(null);
      onProfilesChanged();
      setAction({ kind: 'done', message: `Profile “${profile.name}” deleted.` });
    } catch (error) {
      setAction({ kind: 'failed', message: describeError(error), fieldErrors: {} });
    }
  }

  const busy = action.kind === 'busy';
  const errors = action.kind === 'failed' ? action.fieldErrors : {};
  const items = profiles.kind === 'loaded' ? profiles.items : [];
  return (
    <section className="import" aria-labelledby="dropbox-profiles-title">
      <details className="report-section">
        <summary>
          <h3 id="dropbox-profiles-title" className="summary-title">
            Column mapping for other blood-pressure CSVs
          </h3>
        </summary>
        <p className="muted">
          For a CSV no built-in format reads: tell Falcon Health which column holds what, check the preview, save
          the mapping as a profile and import with it. Saved profiles can be chosen when uploading.
        </p>
        {profiles.kind === 'failed' && <p className="error">{profiles.message}</p>}
        {items.length > 0 && (
          <ul className="profile-list" aria-label="Saved profiles">
            {items.map((p) => (
              <li key={p.id}>
                <span>
                  <strong>{p.name}</strong>{' '}
                  <span className="muted">
                    ({describeProfile(p)})
                  </span>
                </span>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={busy}
                  aria-label={`Delete profile ${p.name}`}
                  onClick={() => void remove(p)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
        <form className="form" noValidate aria-label="New column mapping profile" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="plain" disabled={busy}>
            <FormField id="profile-sample" label="Sample file" error={errors['file']}>
              {(props) => (
                <input
                  type="file"
                  name="file"
                  accept=".csv,.txt,text/csv,text/plain"
                  onChange={(e) => void chooseSample(e)}
                  {...props}
                />
              )}
            </FormField>
            {head && (
              <>
                <p className="muted" role="status">
                  {head.header.length} columns found, separated by “{head.delimiter}”.
                </p>
                <FormField id="profile-name" label="Profile name" error={errors['name']}>
                  {(props) => <input name="name" value={name} onChange={(e) => setName(e.target.value)} {...props} />}
                </FormField>
                <div className="field-grid">
                  {ROLES.map(({ role, label, optional }) => (
                    <FormField
                      key={role}
                      id={`profile-column-${role}`}
                      label={label}
                      error={errors[`columns.${role}`]}
                    >
                      {(props) => (
                        <select
                          name={role}
                          value={columns[role]}
                          onChange={(e) => setColumns((c) => ({ ...c, [role]: e.target.value }))}
                          {...props}
                        >
                          <option value="">{optional ? 'None' : 'Choose a column'}</option>
                          {head.header.map((column, index) => (
                            <option key={`${column}-${index}`} value={column}>
                              {column}
                              {head.example[index] ? ` (e.g. ${head.example[index]})` : ''}
                            </option>
                          ))}
                        </select>
                      )}
                    </FormField>
                  ))}
                </div>
                <FormatField
                  id="profile-date-format"
                  label="Date format"
                  presets={DATE_FORMATS}
                  value={dateFormat}
                  onChange={setDateFormat}
                  error={errors['dateFormat']}
                />
                {columns.time && (
                  <FormatField
                    id="profile-time-format"
                    label="Time format"
                    presets={TIME_FORMATS}
                    value={timeFormat}
                    onChange={setTimeFormat}
                    error={errors['timeFormat']}
                  />
                )}
                <div className="actions">
                  <button type="button" className="button button-quiet" onClick={doPreview}>
                    {action.kind === 'busy' && action.what === 'preview' ? 'Previewing…' : 'Preview'}
                  </button>
                  <button type="button" className="button button-quiet" onClick={doSave}>
                    {action.kind === 'busy' && action.what === 'save' ? 'Saving…' : 'Save profile'}
                  </button>
                  <button type="button" className="button" disabled={!saved} onClick={doImport}>
                    Import with profile
                  </button>
                </div>
              </>
            )}
          </fieldset>
          <div aria-live="polite" className="form-outcome">
            {action.kind === 'failed' && <p className="error">{action.message}</p>}
            {action.kind === 'done' && <p className="success">{action.message}</p>}
          </div>
        </form>
        {preview && <PreviewTable preview={preview} timeZone={timeZone} />}
      </details>
    </section>
  );
}

function PreviewTable({ preview, timeZone }: { preview: ProfilePreview; timeZone: string }) {
  const rows = preview.rows ?? [];
  const shown = rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="import-report" aria-label="Preview" role="group">
      <h4>Preview</h4>
      <p className="muted">
        {preview.rowsRead.toLocaleString()} rows read
        {rows.length > shown.length ? `; the first ${shown.length} are shown` : ''}. Nothing is stored yet.
      </p>
      {shown.length > 0 && (
        <table className="runs">
          <caption className="visually-hidden">Preview of the rows read</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Date</th>
              <th scope="col">Time</th>
              <th scope="col">Systolic</th>
              <th scope="col">Diastolic</th>
              <th scope="col">Pulse</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{row.localDate ?? '—'}</td>
                <td>{row.instant ? formatTime(row.instant, timeZone) : '—'}</td>
                <td>{row.systolic ?? '—'}</td>
                <td>{row.diastolic ?? '—'}</td>
                <td>{row.pulse ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ProblemList errors={preview.errors ?? []} title="Rows that could not be read" />
    </div>
  );
}

/** A preset list of patterns, or "Other…" with free text. */
function FormatField({
  id,
  label,
  presets,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  presets: readonly string[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const [custom, setCustom] = useState(!presets.includes(value));
  return (
    <FormField id={id} label={label} error={error}>
      {(props) => (
        <>
          <select
            {...props}
            value={custom ? '' : value}
            onChange={(e) => {
              const chosen = e.target.value;
              setCustom(chosen === '');
              if (chosen !== '') onChange(chosen);
            }}
          >
            {presets.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
            <option value="">Other…</option>
          </select>
          {custom && (
            <input
              aria-label={`Custom ${label.toLowerCase()}`}
              value={value}
              spellCheck={false}
              placeholder="e.g. d.M.yy"
              onChange={(e) => onChange(e.target.value)}
            />
          )}
        </>
      )}
    </FormField>
  );
}

/** "Datum, SYS, DIA; dd.MM.yyyy HH:mm": the columns in use and the patterns. */
function describeProfile(p: MappingProfile): string {
  const { date, time, systolic, diastolic, pulse } = p.columns;
  const used = [date, time, systolic, diastolic, pulse].filter(Boolean).join(', ');
  return `${used}; ${p.dateFormat}${p.timeFormat ? ` ${p.timeFormat}` : ''}`;
}

/** The first unused column whose name looks like each role's. */
function guessColumns(header: string[]): Columns {
  const taken = new Set<string>();
  const guessed = { ...NO_COLUMNS };
  for (const { role, guess } of ROLES) {
    const match = header.find((column) => !taken.has(column) && guess.test(column));
    if (match) {
      guessed[role] = match;
      taken.add(match);
    }
  }
  return guessed;
}
