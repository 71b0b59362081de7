/**
 * Average glyph widths for estimating where lines wrap. Calibri and Carlito share these metrics
 * (Carlito is metric-compatible), read from Carlito's hmtx table: advance widths in thousandths
 * of an em for U+0020..U+007E. Other fonts are scaled by a rough factor; other scripts get one
 * average width each. Good enough to count lines, not to place glyphs.
 */

// prettier-ignore
const REGULAR = [
  226,326,401,498,507,715,682,221,303,303,498,498,250,306,252,386,507,507,507,507,507,507,507,507,507,507,268,268,498,498,498,463,
  894,579,544,533,615,488,459,631,623,252,319,520,420,855,646,662,517,673,543,459,487,642,567,890,519,487,468,307,386,307,498,498,
  291,479,525,423,525,498,305,471,525,229,239,455,229,799,525,527,525,525,349,391,335,525,452,715,433,453,395,314,460,314,498,
];
// prettier-ignore
const BOLD = [
  226,326,438,498,507,729,705,233,312,312,498,498,258,306,267,430,507,507,507,507,507,507,507,507,507,507,276,276,498,498,498,463,
  898,606,561,529,630,488,459,637,631,267,331,547,423,874,659,676,532,686,563,473,495,653,591,906,551,520,478,325,430,325,498,498,
  300,494,537,418,537,503,316,474,537,246,255,480,246,813,537,538,537,537,355,399,347,537,473,745,459,474,397,344,475,344,498,
];

/** Width of one character in thousandths of an em, outside printable ASCII. */
function otherWidth(code: number, bold: boolean): number {
  if (code >= 0x00c0 && code <= 0x024f) return bold ? 540 : 525; // Latin with accents
  if (code >= 0x0400 && code <= 0x04ff) return bold ? 550 : 530; // Cyrillic
  if (code >= 0x10a0 && code <= 0x10ff) return 640; // Georgian, from a fallback font
  if (code === 0x2014) return 905;
  if (code >= 0x2000 && code <= 0x206f) return 500; // punctuation: dashes, quotes, bullets
  if (code >= 0x2e80) return 1000; // CJK, emoji and other wide glyphs
  return 550;
}

/** Line height (ascent + descent + line gap) per em: Calibri/Carlito 1.22, most others about 1.15. */
export function lineHeightEm(font: string): number {
  return /calibri|carlito/i.test(font) ? 1.215 : 1.15;
}

/** How much wider than Calibri a font sets the same text, roughly. */
export function fontWidthFactor(font: string): number {
  if (/calibri|carlito/i.test(font)) return 1;
  if (/arial|helvetica|liberation sans|verdana|tahoma|segoe/i.test(font))
    return /verdana|tahoma/i.test(font) ? 1.22 : 1.1;
  if (/georgia|cambria|caladea/i.test(font)) return 1.1;
  if (/times|liberation serif/i.test(font)) return 0.98;
  return 1.08;
}

/** Widths in ems of the Basic Multilingual Plane, regular and bold, computed once. */
let tables: [Float32Array, Float32Array] | null = null;

export function widthTables(): [Float32Array, Float32Array] {
  if (tables) return tables;
  const build = (bold: boolean) => {
    const table = new Float32Array(0x10000);
    const ascii = bold ? BOLD : REGULAR;
    for (let code = 0; code < 0x10000; code += 1) {
      // The second half of a surrogate pair adds nothing: the pair is one glyph.
      table[code] =
        code >= 0xdc00 && code <= 0xdfff
          ? 0
          : (code >= 32 && code < 127 ? (ascii[code - 32] ?? 500) : otherWidth(code, bold)) / 1000;
    }
    return table;
  };
  tables = [build(false), build(true)];
  return tables;
}
