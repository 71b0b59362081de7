import type { PageSize } from './house-style';

/** Page geometry in twips (1/20 pt, 1440 per inch): what Word's section properties are written in. */
export interface PageGeometry {
  width: number;
  height: number;
  margin: number;
  /** Width of the text between the margins. */
  textWidth: number;
}

const PORTRAIT: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

/** 2.5 cm: the margin UN and OSCE documents commonly use. */
export const PAGE_MARGIN = 1418;
export const HEADER_MARGIN = 709;

export function pageGeometry(size: PageSize, orientation: 'portrait' | 'landscape'): PageGeometry {
  const portrait = PORTRAIT[size];
  const width = orientation === 'portrait' ? portrait.width : portrait.height;
  const height = orientation === 'portrait' ? portrait.height : portrait.width;
  return { width, height, margin: PAGE_MARGIN, textWidth: width - 2 * PAGE_MARGIN };
}

/** Lexical stores widths in CSS pixels at 96 dpi. */
export function pixelsToTwips(pixels: number): number {
  return Math.round(pixels * 15);
}

/** Scales relative weights to whole twips that add up to `total` exactly. */
export function distributeWidths(weights: readonly number[], total: number): number[] {
  const safe = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  const widths = safe.map((weight) => Math.floor((weight / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
