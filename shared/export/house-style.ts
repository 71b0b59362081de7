import { z } from 'zod';

/** Fonts a house style may name: plain font-family names, no markup or separators. */
const fontName = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(60, 'At most 60 characters')
  .regex(/^[\p{L}\p{N} ._-]+$/u, 'Letters, digits, spaces, dots, dashes and underscores only');

const hexColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'A colour such as #1f3864')
  .transform((value) => value.toLowerCase());

const pointSize = (min: number, max: number) =>
  z.number().min(min, `At least ${min} pt`).max(max, `At most ${max} pt`).multipleOf(0.5, 'In steps of 0.5 pt');

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;

/** The logo printed on the cover page and in the header; width/height are its pixel size. */
export const logoSchema = z.object({
  mimeType: z.enum(LOGO_MIME_TYPES),
  /** Base64 of the image file, checked to be a real PNG or JPEG when it is stored. */
  data: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  fileName: z.string().max(255),
});
export type HouseStyleLogo = z.infer<typeof logoSchema>;

/** A reference .docx whose styles (styles.xml) replace ours, as pandoc's --reference-doc does. */
export const referenceDocSchema = z.object({
  fileName: z.string().max(255),
  stylesXml: z.string().min(1),
});
export type ReferenceDoc = z.infer<typeof referenceDocSchema>;

export const houseStyleSchema = z.object({
  organisation: z.string().trim().max(200, 'At most 200 characters'),
  bodyFont: fontName,
  headingFont: fontName,
  bodySize: pointSize(8, 16),
  heading1Size: pointSize(10, 36),
  heading2Size: pointSize(9, 28),
  heading3Size: pointSize(8, 24),
  headingColor: hexColor,
  accentColor: hexColor,
  tableHeaderFill: hexColor,
  tableHeaderText: hexColor,
  /** Classification marking on every page; empty means "use the workspace's marking". */
  marking: z.string().trim().max(80, 'At most 80 characters'),
  markingColor: hexColor,
  pageSize: z.enum(PAGE_SIZES),
  numberHeadings: z.boolean(),
  logo: logoSchema.nullable(),
  referenceDoc: referenceDocSchema.nullable(),
});
export type HouseStyle = z.infer<typeof houseStyleSchema>;
export type HouseStyleInput = z.input<typeof houseStyleSchema>;

/**
 * A sober default in the manner of UN and OSCE documents: Calibri body (Carlito where Calibri is
 * absent has the same metrics), dark blue headings, light grey-blue table headers.
 */
export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  organisation: '',
  bodyFont: 'Calibri',
  headingFont: 'Calibri',
  bodySize: 11,
  heading1Size: 16,
  heading2Size: 13,
  heading3Size: 12,
  headingColor: '#1f3864',
  accentColor: '#2e74b5',
  tableHeaderFill: '#d9e2f3',
  tableHeaderText: '#1f3864',
  marking: '',
  markingColor: '#c00000',
  pageSize: 'A4',
  numberHeadings: true,
  logo: null,
  referenceDoc: null,
};

/** Reads a stored house style, falling back field by field to the default for anything missing or invalid. */
export function parseHouseStyle(stored: unknown): HouseStyle {
  const whole = houseStyleSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const merged: Record<string, unknown> = { ...DEFAULT_HOUSE_STYLE };
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      const fieldSchema = houseStyleSchema.shape[key as keyof HouseStyle] as z.ZodType | undefined;
      if (fieldSchema?.safeParse(value).success) merged[key] = fieldSchema.parse(value);
    }
  }
  return houseStyleSchema.parse(merged);
}
