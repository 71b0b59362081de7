import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import type { HouseStyle } from './house-style';
import { docxColor } from './text';

export const NUMBERING = { headings: 'headings', bullets: 'bullets', numbers: 'numbers' } as const;

/** Style ids of our own paragraph styles, beside Word's built-in ones (Heading1, Title, Quote...). */
export const STYLE = {
  blockTitle: 'BlockTitle',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverMeta: 'CoverMeta',
  marking: 'Marking',
  tocHeading: 'TOCHeading',
  headerFooter: 'HeaderFooterText',
  checkItem: 'CheckItem',
} as const;

const halfPoints = (points: number) => Math.round(points * 2);

/** Word's heading, list and cover styles, from the house style's fonts, sizes and colours. */
export function buildStyles(style: HouseStyle): IStylesOptions {
  const headingColor = docxColor(style.headingColor);
  const heading = (size: number, before: number, level: number) => ({
    run: { font: style.headingFont, size: halfPoints(size), bold: true, color: headingColor },
    paragraph: {
      spacing: { before, after: 120 },
      keepNext: true,
      keepLines: true,
      ...(style.numberHeadings ? { numbering: { reference: NUMBERING.headings, level } } : {}),
    },
  });

  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.blockTitle,
      name: 'Block Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, color: headingColor },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: halfPoints(Math.max(style.bodySize - 1, 8)) },
      paragraph: { spacing: { before: 20, after: 20 } },
    },
    {
      id: STYLE.tableHeading,
      name: 'Table Heading',
      basedOn: STYLE.tableText,
      run: { bold: true, color: docxColor(style.tableHeaderText) },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE.coverTitle,
      name: 'Cover Title',
      basedOn: 'Normal',
      run: { font: style.headingFont, size: halfPoints(28), bold: true, color: headingColor },
      paragraph: { spacing: { before: 240, after: 240 }, alignment: AlignmentType.LEFT },
    },
    {
      id: STYLE.coverSubtitle,
      name: 'Cover Subtitle',
      basedOn: 'Normal',
      run: { font: style.headingFont, size: halfPoints(16), color: docxColor(style.accentColor) },
      paragraph: { spacing: { after: 480 } },
    },
    {
      id: STYLE.coverMeta,
      name: 'Cover Details',
      basedOn: 'Normal',
      run: { size: halfPoints(style.bodySize + 1) },
      paragraph: { spacing: { after: 80 } },
    },
    {
      id: STYLE.marking,
      name: 'Marking',
      basedOn: 'Normal',
      run: { bold: true, allCaps: true, color: docxColor(style.markingColor), size: halfPoints(style.bodySize) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } },
    },
    {
      id: STYLE.tocHeading,
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: style.headingFont, size: halfPoints(style.heading1Size), bold: true, color: headingColor },
      paragraph: { spacing: { before: 240, after: 240 } },
    },
    {
      id: STYLE.headerFooter,
      name: 'Header Footer Text',
      basedOn: 'Normal',
      run: { size: halfPoints(Math.max(style.bodySize - 2, 8)), color: '595959' },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
    {
      id: STYLE.checkItem,
      name: 'Checklist Item',
      basedOn: 'Normal',
      paragraph: { indent: { left: 425, hanging: 425 }, spacing: { after: 60 } },
    },
    ...[1, 2, 3].map((level) => ({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      run: level === 1 ? { bold: true } : {},
      paragraph: { indent: { left: (level - 1) * 220 }, spacing: { before: level === 1 ? 120 : 0, after: 40 } },
    })),
  ];

  return {
    default: {
      document: {
        run: { font: style.bodyFont, size: halfPoints(style.bodySize) },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: style.headingFont, size: halfPoints(26), bold: true, color: headingColor } },
      heading1: heading(style.heading1Size, 360, 0),
      heading2: heading(style.heading2Size, 240, 1),
      heading3: heading(style.heading3Size, 200, 2),
      heading4: {
        run: {
          font: style.headingFont,
          size: halfPoints(style.bodySize),
          bold: true,
          italics: true,
          color: headingColor,
        },
        paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      hyperlink: { run: { color: docxColor(style.accentColor), underline: {} } },
    },
    paragraphStyles,
  };
}

const INDENT_STEP = 360;

/** Heading numbers 1. / 1.1. / 1.1.1., bullets and numbers nine levels deep. */
export function buildNumbering(): INumberingOptions {
  const bulletGlyphs = ['•', '◦', '▪'];
  const numberFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  const levels = Array.from({ length: 9 }, (_, level) => level);
  const listIndent = (level: number) => ({
    paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: INDENT_STEP } },
  });
  return {
    config: [
      {
        reference: NUMBERING.headings,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: Array.from({ length: level + 1 }, (_, depth) => `%${depth + 1}.`).join(''),
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 0, hanging: 0 } } },
        })),
      },
      {
        reference: NUMBERING.bullets,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bulletGlyphs[level % bulletGlyphs.length] ?? '•',
          alignment: AlignmentType.LEFT,
          style: listIndent(level),
        })),
      },
      {
        reference: NUMBERING.numbers,
        levels: levels.map((level) => ({
          level,
          format: numberFormats[level % numberFormats.length] ?? LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: listIndent(level),
        })),
      },
    ],
  };
}
