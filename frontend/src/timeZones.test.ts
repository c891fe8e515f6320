import { describe, expect, it } from 'vitest';
import { exactTimeZone, searchTimeZones } from './timeZones';

const ZONES = ['America/New_York', 'America/North_Dakota/New_Salem', 'Europe/Berlin', 'Pacific/Auckland', 'Asia/Tokyo'];

describe('searchTimeZones', () => {
  it('reads "/", "_" and spaces alike and ignores case', () => {
    expect(searchTimeZones(ZONES, 'new y')).toEqual(['America/New_York']);
    expect(searchTimeZones(ZONES, 'NEW_YORK')).toEqual(['America/New_York']);
    expect(searchTimeZones(ZONES, 'europe berlin')).toEqual(['Europe/Berlin']);
  });

  it('puts zones whose city starts with the query first, then word starts, then the rest', () => {
    expect(searchTimeZones(ZONES, 'new')).toEqual(['America/New_York', 'America/North_Dakota/New_Salem']);
    expect(searchTimeZones(ZONES, 'a')).toEqual([
      'Pacific/Auckland',
      'America/New_York',
      'America/North_Dakota/New_Salem',
      'Asia/Tokyo',
    ]);
    expect(searchTimeZones(ZONES, 'salem')).toEqual(['America/North_Dakota/New_Salem']);
    expect(searchTimeZones(ZONES, 'rlin')).toEqual(['Europe/Berlin']);
  });

  it('matches every zone for an empty query', () => {
    expect(searchTimeZones(ZONES, '  ')).toEqual(ZONES);
  });
});

describe('exactTimeZone', () => {
  it('finds a zone typed in full, in any case', () => {
    expect(exactTimeZone(ZONES, 'asia/tokyo')).toBe('Asia/Tokyo');
    expect(exactTimeZone(ZONES, 'America/New York')).toBe('America/New_York');
    expect(exactTimeZone(ZONES, 'Tokyo')).toBeUndefined();
    expect(exactTimeZone(ZONES, '')).toBeUndefined();
  });
});
