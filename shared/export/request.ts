import type { StoredDocument } from '#shared/document/nodes';
import type { ExportLabels } from './blocks';
import type { HouseStyle } from './house-style';

/** What the cover page, header and footer print besides the document itself. */
export interface CoverInfo {
  title: string;
  /** e.g. "Contingency plan". */
  subtitle?: string;
  site?: string | null;
  workspace: string;
  /** Edition of a plan; reports without one print only the date. */
  version?: string;
  date: string;
  /** The workspace's marking; the house style's own marking wins when it has one. */
  marking: string;
  author?: string;
  keywords?: string[];
}

export interface ExportRequest {
  document: StoredDocument;
  style: HouseStyle;
  cover: CoverInfo;
  labels?: ExportLabels;
  /**
   * Pre-fill the table of contents with estimated page numbers (default true). Word updates them
   * again on opening; LibreOffice never does, so without them it shows entries without numbers.
   */
  estimatePageNumbers?: boolean;
}
