import { describe, expect, it } from 'vitest';

// Vitest hands CSS imports (`?raw` included) over empty, so the stylesheet is read from disk.
const fsModule = 'node:fs';
const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as {
  readFileSync: (path: string, encoding: 'utf8') => string;
};
const { cwd } = (globalThis as unknown as { process: { cwd: () => string } }).process;
const css = readFileSync(`${cwd()}/src/styles.css`, 'utf8');

/** The `--color-*` variables of the first block that starts at `marker`. */
function variables(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  expect(start).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', css.indexOf(':root', start));
  const close = css.indexOf('}', open);
  const block = css.slice(open + 1, close);
  const result: Record<string, string> = {};
  for (const match of block.matchAll(/--(color-[a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    result[match[1]!] = match[2]!.toLowerCase();
  }
  return result;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text colour on background colour, each pair as the stylesheet uses it. */
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['text', 'badge-bg'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'surface-2'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'surface-2'],
  ['accent', 'badge-bg'],
  ['accent-hover', 'surface'],
  ['accent-hover', 'badge-bg'],
  ['accent-text', 'accent'],
  ['accent-text', 'accent-hover'],
  ['success', 'surface'],
  ['success', 'success-bg'],
  ['error', 'surface'],
  ['error', 'error-bg'],
  ['warning', 'surface'],
  ['warning', 'warning-bg'],
  ['text', 'warning-bg'],
  ['danger-text', 'danger'],
  ['danger-text', 'danger-hover'],
];

/** Non-text contrast (WCAG 1.4.11): the focus ring and the borders of form controls, 3:1. */
const NON_TEXT_PAIRS: [string, string][] = [
  ['focus', 'surface'],
  ['focus', 'bg'],
  ['control-border', 'surface'],
  ['accent', 'surface'],
];

describe.each([
  ['light', ':root'],
  ['dark', '@media (prefers-color-scheme: dark)'],
])('the %s theme', (_theme, marker) => {
  const colors = variables(marker);

  it.each(TEXT_PAIRS)('has AA contrast for %s on %s', (fg, bg) => {
    const ratio = contrast(colors[`color-${fg}`]!, colors[`color-${bg}`]!);
    expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT_PAIRS)('has 3:1 for %s against %s', (fg, bg) => {
    const ratio = contrast(colors[`color-${fg}`]!, colors[`color-${bg}`]!);
    expect(ratio, `${fg} against ${bg}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#0f766e', '#0f766e')).toBe(1);
  });
});
