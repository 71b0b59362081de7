import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLACK, contrastRatio, readableTextColour, relativeLuminance, WHITE } from './colour';
import { DEFAULT_LEVELS, MATRIX_PRESETS } from './risk-matrix';

/** Every level colour the app ships: the defaults and those of every matrix preset. */
const SHIPPED_LEVEL_COLOURS = [
  ...new Set(
    [...DEFAULT_LEVELS, ...Object.values(MATRIX_PRESETS).flatMap((matrix) => matrix.levels)].map((l) => l.color),
  ),
];

describe('WCAG contrast', () => {
  it('measures luminance and contrast as WCAG 2 defines them', () => {
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(relativeLuminance(WHITE)).toBe(1);
    expect(relativeLuminance('808080')).toBeCloseTo(0.2159, 4);
    expect(contrastRatio(BLACK, WHITE)).toBe(21);
    expect(contrastRatio(WHITE, BLACK)).toBe(21);
    expect(contrastRatio('#4caf50', WHITE)).toBeCloseTo(2.78, 2);
    expect(contrastRatio('#4CAF50', BLACK)).toBeCloseTo(7.56, 2);
  });

  it('names a value that is not a colour', () => {
    expect(() => relativeLuminance('green')).toThrow('"green" is not a colour like #ff9800.');
  });
});

describe('readable text colour', () => {
  it('puts black text on light colours and white on dark ones', () => {
    expect(readableTextColour('#ffd54f')).toBe(BLACK);
    expect(readableTextColour('#7f0000')).toBe(WHITE);
    expect(readableTextColour('7B0000')).toBe(WHITE);
    // The default Low green: black reads at 7.6:1 where white gave 2.8:1.
    expect(readableTextColour('#4caf50')).toBe(BLACK);
    expect(readableTextColour('not a colour')).toBeUndefined();
  });

  it('gives every shipped level colour text at 4.5:1 or more', () => {
    expect(SHIPPED_LEVEL_COLOURS.length).toBeGreaterThanOrEqual(5);
    for (const colour of SHIPPED_LEVEL_COLOURS)
      expect(contrastRatio(colour, readableTextColour(colour)!), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('reaches 4.5:1 on any colour a user may choose', () => {
    const channel = fc.integer({ min: 0, max: 255 }).map((value) => value.toString(16).padStart(2, '0'));
    fc.assert(
      fc.property(channel, channel, channel, (red, green, blue) => {
        const colour = `#${red}${green}${blue}`;
        expect(contrastRatio(colour, readableTextColour(colour)!)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });
});
