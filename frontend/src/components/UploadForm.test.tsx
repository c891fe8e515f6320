import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../api/client';
import { UploadForm } from './UploadForm';
import { useFileUpload } from './useFileUpload';

const CSV = new File(['a,b\n'], 'bp.csv', { type: 'text/csv' });

function Harness({ send }: { send: (file: File) => Promise<void> }) {
  const upload = useFileUpload('Choose a file first.', send);
  return (
    <UploadForm label="Upload a file" upload={upload} fileId="f" fileLabel="File" accept=".csv" submitLabel="Upload">
      <p>More fields</p>
    </UploadForm>
  );
}

describe('UploadForm with useFileUpload', () => {
  it('shows the file field, further fields and the submit button, with an empty live region', () => {
    render(<Harness send={vi.fn()} />);

    const form = screen.getByRole('form', { name: 'Upload a file' });
    expect(form).toHaveClass('form');
    expect(screen.getByLabelText('File')).toHaveAttribute('accept', '.csv');
    expect(screen.getByLabelText('File')).toHaveAttribute('type', 'file');
    expect(screen.getByText('More fields')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload' })).toBeEnabled();
    const outcome = form.querySelector('[aria-live="polite"]');
    expect(outcome).toHaveClass('form-outcome');
    expect(outcome).toBeEmptyDOMElement();
  });

  it('asks for a file before sending anything', async () => {
    const send = vi.fn();
    render(<Harness send={send} />);

    await userEvent.click(screen.getByRole('button', { name: 'Upload' }));

    expect(screen.getByText('Choose a file first.')).toHaveClass('error');
    expect(send).not.toHaveBeenCalled();
  });

  it('disables the form while uploading, then clears the outcome', async () => {
    let done: () => void = () => undefined;
    const send = vi.fn(() => new Promise<void>((resolve) => (done = resolve)));
    const user = userEvent.setup();
    render(<Harness send={send} />);

    await user.upload(screen.getByLabelText('File'), CSV);
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    expect(send).toHaveBeenCalledWith(CSV);
    expect(screen.getByRole('button', { name: 'Uploading…' })).toBeDisabled();
    expect(screen.getByLabelText('File')).toBeDisabled();
    expect(screen.getByText('Uploading bp.csv…')).toHaveClass('muted');

    await act(async () => done());

    expect(screen.getByRole('button', { name: 'Upload' })).toBeEnabled();
    expect(screen.queryByText('Uploading bp.csv…')).not.toBeInTheDocument();
  });

  it('shows a refused upload and its field error next to the file field', async () => {
    const send = vi.fn(() =>
      Promise.reject(
        new ProblemError(400, {
          title: 'Validation failed',
          errors: [{ field: 'file', message: 'must be a CSV file' }],
        }),
      ),
    );
    const user = userEvent.setup();
    render(<Harness send={send} />);

    await user.upload(screen.getByLabelText('File'), CSV);
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    expect(await screen.findByText('Please correct the highlighted fields.')).toHaveClass('error');
    const input = screen.getByLabelText('File');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('must be a CSV file');
    expect(screen.getByRole('button', { name: 'Upload' })).toBeEnabled();
  });
});
