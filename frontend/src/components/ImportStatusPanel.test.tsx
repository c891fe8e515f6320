import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportReport } from './ImportReport';
import { ImportStatusPanel } from './ImportStatusPanel';
import type { Tracked } from './useTrackedImport';

type Item = { status: string; fileName: string };

function tracking(tracked: Tracked<Item> | null, pollError: string | null = null) {
  return { tracked, pollError, dismiss: vi.fn() };
}

function tracked(status: string | null): Tracked<Item> {
  return { id: 'imp-1', status, details: status ? { status, fileName: 'export.zip' } : null };
}

describe('ImportStatusPanel', () => {
  it('renders nothing while no import is followed', () => {
    const { container } = render(<ImportStatusPanel tracking={tracking(null)} fileName={undefined} done={false} />);

    expect(container).toBeEmptyDOMElement();
  });

  it('says it is loading a remembered import whose status is not known yet', () => {
    render(<ImportStatusPanel tracking={tracking(tracked(null))} fileName={undefined} done={false} />);

    expect(screen.getByRole('heading', { name: 'Import' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the last import…');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  it('shows a running import with an indeterminate progress bar by default', () => {
    const { container } = render(
      <ImportStatusPanel tracking={tracking(tracked('RUNNING'))} fileName="export.zip" done={false} />,
    );

    expect(container.firstChild).toHaveClass('import-status');
    expect(screen.getByRole('heading', { name: 'Import of export.zip' })).toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Importing…');
    expect(status).not.toHaveAttribute('class');
    const bar = screen.getByRole('progressbar', { name: 'Import in progress' });
    expect(bar).toHaveClass('indeterminate');
    expect(bar).not.toHaveAttribute('value');
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  it('shows the progress it is given while the import runs, and a polling problem', () => {
    render(
      <ImportStatusPanel
        tracking={tracking(tracked('QUEUED'), 'The import status could not be refreshed (down); trying again.')}
        fileName="export.zip"
        done={false}
        progress={<progress aria-label="3 of 12 files read (25%)" max={12} value={3} />}
      />,
    );

    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the import to start…');
    const bar = screen.getByRole('progressbar', { name: '3 of 12 files read (25%)' });
    expect(bar).toHaveAttribute('value', '3');
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(screen.getByText(/could not be refreshed/)).toHaveClass('warning');
  });

  it('shows a finished import with its report, skipped rows with their reasons, and Dismiss', async () => {
    const state = tracking(tracked('SUCCEEDED'));
    render(
      <ImportStatusPanel tracking={state} fileName="export.zip" done>
        <ImportReport
          item={{
            id: 'imp-1',
            provider: 'fitbit',
            origin: 'UPLOAD',
            fileName: 'export.zip',
            format: null,
            status: 'SUCCEEDED',
            rowsImported: 1200,
            rowsSkipped: 1,
            skipped: [
              { file: 'steps.json', reason: 'no data', count: 4 },
              { file: 'sleep.json', reason: 'before the account was created', count: 1 },
            ],
            errors: [{ line: 3, reason: 'heart rate only' }],
            zone: 'Europe/Berlin',
          }}
        />
      </ImportStatusPanel>,
    );

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Import finished.');
    expect(status).toHaveClass('success');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const skipped = within(screen.getByRole('list', { name: 'Skipped (2)' })).getAllByRole('listitem');
    expect(skipped[0]).toHaveTextContent('steps.json: no data (4 records)');
    expect(skipped[1]).toHaveTextContent('sleep.json: before the account was created (1 record)');
    expect(within(screen.getByRole('list', { name: 'Errors (1)' })).getByRole('listitem')).toHaveTextContent(
      'Line 3: heart rate only',
    );
    expect(screen.getByText('Rows skipped').nextElementSibling).toHaveTextContent('1');

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(state.dismiss).toHaveBeenCalledOnce();
  });

  it('shows a failed import as an error, with the error it is given', () => {
    render(
      <ImportStatusPanel tracking={tracking(tracked('FAILED'))} fileName="export.zip" done>
        <p className="error">The import of export.zip did not complete.</p>
      </ImportStatusPanel>,
    );

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Import failed.');
    expect(status).toHaveClass('error');
    expect(screen.getByText('The import of export.zip did not complete.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
  });

  it('shows an unknown status as it is', () => {
    const { rerender } = render(<ImportStatusPanel tracking={tracking(tracked('DUPLICATE'))} fileName="bp.csv" done />);
    expect(screen.getByRole('status')).toHaveTextContent('Already imported');
    expect(screen.getByRole('status')).toHaveClass('warning');

    rerender(<ImportStatusPanel tracking={tracking(tracked('PAUSED'))} fileName="bp.csv" done={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('PAUSED');
  });
});
