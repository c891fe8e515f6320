import { useId } from 'react';
import { RangePicker } from '../../components/RangePicker';
import type { RangePreset } from '../../components/range';
import { formatSport } from '../../format';
import { SPORTS } from './units';

export interface ActivityFilter {
  /** A normalized sport, or `''` for all. */
  sport: string;
  /** The preset the range came from; `null` for dates typed in. */
  preset: RangePreset | null;
  from: string;
  to: string;
}

/** Sport and range (a preset from a day to all time, or two dates). */
export function Filters({ filter, onChange, onPreset }: {
  filter: ActivityFilter;
  onChange: (filter: ActivityFilter) => void;
  onPreset: (preset: RangePreset) => void;
}) {
  const id = useId();
  return (
    <form className="activity-filters" aria-label="Activity filters" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-sport`}>Sport</label>
        <select
          id={`${id}-sport`}
          value={filter.sport}
          onChange={(event) => onChange({ ...filter, sport: event.target.value })}
        >
          <option value="">All sports</option>
          {SPORTS.map((sport) => (
            <option key={sport} value={sport}>
              {formatSport(sport)}
            </option>
          ))}
        </select>
      </div>
      {/* The picker shows no choice while the range is typed in. */}
      <RangePicker value={filter.preset as RangePreset} onChange={onPreset} />
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.from}
          max={filter.to}
          required
          onChange={(event) => event.target.value && onChange({ ...filter, preset: null, from: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.to}
          min={filter.from}
          required
          onChange={(event) => event.target.value && onChange({ ...filter, preset: null, to: event.target.value })}
        />
      </div>
    </form>
  );
}
