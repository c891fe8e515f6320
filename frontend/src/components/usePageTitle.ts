import { useEffect } from 'react';

/** Sets the document title so that each screen is announced and bookmarked by name. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Falcon Health`;
  }, [title]);
}
