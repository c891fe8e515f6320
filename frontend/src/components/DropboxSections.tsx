import { useCallback, useEffect, useState } from 'react';
import { fetchProfiles } from '../api/dropbox';
import type { ConnectionStatus } from '../api/connections';
import { DropboxFolder } from './DropboxFolder';
import { ImportSection } from './ImportSection';
import type { ImportSpec } from './ImportSection';
import { MappingProfiles } from './MappingProfiles';
import type { ProfilesState, StartImport } from './MappingProfiles';
import type { ProviderPartProps } from './providerParts';
import { RecentImports } from './RecentImports';
import { useProviderImport } from './useProviderImport';
import { describeError } from './useTrackedImport';

/** While Dropbox is connected its watched folder can be changed. */
const HAS_FOLDER: ReadonlySet<ConnectionStatus> = new Set(['ACTIVE', 'SYNCING', 'ERROR', 'NEEDS_RECONNECT']);

/**
 * The Dropbox card's own parts: the watched folder (when connected), the file upload (the same
 * flow as every import, with a choice of column-mapping profile), the profiles for other
 * blood-pressure CSVs, and the recent files.
 */
export function DropboxSections({ spec, connection, timeZone, onChanged }: ProviderPartProps & { spec: ImportSpec }) {
  const [profiles, setProfiles] = useState<ProfilesState>({ kind: 'loading' });
  const importer = useProviderImport(spec.provider, onChanged);
  const { start } = importer;

  const loadProfiles = useCallback(() => {
    fetchProfiles()
      .then((items) => setProfiles({ kind: 'loaded', items: Array.isArray(items) ? items : [] }))
      .catch((error: unknown) => setProfiles({ kind: 'failed', message: describeError(error) }));
  }, []);
  useEffect(loadProfiles, [loadProfiles]);

  const startImport: StartImport = useCallback((file, profileId) => start(file, { profile: profileId }), [start]);

  return (
    <>
      {HAS_FOLDER.has(connection.status) && <DropboxFolder />}
      <ImportSection
        spec={spec}
        importer={importer}
        timeZone={timeZone}
        profiles={profiles.kind === 'loaded' ? profiles.items : []}
      />
      <MappingProfiles
        profiles={profiles}
        onProfilesChanged={loadProfiles}
        startImport={startImport}
        timeZone={timeZone}
      />
      <RecentImports provider={spec.provider} version={importer.recentVersion} />
    </>
  );
}
