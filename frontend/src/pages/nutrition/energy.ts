/** `detail` of the `energy-balance` insight (backend-data's EnergyBalanceDetail; docs/insights.md). */
export interface EnergyMean {
  mean: number | null;
  days: number;
}

export interface EnergyBalanceDetail {
  /** `kg` or `lb`, per the user's units. */
  weightUnit: string;
  /** The last 30 days, oldest first; `null` where a day has no value. */
  days: {
    date: string;
    caloriesIn: number | null;
    caloriesOut: number | null;
    balance: number | null;
    weight: number | null;
    trend: number | null;
  }[];
  caloriesIn: { last7: EnergyMean; last30: EnergyMean };
  caloriesOut: { last7: EnergyMean; last30: EnergyMean };
  balance: { last7: EnergyMean; last30: EnergyMean };
  weight: { latest: number; latestDate: string; trend: number; changePerWeek: number | null } | null;
  implied: {
    from: string;
    to: string;
    intakeMean: number;
    intakeDays: number;
    weighIns: number;
    trendSlopePerDay: number;
    expenditure: number;
    measuredMean: number | null;
  } | null;
}
