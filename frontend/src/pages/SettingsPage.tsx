import { useState } from 'react';
import type { FormEvent } from 'react';
import { ProblemError } from '../api/client';
import { saveSettings } from '../api/me';
import type { Units } from '../api/me';
import { usePageTitle } from '../components/usePageTitle';
import { useMe, useSession } from '../session/SessionContext';
import { availableTimeZones, browserTimeZone } from '../timeZones';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string; fieldErrors: Record<string, string> };

/** Time zone and units; the time zone defaults to the browser's until the user saves one. */
export function SettingsPage() {
  usePageTitle('Settings');
  const { settings } = useMe();
  const { settingsSaved } = useSession();
  const [timeZone, setTimeZone] = useState(settings.timeZone ?? browserTimeZone());
  const [units, setUnits] = useState<Units>(settings.units);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [zones] = useState(() => availableTimeZones(timeZone));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setOutcome({ kind: 'idle' });
    try {
      settingsSaved(await saveSettings({ timeZone, units }));
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome(failure(error));
    } finally {
      setSaving(false);
    }
  }

  const fieldErrors = outcome.kind === 'failed' ? outcome.fieldErrors : {};
  const zoneError = fieldErrors['timeZone'];
  const unitsError = fieldErrors['units'];
  return (
    <>
      <h1>Settings</h1>
      <form className="card form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={saving}>
          <div className="field">
            <label htmlFor="timeZone">Time zone</label>
            {zones.length > 0 ? (
              <select
                id="timeZone"
                name="timeZone"
                value={timeZone}
                onChange={(e) => setTimeZone(e.target.value)}
                aria-invalid={zoneError ? true : undefined}
                aria-describedby={zoneError ? 'timeZone-error' : 'timeZone-hint'}
              >
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id="timeZone"
                name="timeZone"
                value={timeZone}
                onChange={(e) => setTimeZone(e.target.value)}
                aria-invalid={zoneError ? true : undefined}
                aria-describedby={zoneError ? 'timeZone-error' : 'timeZone-hint'}
              />
            )}
            <p id="timeZone-hint" className="hint">
              Falcon Health uses this zone to decide where each day begins and ends.
            </p>
            {zoneError && (
              <p id="timeZone-error" className="field-error">
                {zoneError}
              </p>
            )}
          </div>
          <fieldset
            className="field"
            aria-invalid={unitsError ? true : undefined}
            aria-describedby={unitsError ? 'units-error' : undefined}
          >
            <legend>Units</legend>
            <UnitsOption value="metric" label="Metric (kg, km, °C)" selected={units} onSelect={setUnits} />
            <UnitsOption value="imperial" label="Imperial (lb, mi, °F)" selected={units} onSelect={setUnits} />
            {unitsError && (
              <p id="units-error" className="field-error">
                {unitsError}
              </p>
            )}
          </fieldset>
          <button type="submit" className="button">
            {saving ? 'Saving…' : 'Save'}
          </button>
        </fieldset>
        <div aria-live="polite" className="form-outcome">
          {outcome.kind === 'saved' && <p className="success">Settings saved.</p>}
          {outcome.kind === 'failed' && <p className="error">{outcome.message}</p>}
        </div>
      </form>
    </>
  );
}

function UnitsOption(props: {
  value: Units;
  label: string;
  selected: Units;
  onSelect: (units: Units) => void;
}) {
  const id = `units-${props.value}`;
  return (
    <div className="radio">
      <input
        type="radio"
        id={id}
        name="units"
        value={props.value}
        checked={props.selected === props.value}
        onChange={() => props.onSelect(props.value)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

function failure(error: unknown): Outcome {
  if (!(error instanceof ProblemError)) {
    const message = error instanceof Error ? error.message : 'Saving failed.';
    return { kind: 'failed', message, fieldErrors: {} };
  }
  const fieldErrors = Object.fromEntries(error.errors.map((e) => [e.field, e.message]));
  const message =
    error.errors.length > 0 ? 'Please correct the highlighted fields.' : (error.detail ?? error.title);
  return { kind: 'failed', message, fieldErrors };
}
