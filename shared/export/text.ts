/**
 * Characters XML 1.0 forbids (C0 controls but tab/newline/return, U+FFFE/U+FFFF, lone
 * surrogates). One of them in document.xml makes Word refuse the whole file, so they are dropped.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A quick test first: almost no text has anything to drop, and the full pattern is slow. */
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function cleanText(value: string): string {
  return MAYBE_INVALID.test(value) ? value.replace(XML_INVALID, '') : value;
}

/** "#c00000" -> "C00000", as docx writes colours. */
export function docxColor(hex: string): string {
  return hex.replace(/^#/, '').toUpperCase();
}

/** A colour the matrix or a risk row gives, or a neutral grey when it is missing or malformed. */
export function safeFill(color: string | null | undefined): string {
  return color && /^#?[0-9a-fA-F]{6}$/.test(color) ? docxColor(color) : 'D9D9D9';
}

// The label is what comes before any "| default: ..." option.
const PLACEHOLDER = /\{\{\s*(?:fill:\s*)?([^{}|]+?)\s*(?:\|[^{}]*)?\}\}/g;

/** "plan.preparedBy" -> "Prepared by"; a label written in the template is kept as it is. */
function placeholderLabel(inside: string): string {
  if (/\s/.test(inside) || !/[.A-Z]/.test(inside)) return inside;
  const last = inside.split('.').pop() ?? inside;
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Splits text around template placeholders left unresolved ({{key}} or {{fill: Label}}), so they
 * are printed as a visible "[Label]" to fill in, never as template syntax.
 */
export function splitPlaceholders(value: string): Array<{ text: string; placeholder: boolean }> {
  const parts: Array<{ text: string; placeholder: boolean }> = [];
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: value.slice(last, index), placeholder: false });
    parts.push({ text: `[${placeholderLabel(match[1] ?? '')}]`, placeholder: true });
    last = index + match[0].length;
  }
  if (last < value.length || parts.length === 0) parts.push({ text: value.slice(last), placeholder: false });
  return parts;
}
