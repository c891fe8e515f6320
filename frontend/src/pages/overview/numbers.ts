/** Number formatting shared by the overview, blood-pressure and insights pages (the user's locale). */

export function formatNumber(value: number, maximumFractionDigits = 0, minimumFractionDigits = 0): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** A change with its sign ("+1.2", "−0.4", "0"). */
export function formatChange(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits, signDisplay: 'exceptZero' }).format(value);
}

/** Minutes as "7 h 15 min" (or "45 min"). */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return hours > 0 ? `${hours} h ${rest} min` : `${rest} min`;
}
