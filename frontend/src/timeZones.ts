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

/** Lower case, with `/`, `_` and `-` read as spaces: "America/New_York" → "america new york". */
function searchable(text: string): string {
  return text.toLowerCase().replace(/[/_\-\s]+/g, ' ').trim();
}

/**
 * The zones whose name contains `query` ("new y" finds America/New_York), with `/`, `_`, `-` and
 * spaces alike and case ignored; zones whose city starts with the query come first, then those
 * where a word starts with it, then the rest, each group in alphabetical order. An empty query
 * matches every zone.
 */
export function searchTimeZones(zones: readonly string[], query: string): string[] {
  const wanted = searchable(query);
  if (wanted === '') {
    return [...zones];
  }
  const ranked: { zone: string; rank: number }[] = [];
  for (const zone of zones) {
    const name = searchable(zone);
    const at = name.indexOf(wanted);
    if (at < 0) continue;
    const city = searchable(zone.slice(zone.lastIndexOf('/') + 1));
    const rank = city.startsWith(wanted) ? 0 : at === 0 || name[at - 1] === ' ' ? 1 : 2;
    ranked.push({ zone, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.zone.localeCompare(b.zone)).map((r) => r.zone);
}

/** The zone of `zones` that `text` names exactly (case, spaces and underscores aside), if any. */
export function exactTimeZone(zones: readonly string[], text: string): string | undefined {
  const wanted = searchable(text);
  return wanted === '' ? undefined : zones.find((zone) => searchable(zone) === wanted);
}
