import { describe, expect, it } from 'vitest';
import { bloodPressureCategory } from './category';

describe('bloodPressureCategory', () => {
  it.each([
    [119, 79, 'normal'],
    [120, 79, 'elevated'],
    [129, 79, 'elevated'],
    [130, 80, 'stage-1'],
    [139, 89, 'stage-1'],
    [140, 90, 'stage-2'],
    [181, 121, 'crisis'],
  ])('puts %i/%i in %s', (systolic, diastolic, category) => {
    expect(bloodPressureCategory(systolic, diastolic)).toBe(category);
  });

  it('lets the higher of the two pressures win', () => {
    expect(bloodPressureCategory(118, 80)).toBe('stage-1');
    expect(bloodPressureCategory(125, 85)).toBe('stage-1');
    expect(bloodPressureCategory(119, 90)).toBe('stage-2');
    expect(bloodPressureCategory(181, 79)).toBe('crisis');
    expect(bloodPressureCategory(110, 121)).toBe('crisis');
  });

  it('keeps 180/120 at stage 2: crisis starts above both limits', () => {
    expect(bloodPressureCategory(180, 120)).toBe('stage-2');
  });
});
