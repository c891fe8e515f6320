/** Time zone helpers around the browser's Intl support. */

/** The browser's own IANA zone, e.g. `Europe/Berlin`. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Every IANA zone the browser knows, sorted, always including `mustInclude`;
 * empty when the browser cannot list them (then the form falls back to a text field).
 */
export function availableTimeZones(mustInclude: string): string[] {
  if (typeof Intl.supportedValuesOf !== 'function') {
    return [];
  }
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add(mustInclude);
  return [...zones].sort();
}
