import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TimeZoneField } from './TimeZoneField';

describe('TimeZoneField', () => {
  function renderField(value = 'Europe/Berlin', onChange = vi.fn()) {
    render(
      <TimeZoneField
        id="zone"
        label="Time zone"
        hint="Where days begin."
        value={value}
        onChange={onChange}
        error={undefined}
      />,
    );
    return { input: screen.getByRole('combobox', { name: 'Time zone' }), onChange };
  }

  it('is a combobox showing the current zone, its list closed', () => {
    const { input } = renderField();

    expect(input).toHaveValue('Europe/Berlin');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAccessibleDescription('Where days begin.');
    expect(input).toHaveAttribute('aria-controls', 'zone-listbox');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('finds America/New_York when typing "new y", and picks it with a click', async () => {
    const user = userEvent.setup();
    const { input, onChange } = renderField();

    await user.clear(input);
    await user.type(input, 'new y');

    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox', { name: 'Time zones' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toContain('America/New_York');
    expect(options.map((o) => o.textContent)).not.toContain('Europe/Berlin');
    expect(options[0]).toHaveTextContent('America/New_York');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);

    await user.click(screen.getByRole('option', { name: 'America/New_York' }));
    expect(onChange).toHaveBeenCalledWith('America/New_York');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through the matches with Up and Down and picks one with Enter', async () => {
    const user = userEvent.setup();
    const { input, onChange } = renderField();

    await user.clear(input);
    await user.type(input, 'america/a');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(options[2]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[2]?.id);
    await user.keyboard('{ArrowUp}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');

    const chosen = options[1]?.textContent;
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith(chosen);
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('opens the whole list at the current zone with Down', async () => {
    const user = userEvent.setup();
    const { input } = renderField('Europe/Berlin');

    input.focus();
    await user.keyboard('{ArrowDown}');

    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('option', { name: 'Europe/Berlin' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(300);
  });

  it('closes with Escape, and a second Escape brings the current zone back', async () => {
    const user = userEvent.setup();
    const { input, onChange } = renderField();

    await user.clear(input);
    await user.type(input, 'tok');
    expect(input).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('tok');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('Europe/Berlin');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps a zone typed in full when leaving the field, and the current one otherwise', async () => {
    const user = userEvent.setup();
    const { input, onChange } = renderField();

    await user.clear(input);
    await user.type(input, 'asia/tokyo');
    await user.tab();
    expect(onChange).toHaveBeenCalledWith('Asia/Tokyo');

    await user.clear(input);
    await user.type(input, 'nowhere');
    expect(screen.getByText('No time zone matches “nowhere”.')).toBeInTheDocument();
    await user.tab();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(input).toHaveValue('Europe/Berlin');
  });

  it('does not send the form when Enter picks a zone', async () => {
    const submit = vi.fn((event: Event) => event.preventDefault());
    const user = userEvent.setup();
    render(
      <form onSubmit={(e) => submit(e.nativeEvent)}>
        <TimeZoneField id="zone" label="Time zone" hint="" value="Europe/Berlin" onChange={vi.fn()} error={undefined} />
      </form>,
    );
    const input = screen.getByRole('combobox', { name: 'Time zone' });

    await user.clear(input);
    await user.type(input, 'new y{Enter}');
    expect(submit).not.toHaveBeenCalled();
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
