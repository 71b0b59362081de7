export * from './house-style';
export { ENGLISH_LABELS, type ExportLabels } from './blocks';
export { exportDocx, type CoverInfo, type ExportOptions, type ExportRequest } from './document';
export type { ZipCodec } from './zip';
