/** The 2017 ACC/AHA blood-pressure categories, as backend-data's insight and report use them. */
import type { BloodPressureCategoryId } from '../../api/insights';

export const CATEGORY_ORDER: readonly BloodPressureCategoryId[] = ['normal', 'elevated', 'stage-1', 'stage-2', 'crisis'];

export const CATEGORY_LABELS: Record<BloodPressureCategoryId, string> = {
  normal: 'Normal',
  elevated: 'Elevated',
  'stage-1': 'Hypertension stage 1',
  'stage-2': 'Hypertension stage 2',
  crisis: 'Hypertensive crisis',
};

/** What each category means, in words (the systolic and the diastolic limits). */
export const CATEGORY_RULES: Record<BloodPressureCategoryId, string> = {
  normal: 'below 120 and below 80',
  elevated: '120–129 and below 80',
  'stage-1': '130–139 or 80–89',
  'stage-2': '140 or higher, or 90 or higher',
  crisis: 'above 180 and/or above 120',
};

function bySystolic(systolic: number): BloodPressureCategoryId {
  if (systolic > 180) return 'crisis';
  if (systolic >= 140) return 'stage-2';
  if (systolic >= 130) return 'stage-1';
  return systolic >= 120 ? 'elevated' : 'normal';
}

function byDiastolic(diastolic: number): BloodPressureCategoryId {
  if (diastolic > 120) return 'crisis';
  if (diastolic >= 90) return 'stage-2';
  if (diastolic >= 80) return 'stage-1';
  return 'normal';
}

/**
 * The category of a reading: the systolic and the diastolic pressure each get one and the higher wins
 * (125/85 is stage 1). Crisis (above 180 and/or above 120) is a category of its own that the pages show as a note.
 */
export function bloodPressureCategory(systolic: number, diastolic: number): BloodPressureCategoryId {
  const s = CATEGORY_ORDER.indexOf(bySystolic(systolic));
  const d = CATEGORY_ORDER.indexOf(byDiastolic(diastolic));
  return CATEGORY_ORDER[Math.max(s, d)] ?? 'normal';
}

/** The note shown beside a reading in the crisis range. */
export const CRISIS_NOTE =
  'A reading above 180 systolic and/or above 120 diastolic is in the hypertensive crisis range: measure again after a few minutes, and if it stays this high, contact a doctor now (call emergency services if you have chest pain, shortness of breath, weakness or trouble speaking).';
