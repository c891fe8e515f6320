/**
 * A local reader of one insight (`GET /api/insights/{kind}`, docs/insights.md) for the activity and
 * nutrition pages. The overview helper's `src/api/insights.ts` exports the same `fetchInsight(kind)`;
 * the integrator replaces imports of this file with it.
 */
import { apiFetch } from '../../api/client';

export interface InsightInput {
  data: string;
  from: string | null;
  to: string | null;
  count: number;
  sources: string[];
}

/** The envelope every insight kind shares; `detail` is the kind's own values (`null` without a finding). */
export interface Insight<D = unknown> {
  kind: string;
  title: string;
  /** `ok`, `insufficient-data` or `unavailable`. */
  status: string;
  summary: string;
  formulas: string[];
  inputs: InsightInput[];
  missing: string[];
  detail: D | null;
}

export function fetchInsight<D = unknown>(kind: string): Promise<Insight<D>> {
  return apiFetch<Insight<D>>(`/api/insights/${encodeURIComponent(kind)}`);
}
