import type { PageSize } from './house-style';

/**
 * What the body writer tells the page estimator about each thing it writes: enough to count
 * lines and rows, nothing of the XML. Lengths are twips.
 */
export interface ParagraphBox {
  kind: 'paragraph';
  /** Paragraph style id (Normal, Heading1, TableText...), which gives font size and spacing. */
  style: string;
  text: string;
  /** Left indent beyond the style's own. */
  indent?: number;
  keepNext?: boolean;
  /** Explicit spacing that overrides the style's. */
  spacing?: { before?: number; after?: number };
  /** Index of the contents entry this paragraph is the heading of. */
  entry?: number;
}

export interface CellBox {
  width: number;
  paragraphs: ParagraphBox[];
  /** A cell merged into the one above it: it takes no height of its own. */
  merged?: boolean;
}

export interface RowBox {
  cells: CellBox[];
  minHeight?: number;
}

export interface TableBox {
  kind: 'table';
  header: RowBox[];
  body: RowBox[];
  keepTogether: boolean;
}

export type LayoutBox =
  | ParagraphBox
  | TableBox
  | { kind: 'page-break' }
  | { kind: 'section'; orientation: 'portrait' | 'landscape'; pageSize: PageSize };
