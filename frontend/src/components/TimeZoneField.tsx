import { useState } from 'react';
import type { ReactNode } from 'react';
import { availableTimeZones } from '../timeZones';
import { FormField } from './FormField';

/**
 * A labelled `timeZone` field: a select of every zone the browser knows (listed once, with the
 * first value always included), or a text field when the browser cannot list them.
 */
export function TimeZoneField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  hintWhenInvalid,
}: {
  id: string;
  label: string;
  hint: ReactNode;
  value: string;
  onChange: (zone: string) => void;
  error: string | undefined;
  hintWhenInvalid?: boolean;
}) {
  const [zones] = useState(() => availableTimeZones(value));
  return (
    <FormField id={id} label={label} hint={hint} error={error} hintWhenInvalid={hintWhenInvalid}>
      {(control) =>
        zones.length > 0 ? (
          <select name="timeZone" value={value} onChange={(e) => onChange(e.target.value)} {...control}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        ) : (
          <input name="timeZone" value={value} onChange={(e) => onChange(e.target.value)} {...control} />
        )
      }
    </FormField>
  );
}
