/*
 * Text on user-chosen colours (risk levels, in the app and in Word exports) is black or white,
 * whichever contrasts more by WCAG 2: on any background the better of the two reaches at least
 * 4.58:1, WCAG AA for normal text.
 */

export const BLACK = '#000000';
export const WHITE = '#ffffff';
type TextColour = typeof BLACK | typeof WHITE;

const HEX_COLOUR = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

function channels(colour: string): [number, number, number] | undefined {
  const match = HEX_COLOUR.exec(colour.trim());
  if (!match) return undefined;
  const [red, green, blue] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return [red!, green!, blue!];
}

/** True for #rrggbb (the # may be left out, as Word writes colours). */
function isHexColour(colour: string): boolean {
  return channels(colour) !== undefined;
}

/** WCAG 2 relative luminance of a #rrggbb colour: 0 for black, 1 for white. */
export function relativeLuminance(colour: string): number {
  const rgb = channels(colour);
  if (!rgb) throw new Error(`"${colour}" is not a colour like #ff9800.`);
  const [red, green, blue] = rgb.map((value) =>
    value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Black or white text, whichever reads better on `background`; undefined when it is not a #rrggbb colour. */
export function readableTextColour(background: string): TextColour | undefined {
  if (!isHexColour(background)) return undefined;
  return contrastRatio(background, BLACK) >= contrastRatio(background, WHITE) ? BLACK : WHITE;
}
