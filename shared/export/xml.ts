import { cleanText } from './text';
import type { XmlWriter } from './xml-writer';

/**
 * The few WordprocessingML pieces the body writer needs, written straight to bytes: building
 * docx objects and serializing them was most of the export's time. User text goes through
 * `XmlWriter.text` (or `escapeText` for the odd attribute), which also drops the characters
 * XML 1.0 forbids (one of them makes Word refuse the whole file).
 */

// eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ESCAPES = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or attribute value, escaped; the common case (nothing to escape) returns the string itself. */
export function escapeText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return cleanText(value).replace(ESCAPES, (char) => ENTITY[char] ?? char);
}

/** Run properties, in the order the schema wants them (CT_RPr is a sequence). */
export interface RunFormat {
  font?: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  color?: string;
  highlight?: boolean;
  underline?: boolean;
  vertAlign?: 'superscript' | 'subscript';
}

const runPropertiesCache = new Map<string, string>();

function runPropertiesXml(format: RunFormat): string {
  let xml = '';
  if (format.font) {
    const font = escapeText(format.font);
    xml += `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`;
  }
  if (format.bold) xml += '<w:b/><w:bCs/>';
  if (format.italic) xml += '<w:i/><w:iCs/>';
  if (format.strike) xml += '<w:strike/>';
  if (format.color) xml += `<w:color w:val="${format.color}"/>`;
  if (format.highlight) xml += '<w:highlight w:val="yellow"/>';
  if (format.underline) xml += '<w:u w:val="single"/>';
  if (format.vertAlign) xml += `<w:vertAlign w:val="${format.vertAlign}"/>`;
  return xml ? `<w:rPr>${xml}</w:rPr>` : '';
}

/** Run properties as markup; the few distinct formats of a document are built once each. */
export function runProperties(format: RunFormat | undefined): string {
  if (!format) return '';
  const key = `${format.font ?? ''}|${format.bold ? 1 : 0}${format.italic ? 1 : 0}${format.strike ? 1 : 0}${format.highlight ? 1 : 0}${format.underline ? 1 : 0}|${format.color ?? ''}|${format.vertAlign ?? ''}`;
  let xml = runPropertiesCache.get(key);
  if (xml === undefined) {
    xml = runPropertiesXml(format);
    if (runPropertiesCache.size < 1000) runPropertiesCache.set(key, xml);
  }
  return xml;
}

const RUN_START = '<w:r><w:t xml:space="preserve">';
const RUN_END = '</w:t></w:r>';

/** A run of text; `text` is the user's (escaped by the writer). */
export function textRun(w: XmlWriter, text: string, format?: RunFormat): void {
  w.raw(format ? `<w:r>${runProperties(format)}<w:t xml:space="preserve">` : RUN_START);
  w.text(text);
  w.raw(RUN_END);
}

export const LINE_BREAK_RUN = '<w:r><w:br/></w:r>';

/** Paragraph properties, in schema order (CT_PPrBase is a sequence). */
export interface ParagraphFormat {
  style?: string;
  keepNext?: boolean;
  numbering?: { numId: number; level: number };
  tabs?: string;
  spacing?: { before?: number; after?: number };
  indent?: { left: number; hanging?: number };
  align?: string;
}

function paragraphPropertiesXml(format: ParagraphFormat): string {
  let xml = '';
  if (format.style) xml += `<w:pStyle w:val="${format.style}"/>`;
  if (format.keepNext) xml += '<w:keepNext/>';
  if (format.numbering) {
    xml += `<w:numPr><w:ilvl w:val="${format.numbering.level}"/><w:numId w:val="${format.numbering.numId}"/></w:numPr>`;
  }
  if (format.tabs) xml += format.tabs;
  if (format.spacing) {
    const { before, after } = format.spacing;
    xml += `<w:spacing${after === undefined ? '' : ` w:after="${after}"`}${before === undefined ? '' : ` w:before="${before}"`}/>`;
  }
  if (format.indent) {
    const { left, hanging } = format.indent;
    xml += `<w:ind w:left="${left}"${hanging === undefined ? '' : ` w:hanging="${hanging}"`}/>`;
  }
  if (format.align) xml += `<w:jc w:val="${format.align}"/>`;
  return xml ? `<w:pPr>${xml}</w:pPr>` : '';
}

/**
 * A paragraph around content written by `content`. Top-level paragraphs (outside tables) are
 * remembered, so that a section's properties can go into its last one.
 */
export function paragraph(w: XmlWriter, format: ParagraphFormat | undefined, content?: () => void): void {
  const start = w.position;
  const properties = paragraphProperties(format);
  w.raw('<w:p>');
  let propertiesEnd: number | null = null;
  if (properties) {
    w.raw(properties);
    propertiesEnd = w.position - '</w:pPr>'.length;
  }
  content?.();
  w.raw('</w:p>');
  if (w.depth === 0) w.lastParagraph = { start, propertiesEnd, end: w.position };
}

/** Paragraph properties of a style alone, built once per style. */
const styleOnly = new Map<string, string>();

export function paragraphProperties(format: ParagraphFormat | undefined): string {
  if (!format) return '';
  const simple =
    !format.keepNext && !format.numbering && !format.tabs && !format.spacing && !format.indent && !format.align;
  if (simple && format.style) {
    let xml = styleOnly.get(format.style);
    if (xml === undefined) {
      xml = `<w:pPr><w:pStyle w:val="${format.style}"/></w:pPr>`;
      styleOnly.set(format.style, xml);
    }
    return xml;
  }
  return paragraphPropertiesXml(format);
}
