import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormField } from './FormField';

describe('FormField', () => {
  it('labels its control and describes it with the hint', () => {
    render(
      <FormField id="folder" label="Folder" hint="A path starting with /.">
        {(control) => <input name="folder" {...control} />}
      </FormField>,
    );

    const input = screen.getByLabelText('Folder');
    expect(input).toHaveAttribute('id', 'folder');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription('A path starting with /.');
    expect(screen.getByText('A path starting with /.')).toHaveClass('hint');
    expect(input.closest('div')).toHaveClass('field');
  });

  it('has no description without hint or error', () => {
    render(<FormField id="name" label="Name">{(control) => <input {...control} />}</FormField>);

    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-describedby');
  });

  it('marks the control invalid and reads the error before the hint', () => {
    render(
      <FormField id="folder" label="Folder" hint="A path starting with /." error="must start with /">
        {(control) => <input {...control} />}
      </FormField>,
    );

    const input = screen.getByLabelText('Folder');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'folder-error folder-hint');
    expect(input).toHaveAccessibleDescription('must start with / A path starting with /.');
    expect(screen.getByText('must start with /')).toHaveClass('field-error');
  });

  it('can leave the hint out of the description while there is an error', () => {
    render(
      <FormField id="zone" label="Zone" hint="Where days begin." error="bad zone" hintWhenInvalid={false}>
        {(control) => <input {...control} />}
      </FormField>,
    );

    expect(screen.getByLabelText('Zone')).toHaveAccessibleDescription('bad zone');
    expect(screen.getByText('Where days begin.')).toBeInTheDocument();
  });
});
