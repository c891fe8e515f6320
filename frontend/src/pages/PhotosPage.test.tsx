import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Photo } from '../api/photos';
import { DANA, json, problem, stubApi } from '../test/http';
import { renderApp } from '../test/render';
import { stubXhr } from '../test/xhr';

function photo(id: string, overrides: Partial<Photo> = {}): Photo {
  return {
    id,
    caption: `Caption ${id}`,
    date: '2026-03-29',
    uploadedAt: '2026-03-29T22:30:00Z',
    contentType: 'image/jpeg',
    size: 48213,
    width: 4032,
    height: 3024,
    ...overrides,
  };
}

const FIRST = 'GET /api/media?limit=24';
const JPEG = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'lake.jpg', { type: 'image/jpeg' });

function gallery() {
  return screen.findByTestId('photo-gallery');
}

describe('PhotosPage', () => {
  it('shows the thumbnails, lazily loaded, with captions as alt text and dates as they are', async () => {
    stubApi({
      'GET /api/me': () => json({ ...DANA, settings: { ...DANA.settings, timeZone: 'Pacific/Auckland' } }),
      [FIRST]: () =>
        json({
          items: [photo('p1'), photo('p2', { caption: null, date: null, uploadedAt: '2026-03-29T22:30:00Z' })],
          nextCursor: null,
        }),
    });
    renderApp('/photos');

    const list = await gallery();
    const images = within(list).getAllByRole('img');
    expect(images[0]).toHaveAttribute('src', '/api/media/p1/thumbnail');
    expect(images[0]).toHaveAttribute('loading', 'lazy');
    expect(images[0]).toHaveAccessibleName('Caption p1');
    // The calendar date stays the 29th wherever the user is; the upload instant is shown in their zone (the 30th).
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/29 Mar 2026|Mar 29, 2026/);
    expect(images[1]).toHaveAccessibleName(/^Photo uploaded (30 Mar 2026|Mar 30, 2026)$/);
    expect(screen.queryByRole('button', { name: 'Load more photos' })).not.toBeInTheDocument();
  });

  it('pages through the gallery with the cursor', async () => {
    const fetchMock = stubApi({
      'GET /api/me': () => json(DANA),
      [FIRST]: () => json({ items: [photo('p1'), photo('p2')], nextCursor: 'c/2+' }),
      'GET /api/media?limit=24&cursor=c%2F2%2B': () => json({ items: [photo('p2'), photo('p3')], nextCursor: null }),
    });
    const user = userEvent.setup();
    renderApp('/photos');

    const list = await gallery();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Load more photos' }));

    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(within(list).getAllByRole('img').map((img) => img.getAttribute('alt'))).toEqual([
      'Caption p1',
      'Caption p2',
      'Caption p3',
    ]);
    expect(screen.queryByRole('button', { name: 'Load more photos' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain('/api/media?limit=24&cursor=c%2F2%2B');
  });

  it('says when a further page fails and keeps the photos', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      [FIRST]: () => json({ items: [photo('p1')], nextCursor: 'c2' }),
      'GET /api/media?limit=24&cursor=c2': () =>
        problem(400, { type: 'https://falcon.health/problems/validation', detail: 'The cursor is not valid.' }),
    });
    const user = userEvent.setup();
    renderApp('/photos');

    await gallery();
    await user.click(screen.getByRole('button', { name: 'Load more photos' }));

    expect(await screen.findByText('More photos could not be loaded: The cursor is not valid.')).toBeInTheDocument();
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('has an empty state and an error state with Retry', async () => {
    let calls = 0;
    stubApi({
      'GET /api/me': () => json(DANA),
      [FIRST]: () =>
        ++calls === 1
          ? problem(502, { title: 'Bad Gateway', detail: 'The photo store is not reachable.' })
          : json({ items: [], nextCursor: null }),
    });
    const user = userEvent.setup();
    renderApp('/photos');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your photos could not be loaded: The photo store is not reachable.',
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No photos yet.')).toBeInTheDocument();
  });

  it('uploads with progress (multipart, CSRF header) and puts the photo first in the gallery', async () => {
    stubApi({ 'GET /api/me': () => json(DANA), [FIRST]: () => json({ items: [photo('old')], nextCursor: null }) });
    const requests = stubXhr();
    document.cookie = 'XSRF-TOKEN=csrf-photo; path=/';
    const user = userEvent.setup();
    renderApp('/photos');

    const form = await screen.findByRole('form', { name: 'Upload a photo' });
    await user.upload(within(form).getByLabelText('Photo'), JPEG);
    await user.type(within(form).getByLabelText('Caption (optional)'), 'Lake');
    await user.type(within(form).getByLabelText('Date (optional)'), '2026-03-28');
    await user.click(within(form).getByRole('button', { name: 'Upload' }));

    const [xhr] = requests;
    expect(xhr?.method).toBe('POST');
    expect(xhr?.url).toBe('/api/media');
    expect(xhr?.headers['X-XSRF-TOKEN']).toBe('csrf-photo');
    expect(xhr?.headers['Content-Type']).toBeUndefined();
    const body = xhr?.body as FormData;
    expect((body.get('file') as File).name).toBe('lake.jpg');
    expect(body.get('caption')).toBe('Lake');
    expect(body.get('date')).toBe('2026-03-28');
    expect(within(form).getByRole('button', { name: 'Uploading…' })).toBeDisabled();

    act(() => xhr?.progress(3, 4));
    expect(screen.getByLabelText('Uploading lake.jpg: 75%')).toHaveAttribute('value', '75');

    act(() => xhr?.respond(201, photo('new', { caption: 'Lake', date: '2026-03-28' })));
    expect(await screen.findByText('lake.jpg was uploaded.')).toBeInTheDocument();
    const alts = within(await gallery())
      .getAllByRole('img')
      .map((img) => img.getAttribute('alt'));
    expect(alts).toEqual(['Lake', 'Caption old']);
    expect(within(form).getByLabelText('Caption (optional)')).toHaveValue('');
  });

  it.each([
    ['unsupported-media', 400, 'This file is not a photo Falcon Health can read. Upload a JPEG, PNG or WebP image.'],
    ['image-too-large', 400, 'This photo has too many pixels. Make it smaller and upload it again.'],
    ['payload-too-large', 413, 'This file is too large to upload. Make it smaller and upload it again.'],
  ])('says in a sentence why an upload was refused (%s)', async (type, status, sentence) => {
    stubApi({ 'GET /api/me': () => json(DANA), [FIRST]: () => json({ items: [], nextCursor: null }) });
    const requests = stubXhr();
    const user = userEvent.setup();
    renderApp('/photos');

    const form = await screen.findByRole('form', { name: 'Upload a photo' });
    await user.upload(within(form).getByLabelText('Photo'), JPEG);
    await user.click(within(form).getByRole('button', { name: 'Upload' }));
    act(() => requests[0]?.respond(status, { type: `https://falcon.health/problems/${type}`, detail: '{"raw":1}' }));

    expect(await within(form).findByLabelText('Photo')).toHaveAccessibleDescription(new RegExp(sentence.slice(0, 30)));
    expect(screen.getAllByText(sentence).length).toBeGreaterThan(0);
    expect(screen.queryByText(/raw/)).not.toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Upload' })).toBeEnabled();
  });

  it('shows validation errors next to their fields, asks for a file first and reports a lost connection', async () => {
    stubApi({ 'GET /api/me': () => json(DANA), [FIRST]: () => json({ items: [], nextCursor: null }) });
    const requests = stubXhr();
    const user = userEvent.setup();
    renderApp('/photos');

    const form = await screen.findByRole('form', { name: 'Upload a photo' });
    await user.click(within(form).getByRole('button', { name: 'Upload' }));
    expect(within(form).getByLabelText('Photo')).toHaveAccessibleDescription(/Choose a photo first/);
    expect(requests).toHaveLength(0);

    await user.upload(within(form).getByLabelText('Photo'), JPEG);
    await user.click(within(form).getByRole('button', { name: 'Upload' }));
    act(() =>
      requests[0]?.respond(400, {
        type: 'https://falcon.health/problems/validation',
        errors: [{ field: 'caption', message: 'must be at most 500 characters' }],
      }),
    );
    expect(await within(form).findByLabelText('Caption (optional)')).toHaveAccessibleDescription(
      'must be at most 500 characters',
    );

    await user.click(within(form).getByRole('button', { name: 'Upload' }));
    act(() => requests[1]?.fail());
    expect(await screen.findByText(/The photo could not be uploaded: Falcon Health could not be reached/)).toBeInTheDocument();
  });

  it('edits the caption and date with PATCH, clearing with null', async () => {
    const fetchMock = stubApi({
      'GET /api/me': () => json(DANA),
      [FIRST]: () => json({ items: [photo('p1')], nextCursor: null }),
      'PATCH /api/media/p1': () => json(photo('p1', { caption: 'Evening swim', date: null })),
    });
    document.cookie = 'XSRF-TOKEN=csrf-edit; path=/';
    const user = userEvent.setup();
    renderApp('/photos');

    const card = within(await gallery()).getByRole('listitem');
    await user.click(within(card).getByRole('button', { name: 'Edit caption and date' }));
    const caption = within(card).getByLabelText('Caption');
    expect(caption).toHaveValue('Caption p1');
    await user.clear(caption);
    await user.type(caption, 'Evening swim');
    await user.clear(within(card).getByLabelText('Date'));
    await user.click(within(card).getByRole('button', { name: 'Save' }));

    expect(await within(card).findByRole('img', { name: 'Evening swim' })).toBeInTheDocument();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ caption: 'Evening swim', date: null });
    expect(new Headers(patch?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('csrf-edit');
    expect(within(card).queryByLabelText('Caption')).not.toBeInTheDocument();
  });

  it('shows a refused edit next to its field', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      [FIRST]: () => json({ items: [photo('p1')], nextCursor: null }),
      'PATCH /api/media/p1': () =>
        problem(400, {
          type: 'https://falcon.health/problems/validation',
          errors: [{ field: 'date', message: 'must be an existing yyyy-MM-dd date' }],
        }),
    });
    const user = userEvent.setup();
    renderApp('/photos');

    const card = within(await gallery()).getByRole('listitem');
    await user.click(within(card).getByRole('button', { name: 'Edit caption and date' }));
    await user.click(within(card).getByRole('button', { name: 'Save' }));

    expect(await within(card).findByText('must be an existing yyyy-MM-dd date')).toBeInTheDocument();
    expect(within(card).getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
  });

  it('deletes a photo only after confirmation', async () => {
    const fetchMock = stubApi({
      'GET /api/me': () => json(DANA),
      [FIRST]: () => json({ items: [photo('p1'), photo('p2')], nextCursor: null }),
      'DELETE /api/media/p1': () => new Response(null, { status: 204 }),
    });
    const user = userEvent.setup();
    renderApp('/photos');

    const list = await gallery();
    const card = within(list).getAllByRole('listitem')[0]!;
    await user.click(within(card).getByRole('button', { name: 'Delete…' }));
    expect(within(card).getByText('Delete this photo? This cannot be undone.')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Cancel' }));
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);

    await user.click(within(card).getByRole('button', { name: 'Delete…' }));
    await user.click(within(card).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('img')).toHaveAccessibleName('Caption p2');
  });

  it('keeps a photo whose deletion failed and says why', async () => {
    stubApi({
      'GET /api/me': () => json(DANA),
      [FIRST]: () => json({ items: [photo('p1')], nextCursor: null }),
      'DELETE /api/media/p1': () => problem(503, { title: 'Service Unavailable', detail: 'Try again shortly.' }),
    });
    const user = userEvent.setup();
    renderApp('/photos');

    const card = within(await gallery()).getByRole('listitem');
    await user.click(within(card).getByRole('button', { name: 'Delete…' }));
    await user.click(within(card).getByRole('button', { name: 'Delete' }));

    expect(await within(card).findByText('The photo could not be deleted: Try again shortly.')).toBeInTheDocument();
    expect(within(card).getByRole('img')).toBeInTheDocument();
  });

  it('ends the session when an upload is answered 401', async () => {
    stubApi({ 'GET /api/me': () => json(DANA), [FIRST]: () => json({ items: [], nextCursor: null }) });
    const requests = stubXhr();
    const user = userEvent.setup();
    renderApp('/photos');

    const form = await screen.findByRole('form', { name: 'Upload a photo' });
    await user.upload(within(form).getByLabelText('Photo'), JPEG);
    await user.click(within(form).getByRole('button', { name: 'Upload' }));
    act(() => requests[0]?.respond(401, { type: 'https://falcon.health/problems/unauthenticated' }));

    expect(await screen.findByRole('heading', { name: 'Your session ended' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/login?returnTo=%2Fphotos');
  });
});
