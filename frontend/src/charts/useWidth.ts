import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The width of an element in CSS pixels, rounded to 50 so that small resizes do not refetch: the pages ask
 * the API for about this many points (downsampling to the pixels). `null` until measured (before the first
 * layout), so a page asks once, at the real width; jsdom (width 0) gets `fallback`.
 */
export function useWidth<T extends HTMLElement>(fallback = 800): [RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      setWidth((previous) =>
        element.clientWidth > 0 ? Math.max(200, Math.round(element.clientWidth / 50) * 50) : (previous ?? fallback),
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [ref, width];
}

/** A promise that never settles: what a load returns while the width is not known yet (the state stays loading). */
export function notYet<T>(): Promise<T> {
  return new Promise<T>(() => {});
}
