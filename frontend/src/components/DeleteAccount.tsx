import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { ProblemError } from '../api/client';
import { deleteAccount } from '../api/me';
import { useMe } from '../session/SessionContext';
import { signOut } from '../session/signOut';
import { describeError } from './useTrackedImport';

type State = { kind: 'idle' } | { kind: 'deleting' } | { kind: 'deleted' } | { kind: 'failed'; message: string };

/**
 * The account's danger zone: a dialog that asks the user to type their user id (the `sub` the
 * server wants as `confirm`), then `DELETE /api/me?confirm=<sub>` and, once deleted, signs out.
 */
export function DeleteAccount() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    opener.current?.focus();
  }

  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete account</h2>
      <p>
        Deletes everything Falcon Health stores about you, on every service: imported data, connections, photos,
        insights and settings. This cannot be undone; download your data first if you want to keep it.
      </p>
      <button ref={opener} type="button" className="button button-danger" onClick={() => setOpen(true)}>
        Delete account…
      </button>
      {open && <DeleteAccountDialog onClose={close} />}
    </section>
  );
}

function DeleteAccountDialog({ onClose }: { onClose: () => void }) {
  const { sub } = useMe();
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const busy = state.kind === 'deleting' || state.kind === 'deleted';
  const confirmed = typed.trim() === sub;

  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!confirmed || busy) return;
    setState({ kind: 'deleting' });
    try {
      await deleteAccount(sub);
      setState({ kind: 'deleted' });
      signOut();
    } catch (error) {
      setState({ kind: 'failed', message: deletionFailure(error) });
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !busy) {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    // Keeps the focus inside the dialog while it is open.
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('input, button')].filter(
      (element) => !(element as HTMLInputElement).disabled,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (first && last) {
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="delete-dialog-title"
        aria-describedby="delete-dialog-text"
        onKeyDown={onKeyDown}
      >
        <h2 id="delete-dialog-title">Delete your account?</h2>
        <p id="delete-dialog-text">
          All your data is deleted from every Falcon Health service and you are signed out. To confirm, type your user
          id, <strong>{sub}</strong>.
        </p>
        <form className="form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="delete-confirm">Your user id</label>
            <input
              ref={input}
              id="delete-confirm"
              name="confirm"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              disabled={busy}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button button-danger" disabled={!confirmed || busy}>
              {state.kind === 'deleting' ? 'Deleting…' : state.kind === 'failed' ? 'Try again' : 'Delete my account'}
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
        <div aria-live="assertive">
          {state.kind === 'deleted' && <p className="success">Your account was deleted. Signing you out…</p>}
          {state.kind === 'failed' && <p className="error">{state.message}</p>}
        </div>
      </div>
    </div>
  );
}

function deletionFailure(error: unknown): string {
  if (error instanceof ProblemError) {
    const type = error.type.slice(error.type.lastIndexOf('/') + 1);
    if (type === 'erasure-incomplete') {
      return 'Some of your data could not be deleted yet because a service did not answer. Try again to finish.';
    }
    if (type === 'confirmation-required') {
      return 'The server did not accept the confirmation. Type your user id exactly as shown.';
    }
  }
  return `Your account could not be deleted: ${describeError(error)}`;
}
