import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways on a narrow screen (a wide table): a named region that the
 * keyboard can reach, so that someone without a mouse can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
