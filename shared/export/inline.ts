import { ExternalHyperlink, HighlightColor, TextRun, type ParagraphChild } from 'docx';
import { TEXT_FORMAT, type InlineNode, type TextNode } from '../document/nodes';
import { cleanText, splitPlaceholders } from './text';

const has = (format: number, flag: number) => (format & flag) !== 0;

function textRuns(node: TextNode): TextRun[] {
  return splitPlaceholders(cleanText(node.text)).map((part) =>
    part.placeholder ? new TextRun({ text: part.text, highlight: HighlightColor.YELLOW }) : textRun(node, part.text),
  );
}

function textRun(node: TextNode, text: string): TextRun {
  const format = node.format;
  return new TextRun({
    text,
    bold: has(format, TEXT_FORMAT.bold) || undefined,
    italics: has(format, TEXT_FORMAT.italic) || undefined,
    strike: has(format, TEXT_FORMAT.strikethrough) || undefined,
    underline: has(format, TEXT_FORMAT.underline) ? {} : undefined,
    subScript: has(format, TEXT_FORMAT.subscript) || undefined,
    superScript: has(format, TEXT_FORMAT.superscript) || undefined,
    highlight: has(format, TEXT_FORMAT.highlight) ? HighlightColor.YELLOW : undefined,
    font: has(format, TEXT_FORMAT.code) ? 'Consolas' : undefined,
  });
}

/** Only web and mail links become hyperlinks; anything else (javascript:, file:) stays plain text. */
function isSafeUrl(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url.trim());
}

/** Word runs for inline content; unfilled fields are printed visibly as "[label]", highlighted. */
export function inlineRuns(nodes: readonly InlineNode[]): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return textRuns(node);
      case 'linebreak':
        return [new TextRun({ break: 1 })];
      case 'link': {
        const children = inlineRuns(node.children).filter((child) => child instanceof TextRun);
        if (!isSafeUrl(node.url)) return children;
        return [new ExternalHyperlink({ link: node.url.trim(), children })];
      }
      case 'field':
        return node.value !== null && node.value !== ''
          ? [new TextRun({ text: cleanText(node.value) })]
          : [new TextRun({ text: `[${cleanText(node.label)}]`, highlight: HighlightColor.YELLOW })];
      case 'risk-reference':
        return [
          new TextRun({
            text: cleanText(node.level ? `${node.title} (${node.level})` : node.title),
            italics: true,
          }),
        ];
    }
  });
}

/** Plain strings from structured-block rows, split on newlines into Word line breaks. */
export function plainRuns(value: string, options: { bold?: boolean; color?: string } = {}): TextRun[] {
  const lines = cleanText(value).split(/\r?\n/);
  return lines.flatMap((line, index) =>
    splitPlaceholders(line).map(
      (part, partIndex) =>
        new TextRun({
          text: part.text,
          break: index > 0 && partIndex === 0 ? 1 : undefined,
          ...options,
          ...(part.placeholder ? { highlight: HighlightColor.YELLOW } : {}),
        }),
    ),
  );
}
