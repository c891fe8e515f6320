import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../api/connections';
import type { MappingProfile, ProfilePreview } from '../api/dropbox';
import type { ImportView } from '../api/imports';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { IMPORT_POLL_MILLIS } from './useTrackedImport';

const BASE = '/api/connections/dropbox';
const NAME = 'Dropbox folder';
const LAST_DROPBOX_IMPORT_KEY = 'falcon.dropbox.lastImport';

function dropbox(status: Connection['status']): Connection {
  return {
    provider: 'dropbox',
    displayName: NAME,
    description: 'Blood pressure and HRV files',
    available: true,
    status,
    statusReason: null,
    lastSuccessfulSyncAt: null,
    lastRunStatus: null,
    counts: {},
  };
}

function view(overrides: Partial<ImportView>): ImportView {
  return {
    id: 'f-1',
    provider: 'dropbox',
    fileName: 'omron.csv',
    sha256: 'ab12',
    format: 'OMRON',
    status: 'SUCCEEDED',
    rowsImported: 0,
    rowsSkipped: 0,
    errors: [],
    reason: null,
    duplicateOf: null,
    zone: 'Europe/Berlin',
    zoneAssumed: false,
    origin: 'UPLOAD',
    dropbox: null,
    ...overrides,
  };
}

type Routes = Parameters<typeof stubApi>[0];

function routes(status: Connection['status'] = 'NOT_CONNECTED', extra: Routes = {}): Routes {
  return {
    'GET /api/me': () => json(DANA),
    'GET /api/connections': () => json([dropbox(status)]),
    [`GET ${BASE}/profiles`]: () => json([]),
    [`GET ${BASE}/imports?limit=20`]: () => json([]),
    ...extra,
  };
}

async function card() {
  return screen.findByRole('listitem', { name: NAME });
}

async function region(name: string | RegExp) {
  return within(await card()).findByRole('region', { name });
}

function calls(fetchMock: ReturnType<typeof stubApi>, key: string): number {
  return fetchMock.mock.calls.filter(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}` === key).length;
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

const CSV = new File(['Datum;Uhrzeit;SYS;DIA;Puls\n10.03.2026;07:15;128;82;61\n'], 'bp.csv', { type: 'text/csv' });

describe('Dropbox card', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the watched folder only when connected, and the upload either way', async () => {
    stubApi(routes('NOT_CONNECTED'));
    renderApp('/connections');

    const dropboxCard = await card();
    expect(within(dropboxCard).getByRole('link', { name: 'Connect' })).toHaveAttribute(
      'href',
      '/api/connections/dropbox/authorize',
    );
    expect(within(dropboxCard).queryByRole('region', { name: 'Watched folder' })).not.toBeInTheDocument();
    expect(within(dropboxCard).getByRole('region', { name: 'Upload a file' })).toBeInTheDocument();
  });

  it('saves the watched folder and shows a validation error next to it', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-folder';
    let answer = (): Response => json({ folder: '/Health/BP' });
    const fetchMock = stubApi(
      routes('ACTIVE', {
        [`GET ${BASE}/settings`]: () => json({ folder: '/Apps/Falcon Health' }),
        [`PUT ${BASE}/settings`]: () => answer(),
      }),
    );
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await region('Watched folder');

    const input = await within(section).findByLabelText('Dropbox folder');
    expect(input).toHaveValue('/Apps/Falcon Health');
    await user.clear(input);
    await user.type(input, '/Health/BP');
    await user.click(within(section).getByRole('button', { name: 'Save folder' }));

    expect(await within(section).findByText('Folder saved.')).toBeInTheDocument();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put?.[1]?.body).toBe('{"folder":"/Health/BP"}');
    expect(new Headers(put?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('csrf-folder');

    answer = () =>
      problem(400, {
        type: 'https://falcon.health/problems/validation',
        title: 'Validation failed',
        errors: [{ field: 'folder', message: 'must start with /' }],
      });
    await user.clear(input);
    await user.type(input, 'Health');
    await user.click(within(section).getByRole('button', { name: 'Save folder' }));

    expect(await within(section).findByText('Please correct the highlighted fields.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/must start with \//);
    expect(calls(fetchMock, `PUT ${BASE}/settings`)).toBe(2);
  });

  it('uploads a file and polls until its report is there', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    document.cookie = 'XSRF-TOKEN=csrf-upload';
    let current = view({ status: 'RUNNING', format: null });
    const fetchMock = stubApi(
      routes('NOT_CONNECTED', {
        [`POST ${BASE}/imports`]: () => json({ id: 'f-1', status: 'QUEUED' }, 202),
        [`GET ${BASE}/imports/f-1`]: () => json(current),
      }),
    );
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { unmount } = renderApp('/connections');
    const section = await region('Upload a file');

    await user.upload(within(section).getByLabelText('File'), new File(['x'], 'omron.csv'));
    await user.click(within(section).getByRole('button', { name: 'Upload' }));

    expect(await within(section).findByText('Importing…')).toHaveRole('status');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    const form = post?.[1]?.body as FormData;
    expect((form.get('file') as File).name).toBe('omron.csv');
    expect(form.has('profile')).toBe(false);
    expect(new Headers(post?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('csrf-upload');
    expect(sessionStorage.getItem(LAST_DROPBOX_IMPORT_KEY)).toBe('f-1');
    const listBefore = calls(fetchMock, 'GET /api/connections');
    const recentBefore = calls(fetchMock, `GET ${BASE}/imports?limit=20`);

    current = view({
      status: 'SUCCEEDED',
      rowsImported: 212,
      rowsSkipped: 2,
      zoneAssumed: true,
      errors: [
        { line: 7, reason: 'systolic is not a number' },
        { line: 19, reason: 'date missing' },
      ],
    });
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS));

    expect(within(section).getByRole('status')).toHaveTextContent('Import finished.');
    expect(within(section).getByText('Format: Omron')).toBeInTheDocument();
    expect(within(section).getByText('Rows imported').nextElementSibling).toHaveTextContent('212');
    expect(within(section).getByText('Rows skipped').nextElementSibling).toHaveTextContent('2');
    const errors = within(section).getByRole('list', { name: 'Errors (2)' });
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 7: systolic is not a number',
      'Line 19: date missing',
    ]);
    expect(within(section).getByText(/Times read in Europe\/Berlin \(assumed/)).toBeInTheDocument();
    expect(calls(fetchMock, 'GET /api/connections')).toBe(listBefore + 1);
    expect(calls(fetchMock, `GET ${BASE}/imports?limit=20`)).toBe(recentBefore + 1);

    const gets = calls(fetchMock, `GET ${BASE}/imports/f-1`);
    await act(() => vi.advanceTimersByTimeAsync(IMPORT_POLL_MILLIS * 5));
    expect(calls(fetchMock, `GET ${BASE}/imports/f-1`)).toBe(gets);
    unmount();
  });

  it.each([
    [
      'HANDED_OFF',
      'Passed on to the import that reads it.',
      'This is a MyFitnessPal export; it was passed on to the MyFitnessPal import.',
    ],
    [
      'DUPLICATE',
      'Already imported: a file with the same content was imported before, so nothing changed.',
      'Same content as omron-march.csv, imported on 2026-03-11.',
    ],
    ['UNSUPPORTED', 'This file is not in a format Falcon Health reads; nothing was imported.', 'Unknown header row.'],
  ])('shows a %s file with its reason', async (status, sentence, reason) => {
    sessionStorage.setItem(LAST_DROPBOX_IMPORT_KEY, 'f-1');
    stubApi(
      routes('NOT_CONNECTED', {
        [`GET ${BASE}/imports/f-1`]: () => json(view({ status, reason, format: null, duplicateOf: 'f-0' })),
      }),
    );
    renderApp('/connections');
    const section = await region('Upload a file');

    expect(await within(section).findByRole('status')).toHaveTextContent(sentence);
    expect(within(section).getByText(reason)).toBeInTheDocument();
    expect(within(section).queryByText('Rows imported')).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
  });

  it('lists the recent files with a report per file', async () => {
    stubApi(
      routes('ACTIVE', {
        [`GET ${BASE}/settings`]: () => json({ folder: '/Apps/Falcon Health' }),
        [`GET ${BASE}/imports?limit=20`]: () =>
          json([
            view({
              id: 'f-2',
              origin: 'DROPBOX',
              dropbox: { path: '/Apps/Falcon Health/withings.csv', rev: '015f', deleted: false },
              fileName: 'withings.csv',
              format: 'WITHINGS',
              rowsImported: 40,
              rowsSkipped: 1,
              errors: [{ line: 3, reason: 'diastolic out of range' }],
            }),
            view({
              id: 'f-1',
              fileName: 'export.zip',
              format: null,
              status: 'HANDED_OFF',
              reason: 'Fitbit export: passed on.',
            }),
            view({
              id: 'f-3',
              origin: 'DROPBOX',
              fileName: 'ihealth.csv',
              dropbox: { path: '/Apps/Falcon Health/ihealth.csv', deleted: true },
            }),
            view({ id: 'f-4', fileName: 'same.csv', status: 'DUPLICATE', duplicateOf: 'f-2', origin: 'HANDOFF' }),
            view({
              id: 'f-0',
              fileName: 'odd.csv',
              format: 'SOMETHING_NEW',
              status: 'ARCHIVED',
              extra: true,
            } as Partial<ImportView>),
          ]),
      }),
    );
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await region(/^Recent files/);

    const table = await within(section).findByRole('table', { name: 'Recent files' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children, (cell) => cell.textContent).slice(0, 5))).toEqual([
      ['/Apps/Falcon Health/withings.csv', 'Dropbox', 'Withings', 'Imported', '40 (1 skipped)'],
      ['export.zip', 'Upload', 'Not detected', 'Handed off', '0'],
      ['/Apps/Falcon Health/ihealth.csv', 'Dropbox', 'Omron', 'Imported (deleted in Dropbox, readings kept)', '0'],
      ['same.csv', 'From Dropbox', 'Omron', 'Already imported', '0'],
      ['odd.csv', 'Upload', 'SOMETHING_NEW', 'ARCHIVED', '0'],
    ]);

    const details = within(table).getByRole('button', { name: 'Details of /Apps/Falcon Health/withings.csv' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    await user.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    const report = document.getElementById(details.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(report).getByText('Rows imported').nextElementSibling).toHaveTextContent('40');
    expect(within(report).getByRole('list', { name: 'Errors (1)' })).toHaveTextContent('Line 3: diastolic out of range');

    await user.click(within(table).getByRole('button', { name: 'Details of export.zip' }));
    expect(within(table).getByText('Fitbit export: passed on.')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Details of same.csv' }));
    expect(within(table).getByText(/Same content as the earlier import/)).toHaveTextContent('f-2');
  });

  it('builds a mapping profile from a sample file: header, preview, save, import', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-profile';
    const saved: MappingProfile = {
      id: 'p-1',
      name: 'Beurer',
      columns: { date: 'Datum', time: 'Uhrzeit', systolic: 'SYS', diastolic: 'DIA', pulse: 'Puls' },
      dateFormat: 'dd.MM.yyyy',
      timeFormat: 'HH:mm',
      createdAt: '2026-03-10T08:00:00Z',
    };
    let profiles: MappingProfile[] = [];
    const preview: ProfilePreview = {
      header: ['Datum', 'Uhrzeit', 'SYS', 'DIA', 'Puls'],
      rows: [{ line: 2, instant: '2026-03-10T06:15:00Z', localDate: '2026-03-10', systolic: 128, diastolic: 82, pulse: 61 }],
      errors: [{ line: 3, reason: 'Text "31.02.2026" could not be parsed' }],
      rowsRead: 2,
    };
    const fetchMock = stubApi(
      routes('NOT_CONNECTED', {
        [`GET ${BASE}/profiles`]: () => json(profiles),
        [`POST ${BASE}/profiles/preview`]: () => json(preview),
        [`POST ${BASE}/profiles`]: () => {
          profiles = [saved];
          return json(saved, 201);
        },
        [`POST ${BASE}/imports`]: () => json({ id: 'f-9', status: 'QUEUED' }, 202),
        [`GET ${BASE}/imports/f-9`]: () => json(view({ id: 'f-9', fileName: 'bp.csv', format: 'GENERIC', rowsImported: 1 })),
      }),
    );
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await region('Column mapping for other blood-pressure CSVs');
    await user.click(within(section).getByText('Column mapping for other blood-pressure CSVs'));

    await user.upload(within(section).getByLabelText('Sample file'), CSV);

    expect(await within(section).findByText('5 columns found, separated by “;”.')).toBeInTheDocument();
    const date = within(section).getByLabelText('Date column');
    expect(within(date).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a column',
      'Datum (e.g. 10.03.2026)',
      'Uhrzeit (e.g. 07:15)',
      'SYS (e.g. 128)',
      'DIA (e.g. 82)',
      'Puls (e.g. 61)',
    ]);
    // Guessed from the column names.
    expect(date).toHaveValue('Datum');
    expect(within(section).getByLabelText('Time column')).toHaveValue('Uhrzeit');
    expect(within(section).getByLabelText('Systolic column')).toHaveValue('SYS');
    expect(within(section).getByLabelText('Diastolic column')).toHaveValue('DIA');
    expect(within(section).getByLabelText('Pulse column')).toHaveValue('Puls');
    await user.selectOptions(within(section).getByLabelText('Date format'), 'dd.MM.yyyy');
    expect(within(section).getByLabelText('Time format')).toHaveValue('HH:mm');
    await user.type(within(section).getByLabelText('Profile name'), 'Beurer');

    await user.click(within(section).getByRole('button', { name: 'Preview' }));

    const previewGroup = await within(section).findByRole('group', { name: 'Preview' });
    // Times in the user's zone (Europe/Berlin): 06:15 UTC is 07:15 there.
    const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(
      new Date('2026-03-10T06:15:00Z'),
    );
    expect(within(previewGroup).getByRole('row', { name: `2 2026-03-10 ${time} 128 82 61` })).toBeInTheDocument();
    expect(within(previewGroup).getByText('2 rows read. Nothing is stored yet.')).toBeInTheDocument();
    expect(within(previewGroup).getByRole('list', { name: 'Rows that could not be read (1)' })).toHaveTextContent(
      'Line 3: Text "31.02.2026" could not be parsed',
    );
    const previewCall = fetchMock.mock.calls.find(([url]) => url === `${BASE}/profiles/preview`);
    const previewForm = previewCall?.[1]?.body as FormData;
    expect((previewForm.get('file') as File).name).toBe('bp.csv');
    const part = previewForm.get('profile') as Blob;
    expect(part.type).toBe('application/json');
    const draft = { ...saved } as Partial<MappingProfile>;
    delete draft.id;
    delete draft.createdAt;
    expect(JSON.parse(await readBlob(part))).toEqual(draft);
    expect(new Headers(previewCall?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('csrf-profile');

    expect(within(section).getByRole('button', { name: 'Import with profile' })).toBeDisabled();
    await user.click(within(section).getByRole('button', { name: 'Save profile' }));

    expect(await within(section).findByText('Profile “Beurer” saved.')).toBeInTheDocument();
    const saveCall = fetchMock.mock.calls.find(([url, init]) => url === `${BASE}/profiles` && init?.method === 'POST');
    expect(JSON.parse(String(saveCall?.[1]?.body))).toEqual(draft);
    expect(await within(section).findByRole('list', { name: 'Saved profiles' })).toHaveTextContent('Beurer');
    // The saved profile can be chosen for any upload.
    const upload = await region('Upload a file');
    expect(within(within(upload).getByLabelText('Columns')).getByRole('option', { name: 'Beurer' })).toHaveValue('p-1');

    await user.click(within(section).getByRole('button', { name: 'Import with profile' }));

    expect(await within(section).findByText(/Import of bp.csv with “Beurer” started/)).toBeInTheDocument();
    const importCall = fetchMock.mock.calls.find(([url, init]) => url === `${BASE}/imports` && init?.method === 'POST');
    const importForm = importCall?.[1]?.body as FormData;
    expect((importForm.get('file') as File).name).toBe('bp.csv');
    expect(importForm.get('profile')).toBe('p-1');
    expect(await within(upload).findByText('Import finished.')).toHaveRole('status');
  });

  it('shows field errors of a profile the server refuses, and deletes a saved profile', async () => {
    const existing: MappingProfile = {
      id: 'p-7',
      name: 'Old meter',
      columns: { date: 'When', systolic: 'S', diastolic: 'D' },
      dateFormat: 'yyyy-MM-dd HH:mm',
    };
    let profiles = [existing];
    const fetchMock = stubApi(
      routes('NOT_CONNECTED', {
        [`GET ${BASE}/profiles`]: () => json(profiles),
        [`POST ${BASE}/profiles`]: () =>
          problem(400, {
            type: 'https://falcon.health/problems/validation',
            title: 'Validation failed',
            errors: [{ field: 'dateFormat', message: 'is not a valid date pattern' }],
          }),
        [`DELETE ${BASE}/profiles/p-7`]: () => {
          profiles = [];
          return new Response(null, { status: 204 });
        },
      }),
    );
    const user = userEvent.setup();
    renderApp('/connections');
    const section = await region('Column mapping for other blood-pressure CSVs');
    await user.click(within(section).getByText('Column mapping for other blood-pressure CSVs'));
    await user.upload(within(section).getByLabelText('Sample file'), CSV);
    await user.type(await within(section).findByLabelText('Profile name'), 'Broken');
    await user.selectOptions(within(section).getByLabelText('Date format'), 'Other…');
    const custom = within(section).getByLabelText('Custom date format');
    await user.clear(custom);
    await user.type(custom, 'qq');

    await user.click(within(section).getByRole('button', { name: 'Save profile' }));

    expect(await within(section).findByText('Please correct the highlighted fields.')).toBeInTheDocument();
    expect(within(section).getByLabelText('Date format')).toHaveAccessibleDescription('is not a valid date pattern');
    const saveCall = fetchMock.mock.calls.find(([url, init]) => url === `${BASE}/profiles` && init?.method === 'POST');
    expect(JSON.parse(String(saveCall?.[1]?.body)).dateFormat).toBe('qq');

    await user.click(within(section).getByRole('button', { name: 'Delete profile Old meter' }));

    expect(await within(section).findByText('Profile “Old meter” deleted.')).toBeInTheDocument();
    expect(within(section).queryByRole('list', { name: 'Saved profiles' })).not.toBeInTheDocument();
  });
});
