import { fontWidthFactor, lineHeightEm, widthTables } from './font-metrics';
import type { HouseStyle } from './house-style';
import type { LayoutBox, ParagraphBox, RowBox, TableBox } from './layout-model';
import { pageGeometry } from './page';
import { CELL_PADDING } from './tables';

/**
 * A fast page estimator for the contents' page numbers: it lays out what the body writer
 * reported (paragraph texts, table rows) with the house style's page size, margins, font sizes
 * and spacing, wrapping lines by average glyph widths. LibreOffice never updates the contents
 * field, so these numbers are what it shows; Word recomputes them on opening.
 */

interface ParagraphMetrics {
  size: number;
  bold: boolean;
  before: number;
  after: number;
  indent: number;
  font: string;
  /** Height of one line, twips. */
  line: number;
  /** Twips per em of this font and size, for countLines. */
  em: number;
}

/** Proportional line spacing of the document defaults: line="264" lineRule="auto". */
const LINE_SPACING = 264 / 240;
/** Cell margins top and bottom plus the border between rows. */
const ROW_EXTRA = 80 + 10;

function metricsTable(style: HouseStyle): Record<string, ParagraphMetrics> {
  const body = (extra: Partial<ParagraphMetrics>): ParagraphMetrics => {
    const metrics = {
      size: style.bodySize,
      bold: false,
      before: 0,
      after: 120,
      indent: 0,
      font: style.bodyFont,
      ...extra,
    };
    return {
      ...metrics,
      line: metrics.size * 20 * lineHeightEm(metrics.font) * LINE_SPACING,
      em: metrics.size * 20 * fontWidthFactor(metrics.font),
    };
  };
  const heading = (size: number, before: number): ParagraphMetrics =>
    body({ size, bold: true, before, after: 120, font: style.headingFont });
  const tableSize = Math.max(style.bodySize - 1, 8);
  return {
    Normal: body({}),
    Title: body({ size: 26, bold: true, font: style.headingFont }),
    Heading1: heading(style.heading1Size, 360),
    Heading2: heading(style.heading2Size, 240),
    Heading3: heading(style.heading3Size, 200),
    Heading4: body({ bold: true, before: 160, after: 80, font: style.headingFont }),
    ListParagraph: body({ after: 60 }),
    TableText: body({ size: tableSize, before: 20, after: 20 }),
    TableHeading: body({ size: tableSize, bold: true, before: 20, after: 20 }),
    BlockTitle: body({ bold: true, before: 200, after: 80 }),
    CheckItem: body({ after: 60, indent: 425 }),
    TOCHeading: heading(style.heading1Size, 240),
    TOC1: body({ bold: true, before: 120, after: 40 }),
    TOC2: body({ after: 40, indent: 220 }),
    TOC3: body({ after: 40, indent: 440 }),
  };
}

/** Lines `text` wraps to in `width` twips, breaking at spaces, and inside words longer than a line. */
export function countLines(text: string, width: number, size: number, bold: boolean, font = 'Calibri'): number {
  return countLinesEm(text, width, size * 20 * fontWidthFactor(font), bold);
}

/** countLines with the font's twips per em worked out by the caller. */
function countLinesEm(text: string, width: number, em: number, bold: boolean): number {
  if (text === '') return 1;
  const table = widthTables()[bold ? 1 : 0];
  // Everything in ems from here: cheaper than scaling each character.
  const usable = Math.max(width, em) / em;
  let lines = 1;
  let x = 0;
  let word = 0;
  const length = text.length;
  for (let index = 0; index <= length; index += 1) {
    const code = index < length ? text.charCodeAt(index) : 10;
    if (code !== 32 && code !== 9 && code !== 10) {
      word += table[code] as number;
      continue;
    }
    // A word ends: it goes on this line, the next, or is broken over several.
    if (word > 0) {
      if (x > 0 && x + word > usable) {
        lines += 1;
        x = 0;
      }
      if (word > usable) {
        lines += Math.ceil(word / usable) - 1;
        x = word % usable;
      } else x += word;
      word = 0;
    }
    if (code === 10) {
      if (index < length) lines += 1;
      x = 0;
    } else if (code === 9) x += 0.5 - (x % 0.5);
    else x += table[32] as number;
  }
  return lines;
}

export interface PageEstimate {
  /** Page of each contents entry, counting the cover as page 1. */
  entryPages: number[];
  /** Pages of the whole document. */
  pages: number;
}

class Pager {
  page: number;
  used = 0;
  /** Space after the last paragraph, already in `used`: LibreOffice lets the next one's space before overlap it. */
  lastAfter = 0;
  height: number;
  width: number;
  entryPages: number[] = [];

  constructor(
    private readonly style: HouseStyle,
    private readonly metrics: Record<string, ParagraphMetrics>,
    firstPage: number,
  ) {
    this.page = firstPage;
    const geometry = pageGeometry(style.pageSize, 'portrait');
    this.height = geometry.height - 2 * geometry.margin;
    this.width = geometry.textWidth;
  }

  metricsOf(box: ParagraphBox): ParagraphMetrics {
    return this.metrics[box.style] ?? this.metrics.Normal!;
  }

  /** Height of a paragraph set in `width`, spacing included. */
  paragraphHeight(box: ParagraphBox, width: number): { before: number; lines: number; line: number; after: number } {
    const metrics = this.metricsOf(box);
    const indent = metrics.indent + (box.indent ?? 0);
    const lines = countLinesEm(box.text, width - indent, metrics.em, metrics.bold);
    return {
      before: box.spacing?.before ?? metrics.before,
      after: box.spacing?.after ?? metrics.after,
      lines,
      line: metrics.line,
    };
  }

  rowHeight(row: RowBox): number {
    let tallest = 0;
    for (const cell of row.cells) {
      if (cell.merged) continue;
      let height = 0;
      for (const paragraph of cell.paragraphs) {
        // The hot loop of a big table: no objects made per paragraph.
        const metrics = this.metricsOf(paragraph);
        const width = cell.width - CELL_PADDING - metrics.indent - (paragraph.indent ?? 0);
        const lines = countLinesEm(paragraph.text, width, metrics.em, metrics.bold);
        height += metrics.before + lines * metrics.line + metrics.after;
      }
      if (height > tallest) tallest = height;
    }
    return Math.max(tallest + ROW_EXTRA, row.minHeight ?? 0);
  }

  newPage(): void {
    this.page += 1;
    this.used = 0;
    this.lastAfter = 0;
  }

  /** Room the start of a box needs on the page of a heading kept with it. */
  startHeight(box: LayoutBox | undefined): number {
    if (!box) return 0;
    if (box.kind === 'paragraph') {
      const part = this.paragraphHeight(box, this.width);
      return part.before + part.line;
    }
    if (box.kind === 'table') {
      const first = box.body[0];
      return box.header.reduce((sum, row) => sum + this.rowHeight(row), 0) + (first ? this.rowHeight(first) : 0);
    }
    return 0;
  }

  placeParagraph(box: ParagraphBox, next: LayoutBox | undefined, afterNext: LayoutBox | undefined): void {
    const part = this.paragraphHeight(box, this.width);
    if (box.keepNext) {
      // A heading goes with the start of what follows it (and a heading after it, in turn).
      let following = this.startHeight(next);
      if (next?.kind === 'paragraph' && next.keepNext) {
        const nextPart = this.paragraphHeight(next, this.width);
        following = nextPart.before + nextPart.lines * nextPart.line + nextPart.after + this.startHeight(afterNext);
      }
      const needed = part.before + part.lines * part.line + part.after + following;
      if (this.used > 0 && this.used + needed > this.height && needed <= this.height) this.newPage();
    }
    const before = Math.max(part.before - this.lastAfter, 0);
    if (this.used > 0 && this.used + before + part.line > this.height) this.newPage();
    this.used += this.used === 0 ? part.before : before;
    if (box.entry !== undefined) this.entryPages[box.entry] = this.page;
    for (let line = 0; line < part.lines; line += 1) {
      if (this.used + part.line > this.height && this.used > 0) this.newPage();
      this.used += part.line;
    }
    this.used = Math.min(this.used + part.after, this.height);
    this.lastAfter = part.after;
  }

  placeTable(table: TableBox): void {
    let header = 0;
    for (const row of table.header) header += this.rowHeight(row);
    const rows = table.body.map((row) => this.rowHeight(row));
    const whole = header + rows.reduce((a, b) => a + b, 0);
    if (table.keepTogether && this.used > 0 && this.used + whole > this.height && whole <= this.height) this.newPage();
    if (this.used > 0 && this.used + header + (rows[0] ?? 0) > this.height) this.newPage();
    this.used += header;
    for (const height of rows) {
      // Rows never split; the header rows repeat at the top of each new page.
      if (this.used + height > this.height && this.used > header) {
        this.newPage();
        this.used = header;
      }
      this.used += height;
    }
    this.lastAfter = 0;
  }

  startSection(orientation: 'portrait' | 'landscape'): void {
    const geometry = pageGeometry(this.style.pageSize, orientation);
    this.newPage();
    this.height = geometry.height - 2 * geometry.margin;
    this.width = geometry.textWidth;
  }
}

/** Lays out `boxes` from `firstPage` (the page after the cover) and returns the page of each contents entry. */
export function estimatePages(boxes: readonly LayoutBox[], style: HouseStyle, firstPage = 2): PageEstimate {
  const pager = new Pager(style, metricsTable(style), firstPage);
  boxes.forEach((box, index) => {
    switch (box.kind) {
      case 'paragraph':
        pager.placeParagraph(box, boxes[index + 1], boxes[index + 2]);
        break;
      case 'table':
        pager.placeTable(box);
        break;
      case 'page-break':
        // The paragraph holding the break takes no room on the next page (LibreOffice).
        pager.newPage();
        break;
      case 'section':
        pager.startSection(box.orientation);
        break;
    }
  });
  return { entryPages: pager.entryPages, pages: pager.used > 0 ? pager.page : pager.page - 1 };
}
