/** A fake `XMLHttpRequest` for uploads with progress: tests see what was sent and answer when they like. */
import { vi } from 'vitest';

type Listener = (event: ProgressEvent) => void;

class FakeTarget {
  private readonly listeners = new Map<string, Listener[]>();

  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  removeEventListener(type: string, listener: Listener) {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((l) => l !== listener),
    );
  }

  dispatch(type: string, init: { loaded?: number; total?: number; lengthComputable?: boolean } = {}) {
    const event = { type, loaded: 0, total: 0, lengthComputable: false, ...init } as unknown as ProgressEvent;
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

export class FakeXhr extends FakeTarget {
  static requests: FakeXhr[] = [];

  readonly upload = new FakeTarget();
  method = '';
  url = '';
  body: unknown = undefined;
  readonly headers: Record<string, string> = {};
  status = 0;
  statusText = '';
  responseText = '';
  withCredentials = false;
  private responseHeaders: Record<string, string> = {};

  constructor() {
    super();
    FakeXhr.requests.push(this);
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  getResponseHeader(name: string): string | null {
    const key = Object.keys(this.responseHeaders).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? null : (this.responseHeaders[key] ?? null);
  }

  send(body: unknown) {
    this.body = body;
  }

  abort() {
    this.dispatch('abort');
  }

  /** Reports `loaded` of `total` bytes sent. */
  progress(loaded: number, total: number) {
    this.upload.dispatch('progress', { loaded, total, lengthComputable: true });
  }

  /** Answers with `status` and a JSON (or problem+json for non-2xx) body. */
  respond(status: number, body?: unknown, contentType?: string) {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.responseHeaders = {
      'Content-Type': contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json'),
    };
    this.dispatch('load');
  }

  /** The connection failed without an answer. */
  fail() {
    this.dispatch('error');
  }
}

/** Replaces `XMLHttpRequest` with {@link FakeXhr} for one test; returns the list of requests made. */
export function stubXhr(): FakeXhr[] {
  FakeXhr.requests = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return FakeXhr.requests;
}
