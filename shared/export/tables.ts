import {
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { plainRuns } from './inline';
import { STYLE } from './styles';
import { docxColor, readableTextColor, safeFill } from './text';
import type { HouseStyle } from './house-style';

/** One cell of a built table: text, or paragraphs already built, optionally shaded. */
export interface CellSpec {
  text?: string;
  paragraphs?: Paragraph[];
  runs?: ParagraphChild[];
  fill?: string | null;
  bold?: boolean;
  columnSpan?: number;
  rowSpan?: number;
}

export type CellInput = string | CellSpec;

export interface TableSpec {
  /** Header rows, repeated at the top of every page the table runs onto. */
  header: CellInput[][];
  body: CellInput[][];
  /** Column widths in twips, summing to the text width. */
  widths: number[];
  /** Taller body rows, e.g. for signatures (twips). */
  minRowHeight?: number;
  /** Keep the whole table on one page (a matrix or a signature block read badly when split). */
  keepTogether?: boolean;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

function cellParagraphs(
  spec: CellSpec,
  styleId: string,
  textColor: string | undefined,
  keepNext: boolean,
): Paragraph[] {
  if (spec.paragraphs && spec.paragraphs.length > 0) return spec.paragraphs;
  const children = spec.runs ?? plainRuns(spec.text ?? '', { bold: spec.bold, color: textColor });
  return [new Paragraph({ style: styleId, keepNext: keepNext || undefined, children })];
}

function buildCell(input: CellInput, width: number, header: boolean, style: HouseStyle, keepNext: boolean): TableCell {
  const spec: CellSpec = typeof input === 'string' ? { text: input } : input;
  const fill = spec.fill ? safeFill(spec.fill) : header ? docxColor(style.tableHeaderFill) : undefined;
  const textColor = spec.fill ? readableTextColor(fill ?? 'FFFFFF') : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: spec.columnSpan,
    rowSpan: spec.rowSpan,
    verticalAlign: VerticalAlign.TOP,
    shading: fill ? { fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 85, right: 85 },
    children: cellParagraphs(spec, header ? STYLE.tableHeading : STYLE.tableText, textColor, keepNext),
  });
}

function buildRow(
  cells: CellInput[],
  widths: number[],
  header: boolean,
  style: HouseStyle,
  minHeight?: number,
  keepNext = false,
): TableRow {
  let column = 0;
  const built = cells.map((cell) => {
    const span = typeof cell === 'string' ? 1 : (cell.columnSpan ?? 1);
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0) || (widths[0] ?? 1000);
    column += span;
    return buildCell(cell, width, header, style, keepNext);
  });
  return new TableRow({
    tableHeader: header || undefined,
    cantSplit: true,
    height: minHeight ? { value: minHeight, rule: HeightRule.ATLEAST } : undefined,
    children: built,
  });
}

/** A bordered table with fixed column widths and header rows that repeat on each page. */
export function buildTable(spec: TableSpec, style: HouseStyle): Table {
  const total = spec.widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: spec.widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      ...spec.header.map((row) => buildRow(row, spec.widths, true, style)),
      ...spec.body.map((row, index) =>
        buildRow(
          row,
          spec.widths,
          false,
          style,
          spec.minRowHeight,
          spec.keepTogether === true && index < spec.body.length - 1,
        ),
      ),
    ],
  });
}
