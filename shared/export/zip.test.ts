import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles, type ZipCodec } from './zip';

describe('zipFiles', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes a zip any reader opens: small parts stored, large ones deflated, in the order given', () => {
    const large = strToU8('<w:p>Тест</w:p>'.repeat(5000));
    const bytes = zipFiles([
      { path: '[Content_Types].xml', data: strToU8('<Types/>') },
      { path: 'word/document.xml', data: large },
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())).toBe('<Types/>');
    expect(files['word/document.xml']).toEqual(large);
    expect(bytes.length).toBeLessThan(large.length / 10);
  });

  it('compresses with the codec it is given', () => {
    let calls = 0;
    const codec: ZipCodec = {
      deflateRaw: (data) => {
        calls += 1;
        // Stored-block DEFLATE: valid, uncompressed.
        const out = new Uint8Array(data.length + 5);
        out.set([1, data.length & 0xff, data.length >> 8, ~data.length & 0xff, (~data.length >> 8) & 0xff]);
        out.set(data, 5);
        return out;
      },
      crc32,
    };
    const data = strToU8('x'.repeat(2000));
    expect(unzipSync(zipFiles([{ path: 'a.xml', data }], codec))['a.xml']).toEqual(data);
    expect(calls).toBe(1);
  });
});
