import { BLACK, readableTextColour } from '#shared/domain/colour';
import type { HouseStyle } from './house-style';
import { plainXml } from './inline';
import type { CellBox, ParagraphBox, RowBox, TableBox } from './layout-model';
import { STYLE } from './styles';
import { docxColor, safeFill } from './text';
import { textRun } from './xml';
import type { XmlWriter } from './xml-writer';

/** Writes a cell's paragraphs and reports them to the page estimator. */
export type CellContent = (w: XmlWriter, boxes: ParagraphBox[]) => void;

/** One cell of a built table: text, or paragraphs written by the caller, optionally shaded. */
export interface CellSpec {
  text?: string;
  paragraphs?: CellContent;
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

const BORDER = 'w:val="single" w:color="A6A6A6" w:sz="4"';
const TABLE_BORDERS =
  `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
  `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`;
const CELL_MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="85"/>' +
  '<w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="85"/></w:tcMar>';
const TEXT_OPEN = `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableText}"/></w:pPr>`;
const TEXT_KEEP = `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableText}"/><w:keepNext/></w:pPr>`;
const HEADING_OPEN = `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableHeading}"/></w:pPr>`;
const HEADING_KEEP = `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableHeading}"/><w:keepNext/></w:pPr>`;
/** Left and right cell margins together, which the text does not use. */
export const CELL_PADDING = 170;

/** The opening of a cell up to its content; a table has few distinct ones, so they are built once each. */
function cellStart(width: number, span: number, merge: '' | 'restart' | 'continue', fill: string | undefined): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}` +
    `${merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : ''}` +
    `${fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : ''}${CELL_MARGINS}<w:vAlign w:val="top"/></w:tcPr>`
  );
}

const encoder = new TextEncoder();

/** Encoded cell openings, shared by all tables: a plan's tables use few distinct widths and fills. */
const encodedStarts = new Map<string, Uint8Array>();

function encodedStart(
  width: number,
  span: number,
  merge: '' | 'restart' | 'continue',
  fill: string | undefined,
): Uint8Array {
  const key = `${width}|${span}|${merge}|${fill ?? ''}`;
  let bytes = encodedStarts.get(key);
  if (bytes === undefined) {
    bytes = encoder.encode(cellStart(width, span, merge, fill));
    if (encodedStarts.size > 4096) encodedStarts.clear();
    encodedStarts.set(key, bytes);
  }
  return bytes;
}

class TableWriter {
  /** The common case, a plain cell of one column, by column; then body and header cells of it. */
  private readonly plainStarts: Array<Uint8Array | undefined> = [];
  private readonly headerStarts: Array<Uint8Array | undefined> = [];
  private readonly headerFill: string;
  /** Columns still covered by a cell spanning down from an earlier row: rows left and width in columns. */
  private readonly pending = new Map<number, { rows: number; span: number }>();

  constructor(
    private readonly w: XmlWriter,
    private readonly spec: TableSpec,
    private readonly style: HouseStyle,
  ) {
    this.headerFill = docxColor(style.tableHeaderFill);
  }

  private widthOf(column: number, span: number): number {
    const widths = this.spec.widths;
    if (span === 1) return widths[column] ?? widths[0] ?? 1000;
    return widths.slice(column, column + span).reduce((a, b) => a + b, 0) || (widths[0] ?? 1000);
  }

  /** A cell of plain text, the bulk of big tables: written with nothing allocated but its box. */
  private textCell(text: string, column: number, header: boolean, keepNext: boolean): CellBox {
    const w = this.w;
    const starts = header ? this.headerStarts : this.plainStarts;
    let start = starts[column];
    const width = this.widthOf(column, 1);
    if (start === undefined) {
      start = encodedStart(width, 1, '', header ? this.headerFill : undefined);
      starts[column] = start;
    }
    w.bytesOf(start);
    w.raw(keepNext ? (header ? HEADING_KEEP : TEXT_KEEP) : header ? HEADING_OPEN : TEXT_OPEN);
    textRun(w, text);
    w.raw('</w:p></w:tc>');
    return { width, paragraphs: [{ kind: 'paragraph', style: header ? STYLE.tableHeading : STYLE.tableText, text }] };
  }

  private cell(input: CellInput, column: number, header: boolean, keepNext: boolean): CellBox {
    const w = this.w;
    if (typeof input === 'string' && !input.includes('\n') && !input.includes('{{')) {
      return this.textCell(input, column, header, keepNext);
    }
    const spec: CellSpec = typeof input === 'string' ? { text: input } : input;
    const span = spec.columnSpan && spec.columnSpan > 1 ? spec.columnSpan : 1;
    const width = this.widthOf(column, span);
    const fill = spec.fill ? safeFill(spec.fill) : header ? this.headerFill : undefined;
    const merge = spec.rowSpan && spec.rowSpan > 1 ? 'restart' : '';
    if (span === 1 && merge === '' && !spec.fill) {
      const starts = header ? this.headerStarts : this.plainStarts;
      let start = starts[column];
      if (start === undefined) {
        start = encodedStart(width, 1, '', fill);
        starts[column] = start;
      }
      w.bytesOf(start);
    } else w.bytesOf(encodedStart(width, span, merge, fill));
    const boxes: ParagraphBox[] = [];
    if (spec.paragraphs) spec.paragraphs(w, boxes);
    if (boxes.length === 0) {
      // The hot path of a big table: written without the general paragraph helper.
      const styleId = header ? STYLE.tableHeading : STYLE.tableText;
      const out = { text: '' };
      const color = spec.fill && fill ? docxColor(readableTextColour(fill) ?? BLACK) : undefined;
      w.raw(keepNext ? (header ? HEADING_KEEP : TEXT_KEEP) : header ? HEADING_OPEN : TEXT_OPEN);
      plainXml(w, spec.text ?? '', spec.bold || color ? { bold: spec.bold, color } : undefined, out);
      w.raw('</w:p>');
      boxes.push({ kind: 'paragraph', style: styleId, text: out.text });
    }
    w.raw('</w:tc>');
    return { width, paragraphs: boxes };
  }

  /** The cells Word needs where a cell above spans down into this row. */
  private covered(column: number, cells: CellBox[]): number {
    let at = column;
    for (let cover = this.pending.get(at); cover; cover = this.pending.get(at)) {
      const width = this.widthOf(at, cover.span);
      this.w.bytesOf(encodedStart(width, cover.span, 'continue', undefined));
      this.w.raw('<w:p/></w:tc>');
      cells.push({ width, paragraphs: [], merged: true });
      if (cover.rows <= 1) this.pending.delete(at);
      else this.pending.set(at, { ...cover, rows: cover.rows - 1 });
      at += cover.span;
    }
    return at;
  }

  row(cells: readonly CellInput[], header: boolean, minHeight: number | undefined, keepNext: boolean): RowBox {
    const w = this.w;
    const height = minHeight ? `<w:trHeight w:val="${minHeight}" w:hRule="atLeast"/>` : '';
    w.raw(header ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/>' : '<w:tr><w:trPr><w:cantSplit/>');
    w.raw(`${height}</w:trPr>`);
    const boxes: CellBox[] = [];
    let column = 0;
    for (const input of cells) {
      column = this.covered(column, boxes);
      boxes.push(this.cell(input, column, header, keepNext));
      const span = typeof input === 'string' ? 1 : (input.columnSpan ?? 1);
      const rowSpan = typeof input === 'string' ? 1 : (input.rowSpan ?? 1);
      if (rowSpan > 1) this.pending.set(column, { rows: rowSpan - 1, span });
      column += span;
    }
    this.covered(column, boxes);
    w.raw('</w:tr>');
    return { cells: boxes, minHeight };
  }
}

/** A bordered table with fixed column widths and header rows that repeat on each page. */
export function writeTable(w: XmlWriter, spec: TableSpec, style: HouseStyle): TableBox {
  const total = spec.widths.reduce((a, b) => a + b, 0);
  w.raw(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>` +
      `<w:tblGrid>${spec.widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`,
  );
  w.depth += 1;
  const table = new TableWriter(w, spec, style);
  const box: TableBox = { kind: 'table', header: [], body: [], keepTogether: spec.keepTogether === true };
  for (const row of spec.header) box.header.push(table.row(row, true, undefined, false));
  spec.body.forEach((row, index) => {
    const keepNext = spec.keepTogether === true && index < spec.body.length - 1;
    box.body.push(table.row(row, false, spec.minRowHeight, keepNext));
  });
  w.depth -= 1;
  w.raw('</w:tbl>');
  return box;
}
