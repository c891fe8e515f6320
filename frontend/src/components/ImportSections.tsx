import { ImportSection } from './ImportSection';
import type { ImportSpec } from './ImportSection';
import type { ProviderPartProps } from './providerParts';
import { RecentImports } from './RecentImports';
import { useProviderImport } from './useProviderImport';

/** The file import sections of a card that offers nothing else: the upload flow and the recent files. */
export function ImportSections({ spec, timeZone, onChanged }: ProviderPartProps & { spec: ImportSpec }) {
  const importer = useProviderImport(spec.provider, onChanged);
  return (
    <>
      <ImportSection spec={spec} importer={importer} timeZone={timeZone} />
      <RecentImports provider={spec.provider} version={importer.recentVersion} />
    </>
  );
}
