import { useCallback, useState } from 'react';
import { getImport, isFinalImportStatus, uploadImport } from '../api/imports';
import type { ImportView, UploadOptions } from '../api/imports';
import { useTrackedImport } from './useTrackedImport';

/** The `sessionStorage` key of a provider's last import id, so that a reload shows it again. */
export function lastImportKey(provider: string): string {
  return `falcon.${provider}.lastImport`;
}

/**
 * The file imports of one provider, as its card uses them: `start` uploads a file and follows
 * the new import (see {@link useTrackedImport}); `recentVersion` changes whenever the list of
 * recent imports should be loaded again (an import started or ended). The end of an import
 * started on the page also calls `onChanged` (the connection's counts change).
 */
export function useProviderImport(provider: string, onChanged: () => void) {
  const [recentVersion, setRecentVersion] = useState(0);
  const tracking = useTrackedImport<ImportView>({
    storageKey: lastImportKey(provider),
    load: (id) => getImport(provider, id),
    isFinal: isFinalImportStatus,
    onFinished: () => {
      setRecentVersion((n) => n + 1);
      onChanged();
    },
  });
  const { track } = tracking;

  const start = useCallback(
    async (file: File, options: UploadOptions = {}) => {
      const accepted = await uploadImport(provider, file, options);
      track(accepted.id, accepted.status ?? null);
      setRecentVersion((n) => n + 1);
    },
    [provider, track],
  );

  return { provider, tracking, start, recentVersion };
}

/** What {@link useProviderImport} gives the card's import parts. */
export type ProviderImport = ReturnType<typeof useProviderImport>;
