import { useCallback, useEffect, useState } from 'react';
import { fetchProfiles, getDropboxImport, isFinalDropboxStatus, uploadDropboxFile } from '../api/dropbox';
import type { DropboxImport, MappingProfile } from '../api/dropbox';
import type { ConnectionStatus } from '../api/connections';
import { DropboxFolder } from './DropboxFolder';
import { DropboxRecentFiles } from './DropboxRecentFiles';
import { DropboxUpload } from './DropboxUpload';
import { MappingProfiles } from './MappingProfiles';
import type { ProviderPartProps } from './providerUi';
import { describeError, useTrackedImport } from './useTrackedImport';

/** `sessionStorage` key of the last uploaded file's import id, so that a reload shows it again. */
export const LAST_DROPBOX_IMPORT_KEY = 'falcon.dropbox.lastImport';

/** While Dropbox is connected its watched folder can be changed. */
const HAS_FOLDER: ReadonlySet<ConnectionStatus> = new Set(['ACTIVE', 'SYNCING', 'ERROR', 'NEEDS_RECONNECT']);

/** Starts the import of a file, with a mapping profile or with the format detected. */
export type StartImport = (file: File, profileId?: string) => Promise<void>;

export type ProfilesState =
  | { kind: 'loading' }
  | { kind: 'loaded'; items: MappingProfile[] }
  | { kind: 'failed'; message: string };

/**
 * The Dropbox card's own parts: the watched folder (when connected), file uploads for people
 * without Dropbox, column-mapping profiles for other blood-pressure CSVs, and the recent files.
 */
export function DropboxSections({ connection, timeZone, onChanged }: ProviderPartProps) {
  const [recentVersion, setRecentVersion] = useState(0);
  const [profiles, setProfiles] = useState<ProfilesState>({ kind: 'loading' });
  const tracking = useTrackedImport<DropboxImport>({
    storageKey: LAST_DROPBOX_IMPORT_KEY,
    load: getDropboxImport,
    isFinal: isFinalDropboxStatus,
    onFinished: () => {
      setRecentVersion((n) => n + 1);
      onChanged();
    },
  });
  const { track } = tracking;

  const loadProfiles = useCallback(() => {
    fetchProfiles()
      .then((items) => setProfiles({ kind: 'loaded', items: Array.isArray(items) ? items : [] }))
      .catch((error: unknown) => setProfiles({ kind: 'failed', message: describeError(error) }));
  }, []);
  useEffect(loadProfiles, [loadProfiles]);

  const startImport: StartImport = useCallback(
    async (file, profileId) => {
      const accepted = await uploadDropboxFile(file, profileId);
      track(accepted.id, accepted.status ?? null, accepted.file ? accepted : null);
      setRecentVersion((n) => n + 1);
    },
    [track],
  );

  return (
    <>
      {HAS_FOLDER.has(connection.status) && <DropboxFolder />}
      <DropboxUpload profiles={profiles} startImport={startImport} tracking={tracking} />
      <MappingProfiles
        profiles={profiles}
        onProfilesChanged={loadProfiles}
        startImport={startImport}
        timeZone={timeZone}
      />
      <DropboxRecentFiles version={recentVersion} />
    </>
  );
}
