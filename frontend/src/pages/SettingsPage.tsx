import { useState } from 'react';
import type { FormEvent } from 'react';
import { EXPORT_ALL_URL, HEART_RATE_DEFAULTS, HEART_RATE_LIMITS, saveSettings } from '../api/me';
import type { HeartRateSettings, HeartRateUpdate, TrimpFormula, Units } from '../api/me';
import { DeleteAccount } from '../components/DeleteAccount';
import { FieldError } from '../components/FieldError';
import { FormField } from '../components/FormField';
import { RestoreArchive } from '../components/RestoreArchive';
import { TimeZoneField } from '../components/TimeZoneField';
import { usePageTitle } from '../components/usePageTitle';
import { formFailure } from '../components/useTrackedImport';
import type { FormFailure } from '../components/useTrackedImport';
import { useMe, useSession } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';

type Outcome = { kind: 'idle' } | { kind: 'saved' } | ({ kind: 'failed' } & FormFailure);

type HeartRateField = keyof typeof HEART_RATE_LIMITS;

/** The heart-rate fields as typed: blank means unset (estimated from the data, or the default). */
type HeartRateForm = Record<HeartRateField, string> & { trimpFormula: TrimpFormula };

const HEART_RATE_FIELDS: { key: HeartRateField; id: string; label: string; blank: string }[] = [
  { key: 'max', id: 'hr-max', label: 'Maximum heart rate (bpm)', blank: 'Blank: estimated from your data.' },
  { key: 'resting', id: 'hr-resting', label: 'Resting heart rate (bpm)', blank: 'Blank: estimated from your data.' },
  {
    key: 'fitnessDays',
    id: 'hr-fitness-days',
    label: 'Fitness time constant (days)',
    blank: `Blank: ${HEART_RATE_DEFAULTS.fitnessDays} days.`,
  },
  {
    key: 'fatigueDays',
    id: 'hr-fatigue-days',
    label: 'Fatigue time constant (days)',
    blank: `Blank: ${HEART_RATE_DEFAULTS.fatigueDays} days.`,
  },
];

const FIELDS_MESSAGE = 'Please correct the highlighted fields.';

/**
 * Settings and account: time zone (searchable; the browser's until one is saved), units, the
 * training load's heart-rate settings, the export of all data, restoring an export, and deleting
 * the account. The settings API has no goals, so there are none here.
 */
export function SettingsPage() {
  usePageTitle('Settings');
  const { settings } = useMe();
  const { settingsSaved } = useSession();
  const [timeZone, setTimeZone] = useState(settings.timeZone ?? browserTimeZone());
  const [units, setUnits] = useState<Units>(settings.units);
  const [heartRate, setHeartRate] = useState<HeartRateForm>(() => heartRateForm(settings.heartRate));
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkHeartRate(heartRate);
    if ('fieldErrors' in checked) {
      setOutcome({ kind: 'failed', message: FIELDS_MESSAGE, fieldErrors: checked.fieldErrors });
      return;
    }
    setSaving(true);
    setOutcome({ kind: 'idle' });
    try {
      settingsSaved(await saveSettings({ timeZone, units, heartRate: checked.update }));
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', ...formFailure(error, 'Saving failed.') });
    } finally {
      setSaving(false);
    }
  }

  const fieldErrors = outcome.kind === 'failed' ? outcome.fieldErrors : {};
  const unitsError = fieldErrors['units'];
  const formulaError = fieldErrors['heartRate.trimpFormula'];
  return (
    <>
      <h1>Settings</h1>
      <div className="settings-grid">
        <section className="card" aria-labelledby="preferences-title">
          <h2 id="preferences-title">Preferences</h2>
          <form className="form" onSubmit={submit} noValidate aria-labelledby="preferences-title">
            <fieldset className="plain" disabled={saving}>
              <TimeZoneField
                id="timeZone"
                label="Time zone"
                hint="Falcon Health uses this zone to decide where each day begins and ends. Type to search."
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
                <Option name="units" value="metric" label="Metric (kg, km, °C)" selected={units} onSelect={setUnits} />
                <Option
                  name="units"
                  value="imperial"
                  label="Imperial (lb, mi, °F)"
                  selected={units}
                  onSelect={setUnits}
                />
                <FieldError id="units-error" error={unitsError} />
              </fieldset>
              <fieldset className="form-section" aria-describedby="hr-hint">
                <legend>Heart rate for training load</legend>
                <p id="hr-hint" className="hint">
                  The fitness, fatigue and form chart weighs each workout by its heart rate (TRIMP). Leave a field
                  blank and Falcon Health estimates it from your data or uses its default.
                </p>
                <div className="field-grid">
                  {HEART_RATE_FIELDS.map(({ key, id, label, blank }) => {
                    const limits = HEART_RATE_LIMITS[key];
                    return (
                      <FormField
                        key={key}
                        id={id}
                        label={label}
                        hint={`${limits.min}–${limits.max}. ${blank}`}
                        error={fieldErrors[`heartRate.${key}`]}
                      >
                        {(control) => (
                          <input
                            {...control}
                            name={key}
                            type="text"
                            inputMode="numeric"
                            autoComplete="off"
                            value={heartRate[key]}
                            onChange={(e) => setHeartRate((previous) => ({ ...previous, [key]: e.target.value }))}
                          />
                        )}
                      </FormField>
                    );
                  })}
                </div>
                <fieldset
                  className="field"
                  aria-invalid={formulaError ? true : undefined}
                  aria-describedby={formulaError ? 'hr-formula-error' : undefined}
                >
                  <legend>TRIMP formula</legend>
                  <Option
                    name="trimpFormula"
                    value="male"
                    label="Male coefficients (0.64, 1.92)"
                    selected={heartRate.trimpFormula}
                    onSelect={(trimpFormula) => setHeartRate((previous) => ({ ...previous, trimpFormula }))}
                  />
                  <Option
                    name="trimpFormula"
                    value="female"
                    label="Female coefficients (0.86, 1.67)"
                    selected={heartRate.trimpFormula}
                    onSelect={(trimpFormula) => setHeartRate((previous) => ({ ...previous, trimpFormula }))}
                  />
                  <FieldError id="hr-formula-error" error={formulaError} />
                </fieldset>
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
        </section>

        <section className="card" aria-labelledby="data-title">
          <h2 id="data-title">Your data</h2>
          <h3>Export</h3>
          <p>
            One ZIP archive with everything Falcon Health stores about you: activities, sleep, heart rate, food,
            blood pressure, photos and settings. It can be restored here or on another Falcon Health server.
          </p>
          <a className="button" href={EXPORT_ALL_URL} download>
            Download all my data
          </a>
          <RestoreArchive />
        </section>

        <DeleteAccount />
      </div>
    </>
  );
}

function Option<T extends string>(props: {
  name: string;
  value: T;
  label: string;
  selected: T;
  onSelect: (value: T) => void;
}) {
  const id = `${props.name}-${props.value}`;
  return (
    <div className="radio">
      <input
        type="radio"
        id={id}
        name={props.name}
        value={props.value}
        checked={props.selected === props.value}
        onChange={() => props.onSelect(props.value)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

function heartRateForm(settings: HeartRateSettings | undefined): HeartRateForm {
  const text = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    max: text(settings?.max),
    resting: text(settings?.resting),
    fitnessDays: text(settings?.fitnessDays),
    fatigueDays: text(settings?.fatigueDays),
    trimpFormula: settings?.trimpFormula === 'female' ? 'female' : 'male',
  };
}

/**
 * The heart-rate settings to send, or the errors by field (named as the server names them,
 * `heartRate.max`): whole numbers within the server's limits, resting below maximum.
 */
export function checkHeartRate(
  form: HeartRateForm,
): { update: HeartRateUpdate } | { fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const update: HeartRateUpdate = { trimpFormula: form.trimpFormula };
  for (const { key } of HEART_RATE_FIELDS) {
    const text = form[key].trim();
    if (text === '') continue;
    const { min, max } = HEART_RATE_LIMITS[key];
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      fieldErrors[`heartRate.${key}`] = `Enter a whole number from ${min} to ${max}, or leave it blank.`;
      continue;
    }
    update[key] = Number(text);
  }
  if (update.max !== undefined && update.resting !== undefined && update.resting >= update.max) {
    fieldErrors['heartRate.resting'] = 'The resting heart rate must be below the maximum.';
  }
  return Object.keys(fieldErrors).length > 0 ? { fieldErrors } : { update };
}
