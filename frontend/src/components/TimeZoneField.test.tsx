import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TimeZoneField } from './TimeZoneField';

describe('TimeZoneField', () => {
  it('offers every zone the browser knows, with the current one selected', async () => {
    const onChange = vi.fn();
    render(
      <TimeZoneField
        id="zone"
        label="Time zone"
        hint="Where days begin."
        value="Europe/Berlin"
        onChange={onChange}
        error={undefined}
      />,
    );

    const select = screen.getByRole('combobox', { name: 'Time zone' });
    expect(select).toHaveAttribute('name', 'timeZone');
    expect(select).toHaveValue('Europe/Berlin');
    expect(select).toHaveAccessibleDescription('Where days begin.');
    expect(screen.getByRole('option', { name: 'America/New_York' })).toBeInTheDocument();

    await userEvent.selectOptions(select, 'America/New_York');
    expect(onChange).toHaveBeenCalledWith('America/New_York');
  });

  it('falls back to a text field when the browser cannot list zones', async () => {
    const supportedValuesOf = Object.getOwnPropertyDescriptor(Intl, 'supportedValuesOf');
    Object.defineProperty(Intl, 'supportedValuesOf', { value: undefined, configurable: true, writable: true });
    const onChange = vi.fn();
    try {
      render(
        <TimeZoneField
          id="zone"
          label="Time zone"
          hint="Where days begin."
          value="Etc/UTC"
          onChange={onChange}
          error="bad zone"
        />,
      );

      const input = screen.getByRole('textbox', { name: 'Time zone' });
      expect(input).toHaveValue('Etc/UTC');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription('bad zone Where days begin.');
      await userEvent.type(input, 'X');
      expect(onChange).toHaveBeenLastCalledWith('Etc/UTCX');
    } finally {
      Object.defineProperty(Intl, 'supportedValuesOf', supportedValuesOf ?? { value: undefined });
    }
  });
});
