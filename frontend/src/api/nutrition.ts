/** The MyFitnessPal days as served by backend-server (from backend-data): `GET /api/nutrition/days[/{date}]`. */
import { apiFetch } from './client';

/** The parameters of every cursor-paged list (docs/read-api.md, "Lists"). */
export interface ListQuery {
  /** First local date, inclusive (`YYYY-MM-DD`). */
  from?: string;
  /** Last local date, inclusive. */
  to?: string;
  /** 1–500; the server defaults to 50. */
  limit?: number;
  /** The previous page's `nextCursor`. */
  cursor?: string;
}

/** The query string of a list request, `''` without parameters. */
export function listParams(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Where a record came from (`SourceInfo`); `channel` is `diary` or `export` for MyFitnessPal. */
export interface SourceInfo {
  provider: string;
  channel: string | null;
  file: string | null;
  format: string | null;
  receivedAt: string | null;
}

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

export interface NutritionDayPage {
  items: NutritionDay[];
  nextCursor: string | null;
}

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
