import { useState } from 'react';
import { Link } from 'react-router-dom';
import { saveSettings } from '../api/me';
import { useMe, useSession } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';
import { describeError } from './useTrackedImport';

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; zone: string } | { kind: 'failed'; message: string };

/**
 * On first sign-in (no zone saved yet) proposes the browser's zone with one button, which saves
 * it with the current units; Settings offers any other zone.
 */
export function TimeZoneBanner() {
  const { settings } = useMe();
  const { settingsSaved } = useSession();
  const [zone] = useState(browserTimeZone);
  const [state, setState] = useState<State>({ kind: 'idle' });

  if (state.kind === 'saved') {
    return (
      <section className="banner" aria-label="Time zone">
        <p role="status">Your time zone is now {state.zone}.</p>
      </section>
    );
  }
  if (settings.timeZone !== null || !zone) {
    return null;
  }

  async function accept() {
    setState({ kind: 'saving' });
    try {
      const saved = await saveSettings({ timeZone: zone, units: settings.units });
      setState({ kind: 'saved', zone });
      settingsSaved(saved);
    } catch (error) {
      setState({ kind: 'failed', message: `Your time zone could not be saved: ${describeError(error)}` });
    }
  }

  return (
    <section className="banner" aria-labelledby="zone-banner-title">
      <p id="zone-banner-title">Use {zone} (from your browser)?</p>
      <div className="banner-actions">
        <button type="button" className="button" disabled={state.kind === 'saving'} onClick={() => void accept()}>
          {state.kind === 'saving' ? 'Saving…' : `Use ${zone}`}
        </button>
        <Link to="/settings">Choose another zone</Link>
      </div>
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
