import { useState } from 'react';
import type { FormEvent } from 'react';
import { saveSettings } from '../api/me';
import type { Units } from '../api/me';
import { FieldError } from '../components/FieldError';
import { TimeZoneField } from '../components/TimeZoneField';
import { usePageTitle } from '../components/usePageTitle';
import { formFailure } from '../components/useTrackedImport';
import type { FormFailure } from '../components/useTrackedImport';
import { useMe, useSession } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';

type Outcome = { kind: 'idle' } | { kind: 'saved' } | ({ kind: 'failed' } & FormFailure);

/** Time zone and units; the time zone defaults to the browser's until the user saves one. */
export function SettingsPage() {
  usePageTitle('Settings');
  const { settings } = useMe();
  const { settingsSaved } = useSession();
  const [timeZone, setTimeZone] = useState(settings.timeZone ?? browserTimeZone());
  const [units, setUnits] = useState<Units>(settings.units);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setOutcome({ kind: 'idle' });
    try {
      settingsSaved(await saveSettings({ timeZone, units }));
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', ...formFailure(error, 'Saving failed.') });
    } finally {
      setSaving(false);
    }
  }

  const fieldErrors = outcome.kind === 'failed' ? outcome.fieldErrors : {};
  const unitsError = fieldErrors['units'];
  return (
    <>
      <h1>Settings</h1>
      <form className="card form" onSubmit={submit} noValidate>
        <fieldset className="plain" disabled={saving}>
          <TimeZoneField
            id="timeZone"
            label="Time zone"
            hint="Falcon Health uses this zone to decide where each day begins and ends."
            value={timeZone}
            onChange={setTimeZone}
            error={fieldErrors['timeZone']}
            hintWhenInvalid={false}
          />
          <fieldset
            className="field"
            aria-invalid={unitsError ? true : undefined}
            aria-describedby={unitsError ? 'units-error' : undefined}
          >
            <legend>Units</legend>
            <UnitsOption value="metric" label="Metric (kg, km, °C)" selected={units} onSelect={setUnits} />
            <UnitsOption value="imperial" label="Imperial (lb, mi, °F)" selected={units} onSelect={setUnits} />
            <FieldError id="units-error" error={unitsError} />
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
