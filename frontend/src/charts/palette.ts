/**
 * Okabe–Ito colours: distinguishable with every common colour-vision deficiency. Series take
 * them in this order; meaning is never carried by colour alone (labels, legends, tables).
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? PALETTE[0];
}

/**
 * A sequential single-hue scale (ColorBrewer Blues, 5 steps, light to dark): ordered by lightness, so it
 * reads the same with every colour-vision deficiency and in grey.
 */
export const SEQUENTIAL = ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08306b'] as const;

/** A colour with an alpha, for bands and fills behind lines: `#0072B2` + 0.2 → `rgba(0,114,178,0.2)`. */
export function withAlpha(hex: string, alpha: number): string {
  const value = hex.replace('#', '');
  const r = parseInt(value.slice(0, 2), 16);
  const g = parseInt(value.slice(2, 4), 16);
  const b = parseInt(value.slice(4, 6), 16);
  return `rgba(${r},${g},${b},${alpha})`;
}
