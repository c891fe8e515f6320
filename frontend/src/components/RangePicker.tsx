import { useId } from 'react';
import { RANGE_PRESETS } from './range';
import type { RangePreset } from './range';

/** A radio group of ranges (day to all time), operable with the keyboard. */
export function RangePicker({
  value,
  onChange,
  label = 'Range',
  presets = RANGE_PRESETS.map((p) => p.preset),
}: {
  value: RangePreset;
  onChange: (preset: RangePreset) => void;
  label?: string;
  presets?: RangePreset[];
}) {
  // Each picker is its own radio group, however many a page has.
  const name = useId();
  return (
    <fieldset className="range-picker">
      <legend>{label}</legend>
      {RANGE_PRESETS.filter((p) => presets.includes(p.preset)).map((p) => (
        <label key={p.preset} className={p.preset === value ? 'selected' : undefined}>
          <input
            type="radio"
            name={name}
            value={p.preset}
            checked={p.preset === value}
            onChange={() => onChange(p.preset)}
          />
          {p.label}
        </label>
      ))}
    </fieldset>
  );
}
