/**
 * Okabe–Ito colours: distinguishable with every common colour-vision deficiency. Series take
 * them in this order; meaning is never carried by colour alone (labels, legends, tables).
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? PALETTE[0];
}
