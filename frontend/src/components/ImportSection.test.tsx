import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportView } from '../api/imports';
import { json, problem, stubApi } from '../test/http';
import { ImportSection } from './ImportSection';
import type { ImportSpec, ProfileChoice } from './ImportSection';
import { useProviderImport } from './useProviderImport';

const IMPORTS = '/api/connections/dropbox/imports';

/** A card that offers both extra fields, so every problem about one can be shown next to it. */
const SPEC: ImportSpec = {
  provider: 'dropbox',
  title: 'Upload a file',
  hint: 'Any file.',
  formLabel: 'Upload a file',
  fileLabel: 'File',
  accept: '.csv',
  submitLabel: 'Upload',
  missingFile: 'Choose a file first.',
  timeZoneField: { label: 'Time zone of the file', hint: 'Times without a zone are read in it.' },
  profileField: { label: 'Columns', detectLabel: 'Detect the format' },
};

const PROFILES: ProfileChoice[] = [{ id: 'p-1', name: 'Beurer' }];

function Harness({ spec = SPEC }: { spec?: ImportSpec }) {
  const importer = useProviderImport(spec.provider, () => undefined);
  return <ImportSection spec={spec} importer={importer} timeZone="Europe/Berlin" profiles={PROFILES} />;
}

function view(overrides: Partial<ImportView>): ImportView {
  return {
    id: 'i-1',
    provider: 'dropbox',
    origin: 'UPLOAD',
    fileName: 'bp.csv',
    size: 120,
    sha256: 'ab12',
    format: 'OMRON',
    status: 'SUCCEEDED',
    reason: null,
    duplicateOf: null,
    zone: 'Europe/Berlin',
    zoneAssumed: false,
    progress: { done: 1, total: 1 },
    rowsImported: 0,
    rowsSkipped: 0,
    files: [],
    skipped: [],
    errors: [],
    moreErrors: 0,
    dropbox: null,
    createdAt: '2026-03-10T08:00:00Z',
    updatedAt: '2026-03-10T08:00:01Z',
    finishedAt: '2026-03-10T08:00:01Z',
    ...overrides,
  };
}

/** Shows the import remembered in this tab, as after a reload. */
function showRemembered(item: ImportView) {
  sessionStorage.setItem('falcon.dropbox.lastImport', item.id);
  stubApi({ [`GET ${IMPORTS}/${item.id}`]: () => json(item) });
  render(<Harness />);
}

const CSV = new File(['Date,SYS,DIA\n'], 'bp.csv', { type: 'text/csv' });

async function send(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('File'), CSV);
  await user.click(screen.getByRole('button', { name: 'Upload' }));
}

describe('ImportSection (the upload flow and report of every provider)', () => {
  it.each([
    ['SUCCEEDED', 'Import finished.', 'success', null, true],
    ['FAILED', 'Import failed.', 'error', 'The file ended in the middle of a row.', true],
    [
      'UNSUPPORTED',
      'This file is not in a format Falcon Health reads; nothing was imported.',
      'warning',
      'Unknown header row.',
      false,
    ],
    [
      'DUPLICATE',
      'Already imported: a file with the same content was imported before, so nothing changed.',
      'warning',
      'Same content as bp-march.csv.',
      false,
    ],
    ['SKIPPED', 'Skipped: nothing was imported from this file.', 'warning', 'The file holds no readings.', false],
    [
      'HANDED_OFF',
      'Passed on to the import that reads it.',
      null,
      'A MyFitnessPal export: passed on to the MyFitnessPal import.',
      false,
    ],
    ['ARCHIVED', 'ARCHIVED', null, null, false],
  ] as const)('shows a %s import plainly, with its reason', async (status, sentence, tone, reason, rows) => {
    showRemembered(view({ status, reason, duplicateOf: status === 'DUPLICATE' ? 'i-0' : null }));

    const line = await screen.findByText(sentence);
    expect(line).toHaveRole('status');
    if (tone) {
      expect(line).toHaveClass(tone);
    } else {
      expect(line).not.toHaveAttribute('class');
    }
    if (reason) {
      expect(screen.getByText(reason).className).toBe(status === 'FAILED' ? 'error' : '');
    }
    expect(screen.queryByText('Rows imported') !== null).toBe(rows);
    expect(screen.queryByText(/Same content as the earlier import/) !== null).toBe(status === 'DUPLICATE');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
  });

  it('names the earlier import of a duplicate', async () => {
    showRemembered(view({ status: 'DUPLICATE', duplicateOf: 'i-0' }));

    expect(await screen.findByText(/Same content as the earlier import/)).toHaveTextContent(
      'Same content as the earlier import i-0.',
    );
  });

  it.each([
    ['QUEUED', { done: 0, total: 0 }, 'Waiting for the import to start…', 'Import in progress'],
    ['RUNNING', { done: 0, total: 0 }, 'Importing…', 'Import in progress'],
    ['RUNNING', { done: 3, total: 10 }, 'Importing…', '3 of 10 done (30%)'],
  ] as const)('shows a %s import with its progress (%o)', async (status, progress, sentence, bar) => {
    showRemembered(view({ status, progress, format: null }));

    expect(await screen.findByText(sentence)).toHaveRole('status');
    const progressBar = screen.getByRole('progressbar', { name: bar });
    if (progress.total > 0) {
      expect(progressBar).toHaveAttribute('value', String(progress.done));
      expect(progressBar).toHaveAttribute('max', String(progress.total));
    } else {
      expect(progressBar).not.toHaveAttribute('value');
    }
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
    expect(screen.queryByText('Rows imported')).not.toBeInTheDocument();
  });

  it('reports rows, the zone, files, skipped records and errors with file and line, and how many more', async () => {
    showRemembered(
      view({
        format: 'MYFITNESSPAL_EXPORT',
        rowsImported: 150,
        rowsSkipped: 3,
        zoneAssumed: true,
        files: [
          { name: 'Nutrition-Summary.csv', kind: 'NUTRITION', rowsImported: 120, rowsSkipped: 1 },
          { name: 'Notes.csv', kind: 'UNSUPPORTED', rowsImported: 0, rowsSkipped: 0 },
        ],
        skipped: [{ file: 'Nutrition-Summary.csv', reason: 'duplicate entries', count: 2 }],
        errors: [
          { file: 'Nutrition-Summary.csv', line: 12, reason: 'bad date' },
          { file: 'Exercise-Summary.csv', line: null, reason: 'no header row' },
          { file: null, line: 4, reason: 'systolic missing' },
        ],
        moreErrors: 2,
      }),
    );

    expect(await screen.findByText('Import finished.')).toHaveRole('status');
    expect(screen.getByRole('heading', { name: 'Import of bp.csv' })).toBeInTheDocument();
    expect(screen.getByText('Format: MyFitnessPal export')).toBeInTheDocument();
    const facts = Object.fromEntries(
      screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({ 'Files read': '2', 'Rows imported': '150', 'Rows skipped': '3' });
    expect(screen.getByText('Times read in Europe/Berlin (assumed: the file states no zone).')).toBeInTheDocument();
    const files = screen.getByRole('table', { name: 'Files read' });
    expect(within(files).getByRole('row', { name: 'Nutrition-Summary.csv Nutrition 120 1' })).toBeInTheDocument();
    expect(within(files).getByRole('row', { name: 'Notes.csv Not supported 0 0' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Skipped (1)' })).toHaveTextContent(
      'Nutrition-Summary.csv: duplicate entries (2 records)',
    );
    // Five errors in all: three listed, two more counted.
    const errors = screen.getByRole('list', { name: 'Errors (5)' });
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Nutrition-Summary.csv, line 12: bad date',
      'Exercise-Summary.csv: no header row',
      'Line 4: systolic missing',
    ]);
    expect(screen.getByText('…and 2 more.')).toBeInTheDocument();
  });

  it('names a file synced from Dropbox by its path', async () => {
    showRemembered(view({ origin: 'DROPBOX', dropbox: { path: '/Apps/Falcon Health/bp.csv', rev: '01' } }));

    expect(
      await screen.findByRole('heading', { name: 'Import of /Apps/Falcon Health/bp.csv' }),
    ).toBeInTheDocument();
  });

  it('sends the file with the zone and the chosen profile, and follows a duplicate to its report', async () => {
    const fetchMock = stubApi({
      [`POST ${IMPORTS}`]: () => json({ id: 'i-2', status: 'DUPLICATE' }, 202),
      [`GET ${IMPORTS}/i-2`]: () => json(view({ id: 'i-2', status: 'DUPLICATE', duplicateOf: 'i-1' })),
    });
    const user = userEvent.setup();
    render(<Harness />);

    expect(screen.getByLabelText('File')).toHaveAttribute('accept', '.csv');
    expect(screen.getByLabelText('Time zone of the file')).toHaveValue('Europe/Berlin');
    const zone = screen.getByLabelText('Time zone of the file');
    await user.clear(zone);
    await user.type(zone, 'America/New_York{Enter}');
    expect(zone).toHaveValue('America/New_York');
    await user.selectOptions(screen.getByLabelText('Columns'), 'p-1');
    await send(user);

    expect(await screen.findByText(/Already imported/)).toHaveRole('status');
    const form = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')?.[1]?.body as FormData;
    expect((form.get('file') as File).name).toBe('bp.csv');
    expect(form.get('timeZone')).toBe('America/New_York');
    expect(form.get('profile')).toBe('p-1');
    expect(sessionStorage.getItem('falcon.dropbox.lastImport')).toBe('i-2');
  });

  it('offers no extra field a provider does not ask for, and sends only the file', async () => {
    const fetchMock = stubApi({
      ['POST /api/connections/myfitnesspal/imports']: () => json({ id: 'm-1', status: 'QUEUED' }, 202),
      ['GET /api/connections/myfitnesspal/imports/m-1']: () =>
        json(view({ id: 'm-1', provider: 'myfitnesspal', status: 'QUEUED' })),
    });
    const user = userEvent.setup();
    render(
      <Harness
        spec={{ ...SPEC, provider: 'myfitnesspal', timeZoneField: undefined, profileField: undefined }}
      />,
    );

    expect(screen.queryByLabelText('Time zone of the file')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Columns')).not.toBeInTheDocument();
    await send(user);

    expect(await screen.findByText('Waiting for the import to start…')).toHaveRole('status');
    const form = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')?.[1]?.body as FormData;
    expect([...form.keys()]).toEqual(['file']);
  });

  it.each([
    [400, 'invalid-upload', 'The file is empty.', {}, 'The file is empty.'],
    [400, 'invalid-upload', 'This is not a blood-pressure file.', {}, 'This is not a blood-pressure file.'],
    [413, 'payload-too-large', 'Files may be at most 50 MB.', {}, 'Files may be at most 50 MB.'],
    [
      429,
      'too-many-imports',
      'You started many imports in a short time.',
      { 'Retry-After': '30' },
      'You started many imports in a short time. Try again in 30 seconds.',
    ],
    [
      503,
      'import-queue-full',
      'Too many imports are waiting; try again later.',
      {},
      'Too many imports are waiting; try again later.',
    ],
  ] as const)('shows the detail of a %i %s problem', async (status, slug, detail, headers, shown) => {
    const body = { type: `https://falcon.health/problems/${slug}`, title: 'Refused', status, detail };
    stubApi({
      [`POST ${IMPORTS}`]: () =>
        new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/problem+json', ...headers },
        }),
    });
    const user = userEvent.setup();
    render(<Harness />);

    await send(user);

    expect(await screen.findByText(shown)).toHaveClass('error');
    expect(screen.getByRole('button', { name: 'Upload' })).toBeEnabled();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('falcon.dropbox.lastImport')).toBeNull();
  });

  it.each([
    ['invalid-time-zone', 'Time zone of the file', 'Mars/Olympus is not a time zone.'],
    ['profile-not-found', 'Columns', 'There is no such profile.'],
  ])('shows a %s problem next to its field', async (slug, field, detail) => {
    stubApi({
      [`POST ${IMPORTS}`]: () =>
        problem(slug === 'profile-not-found' ? 404 : 400, {
          type: `https://falcon.health/problems/${slug}`,
          title: 'Refused',
          detail,
        }),
    });
    const user = userEvent.setup();
    render(<Harness />);

    await send(user);

    expect(await screen.findByText('Please correct the highlighted fields.')).toHaveClass('error');
    expect(screen.getByLabelText(field)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(field)).toHaveAccessibleDescription(new RegExp(detail.replace('.', '\\.')));
  });

  it('shows the field errors of a validation problem next to their fields', async () => {
    stubApi({
      [`POST ${IMPORTS}`]: () =>
        problem(400, {
          type: 'https://falcon.health/problems/validation',
          title: 'Validation failed',
          errors: [{ field: 'file', message: 'must not be empty' }],
        }),
    });
    const user = userEvent.setup();
    render(<Harness />);

    await send(user);

    expect(await screen.findByText('Please correct the highlighted fields.')).toBeInTheDocument();
    expect(screen.getByLabelText('File')).toHaveAccessibleDescription('must not be empty');
  });
});
