export * from './house-style';
export { ENGLISH_LABELS, type ExportLabels } from './blocks';
export { buildWordDocument, exportDocx, type CoverInfo, type ExportRequest } from './document';
