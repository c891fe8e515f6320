/** The MyFitnessPal days as served by backend-server (from backend-data): `GET /api/nutrition/days[/{date}]`. */
import { apiFetch } from './client';
import { listParams } from './lists';
import type { ListQuery, Page, SourceInfo } from './lists';

/** Nutrient amounts as the channel stores them: `kcal`, `proteinG`, `carbohydratesG`, `fatG`, `sodiumMg`, `sugarG`, ... */
export type Nutrients = Record<string, number | null>;

export interface NutritionMealItem {
  /** The food (diary); `null` when not stored (export). */
  name: string | null;
  /** `HH:MM` (export); `null` when not stored. */
  time: string | null;
  nutrients: Nutrients;
  note: string | null;
}

export interface NutritionMeal {
  name: string | null;
  totals: Nutrients;
  items: NutritionMealItem[];
}

/** One day of the list: totals and meals from the channel named in `channel`. */
export interface NutritionDay {
  id: string;
  date: string;
  channels: string[];
  channel: string | null;
  totals: Nutrients | null;
  meals: NutritionMeal[];
  /** Only the diary has water and goals; `null` without one. */
  waterMl: number | null;
  goals: Nutrients | null;
  source: SourceInfo | null;
}

export type NutritionDayPage = Page<NutritionDay>;

export interface NutritionExercise {
  name: string | null;
  type: string | null;
  kcal: number | null;
  minutes: number | null;
  sets: number | null;
  repsPerSet: number | null;
  weightKg: number | null;
  steps: number | null;
  note: string | null;
}

/** One day with both channels, each `null` when it has nothing for the day. */
export interface NutritionDayDetail {
  id: string;
  date: string;
  export: {
    totals: Nutrients | null;
    meals: NutritionMeal[];
    exercise: NutritionExercise[];
    source: SourceInfo | null;
    exerciseSource: SourceInfo | null;
  } | null;
  diary: {
    totals: Nutrients | null;
    meals: NutritionMeal[];
    goals: Nutrients | null;
    waterMl: number | null;
    complete: boolean | null;
    source: SourceInfo | null;
  } | null;
}

/** `GET /api/nutrition/days`: newest first, one page at a time. */
export function fetchNutritionDays(query: ListQuery = {}): Promise<NutritionDayPage> {
  return apiFetch<NutritionDayPage>(`/api/nutrition/days${listParams(query)}`);
}

/** `GET /api/nutrition/days/{date}`: a date without data is a 404 `not-found` problem. */
export function fetchNutritionDay(date: string): Promise<NutritionDayDetail> {
  return apiFetch<NutritionDayDetail>(`/api/nutrition/days/${encodeURIComponent(date)}`);
}
