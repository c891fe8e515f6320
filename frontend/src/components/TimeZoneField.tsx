import { useEffect, useMemo, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { availableTimeZones, exactTimeZone, searchTimeZones } from '../timeZones';
import { FormField } from './FormField';
import type { ControlProps } from './FormField';

/**
 * A labelled time-zone field: a searchable picker (an input with `role="combobox"` and a listbox
 * of the matching zones) over every zone the browser knows, the current value always included, or
 * a text field when the browser cannot list them.
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
          <ZoneCombobox control={control} zones={zones} value={value} onChange={onChange} />
        ) : (
          <input name="timeZone" value={value} onChange={(e) => onChange(e.target.value)} {...control} />
        )
      }
    </FormField>
  );
}

/**
 * The ARIA 1.2 combobox with a list popup. Typing filters the zones ("new y" finds
 * America/New_York); Up and Down move through them, Enter picks one, Escape closes the list (and a
 * second Escape restores the current zone); leaving the field keeps a zone typed in full, else the
 * current one. A click picks the option too.
 */
function ZoneCombobox({
  control,
  zones,
  value,
  onChange,
}: {
  control: ControlProps;
  zones: readonly string[];
  value: string;
  onChange: (zone: string) => void;
}) {
  /** The text being typed; `null` while the field shows the current zone. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => searchTimeZones(zones, query ?? ''), [zones, query]);
  const listId = `${control.id}-listbox`;
  const optionId = (index: number) => `${control.id}-option-${index}`;
  const activeZone = open && active >= 0 ? matches[active] : undefined;

  useEffect(() => {
    if (activeZone === undefined) return;
    // jsdom has no scrollIntoView.
    document.getElementById(`${control.id}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [control.id, active, activeZone]);

  function openList() {
    setOpen(true);
    // Without a query the whole list opens at the current zone.
    setActive(query === null ? Math.max(0, matches.indexOf(value)) : 0);
  }

  function pick(zone: string) {
    onChange(zone);
    setQuery(null);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          openList();
        } else {
          setActive((index) => Math.min(matches.length - 1, index + 1));
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          openList();
        } else {
          setActive((index) => Math.max(0, index - 1));
        }
        break;
      case 'Enter':
        if (open && activeZone !== undefined) {
          // Picks the zone instead of sending the form.
          event.preventDefault();
          pick(activeZone);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (query !== null) {
          event.preventDefault();
          event.stopPropagation();
          setQuery(null);
        }
        break;
    }
  }

  function onBlur() {
    if (query !== null) {
      const typed = exactTimeZone(zones, query);
      if (typed !== undefined && typed !== value) {
        onChange(typed);
      }
    }
    setQuery(null);
    setOpen(false);
  }

  return (
    <div className="combobox">
      <input
        {...control}
        name="timeZone"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeZone !== undefined ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query ?? value}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onClick={() => (open ? setOpen(false) : openList())}
      />
      <ul id={listId} role="listbox" aria-label="Time zones" className="combobox-list" hidden={!open || matches.length === 0}>
        {open &&
          matches.map((zone, index) => (
            <li
              key={zone}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the input, so its blur does not close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(zone)}
            >
              {zone}
            </li>
          ))}
      </ul>
      {open && matches.length === 0 && <p className="combobox-empty">No time zone matches “{query}”.</p>}
      <p className="visually-hidden" aria-live="polite">
        {open && query !== null ? `${matches.length} ${matches.length === 1 ? 'zone matches' : 'zones match'}` : ''}
      </p>
    </div>
  );
}
