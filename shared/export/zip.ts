import { deflateSync } from 'fflate';

/**
 * A minimal zip writer (deflated or stored entries, no zip64) whose compression is injected: fflate in the
 * browser, Node's native zlib from the app (about ten times faster on a 200-page plan, where
 * compression would otherwise be most of the export).
 */
export interface ZipCodec {
  /** Raw DEFLATE (RFC 1951), no zlib header. */
  deflateRaw: (data: Uint8Array) => Uint8Array;
  crc32: (data: Uint8Array) => number;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let index = 0; index < data.length; index += 1) {
    crc = (CRC_TABLE[(crc ^ (data[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

/** Level 1: on repetitive XML it is nearly as small as 6 and several times faster. */
export const FFLATE_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateSync(data, { level: 1 }),
  crc32,
};

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

// 1980-01-01 00:00 in DOS format: the same input gives the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Parts smaller than this are stored: deflating a few hundred bytes saves little and costs a call each. */
const STORE_BELOW = 1024;

export function zipFiles(entries: readonly ZipEntry[], codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  const encoder = new TextEncoder();
  const records = entries.map((entry) => {
    const name = encoder.encode(entry.path);
    const stored = entry.data.length < STORE_BELOW;
    const compressed = stored ? entry.data : codec.deflateRaw(entry.data);
    return { name, compressed, method: stored ? 0 : 8, size: entry.data.length, crc: codec.crc32(entry.data) >>> 0 };
  });
  const localSize = records.reduce((sum, record) => sum + 30 + record.name.length + record.compressed.length, 0);
  const centralSize = records.reduce((sum, record) => sum + 46 + record.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let offset = 0;
  const offsets: number[] = [];
  for (const record of records) {
    offsets.push(offset);
    view.setUint32(offset, 0x04034b50, true);
    view.setUint16(offset + 4, 20, true); // version needed
    view.setUint16(offset + 6, 0x0800, true); // UTF-8 names
    view.setUint16(offset + 8, record.method, true); // 8 deflate, 0 stored
    view.setUint16(offset + 10, DOS_TIME, true);
    view.setUint16(offset + 12, DOS_DATE, true);
    view.setUint32(offset + 14, record.crc, true);
    view.setUint32(offset + 18, record.compressed.length, true);
    view.setUint32(offset + 22, record.size, true);
    view.setUint16(offset + 26, record.name.length, true);
    view.setUint16(offset + 28, 0, true);
    out.set(record.name, offset + 30);
    out.set(record.compressed, offset + 30 + record.name.length);
    offset += 30 + record.name.length + record.compressed.length;
  }
  const centralStart = offset;
  records.forEach((record, index) => {
    view.setUint32(offset, 0x02014b50, true);
    view.setUint16(offset + 4, 20, true); // made by
    view.setUint16(offset + 6, 20, true);
    view.setUint16(offset + 8, 0x0800, true);
    view.setUint16(offset + 10, record.method, true);
    view.setUint16(offset + 12, DOS_TIME, true);
    view.setUint16(offset + 14, DOS_DATE, true);
    view.setUint32(offset + 16, record.crc, true);
    view.setUint32(offset + 20, record.compressed.length, true);
    view.setUint32(offset + 24, record.size, true);
    view.setUint16(offset + 28, record.name.length, true);
    // extra, comment, disk, internal attributes: 0
    view.setUint32(offset + 38, 0, true); // external attributes
    view.setUint32(offset + 42, offsets[index] ?? 0, true);
    out.set(record.name, offset + 46);
    offset += 46 + record.name.length;
  });
  view.setUint32(offset, 0x06054b50, true);
  view.setUint16(offset + 8, records.length, true);
  view.setUint16(offset + 10, records.length, true);
  view.setUint32(offset + 12, offset - centralStart, true);
  view.setUint32(offset + 16, centralStart, true);
  return out;
}
