import { TEXT_FORMAT, type InlineNode, type TextNode } from '#shared/document/nodes';
import { splitPlaceholders } from './text';
import { LINE_BREAK_RUN, textRun, type RunFormat } from './xml';
import type { XmlWriter } from './xml-writer';

const has = (format: number, flag: number) => (format & flag) !== 0;

/** External links become relationships of document.xml; the writer hands out their ids. */
export interface LinkTargets {
  relationshipFor: (url: string) => string;
}

/** The plain text of what was written, for the page estimator. */
export interface InlineText {
  text: string;
}

function formatOf(node: TextNode): RunFormat | undefined {
  const format = node.format;
  if (format === 0) return undefined;
  return {
    bold: has(format, TEXT_FORMAT.bold),
    italic: has(format, TEXT_FORMAT.italic),
    strike: has(format, TEXT_FORMAT.strikethrough),
    underline: has(format, TEXT_FORMAT.underline),
    vertAlign: has(format, TEXT_FORMAT.superscript)
      ? 'superscript'
      : has(format, TEXT_FORMAT.subscript)
        ? 'subscript'
        : undefined,
    highlight: has(format, TEXT_FORMAT.highlight),
    font: has(format, TEXT_FORMAT.code) ? 'Consolas' : undefined,
  };
}

/** Text with any unresolved {{placeholder}} printed as a highlighted "[Label]". */
function textWithPlaceholders(w: XmlWriter, value: string, format: RunFormat | undefined, out: InlineText): void {
  if (!value.includes('{{')) {
    out.text += value;
    textRun(w, value, format);
    return;
  }
  for (const part of splitPlaceholders(value)) {
    out.text += part.text;
    textRun(w, part.text, part.placeholder ? { ...format, highlight: true } : format);
  }
}

/** Only web and mail links become hyperlinks; anything else (javascript:, file:) stays plain text. */
function isSafeUrl(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url.trim());
}

/**
 * Word runs for inline content; unfilled fields are printed visibly as "[label]", highlighted.
 * The plain text is appended to `out` for the page estimator.
 */
export function inlineXml(w: XmlWriter, nodes: readonly InlineNode[], links: LinkTargets, out: InlineText): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        textWithPlaceholders(w, node.text, formatOf(node), out);
        break;
      case 'linebreak':
        out.text += '\n';
        w.raw(LINE_BREAK_RUN);
        break;
      case 'link': {
        // Only text inside a hyperlink, as Word writes it.
        const children = node.children.filter((child) => child.type !== 'link');
        if (!isSafeUrl(node.url)) {
          inlineXml(w, children, links, out);
          break;
        }
        w.raw(`<w:hyperlink w:history="1" r:id="${links.relationshipFor(node.url.trim())}">`);
        inlineXml(w, children, links, out);
        w.raw('</w:hyperlink>');
        break;
      }
      case 'field': {
        const filled = node.value !== null && node.value !== '';
        const value = filled ? (node.value ?? '') : `[${node.label}]`;
        out.text += value;
        textRun(w, value, filled ? undefined : { highlight: true });
        break;
      }
      case 'risk-reference': {
        const value = node.level ? `${node.title} (${node.level})` : node.title;
        out.text += value;
        textRun(w, value, { italic: true });
        break;
      }
    }
  }
}

/** Plain strings from structured-block rows, split on newlines into Word line breaks. */
export function plainXml(w: XmlWriter, value: string, format: RunFormat | undefined, out: InlineText): void {
  if (!value.includes('\n')) {
    textWithPlaceholders(w, value, format, out);
    return;
  }
  value.split(/\r?\n/).forEach((line, index) => {
    if (index > 0) {
      out.text += '\n';
      w.raw(LINE_BREAK_RUN);
    }
    textWithPlaceholders(w, line, format, out);
  });
}
