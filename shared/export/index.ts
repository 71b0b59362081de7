export * from './house-style';
export { ENGLISH_LABELS, type ExportLabels } from './blocks';
export {
  buildWordDocument,
  exportDocx,
  PAGE_LAYOUT_LIMIT,
  shouldLayOutPages,
  type CoverInfo,
  type ExportRequest,
} from './document';
