import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipCodec } from '#shared/export/zip';

/**
 * Node's native zlib for the export's zip: about ten times faster than fflate in JavaScript on a
 * 200-page plan. Level 2: on that plan's document.xml (2.4 MB) it measured 1.9 ms and 83 kB,
 * against 2.0 ms and 88 kB at level 1 and 5.6 ms and 47 kB at the default 6.
 */
export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateRawSync(data, { level: 2 }),
  crc32: (data) => crc32(data),
};
