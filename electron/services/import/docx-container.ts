import { strFromU8, unzipSync } from 'fflate';
import { ApiFailure } from '#shared/contract/errors';

/**
 * Checks a .docx before anything reads it for real: the wrong kind of file, encryption, macros and
 * zip bombs are refused with a message that says what is wrong, before a single byte is inflated.
 */

export const LIMITS = {
  /** Uncompressed total; a 200-page plan with pictures is well under 50 MB. */
  maxExpandedBytes: 250 * 1024 * 1024,
  maxEntries: 5000,
  /** Deflate rarely beats 1:100 on real XML; bombs are 1:1000 and more. */
  maxRatio: 200,
} as const;

export interface ZipEntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

function refuse(message: string, fileName: string, reason: string): never {
  throw new ApiFailure('INVALID_INPUT', message, { file: fileName, reason });
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Lists the entries from the zip's directory without inflating any of them. */
export function listEntries(bytes: Uint8Array, fileName: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    refuse(
      `"${fileName}" is damaged: it is not a complete Word file. Open it in Word, save it again and retry.`,
      fileName,
      'corrupt',
    );
  }
  return entries;
}

/** Inflates only the named parts, once the directory has been checked. */
export function readParts(bytes: Uint8Array, names: readonly string[]): Record<string, string> {
  const wanted = new Set(names);
  const files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Throws INVALID_INPUT with a clear message unless `bytes` is a plain, sane .docx. */
export function checkDocxContainer(bytes: Uint8Array, fileName: string): ZipEntryInfo[] {
  if (bytes.length === 0) refuse(`"${fileName}" is empty.`, fileName, 'empty');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    refuse(
      `"${fileName}" is password-protected (encrypted) or an old Word 97-2003 .doc file. ` +
        'Remove the password in Word (File > Info > Protect Document), or save it as .docx, and import it again.',
      fileName,
      'encrypted-or-legacy',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    refuse(`"${fileName}" is not a Word .docx file.`, fileName, 'not-docx');
  }
  const entries = listEntries(bytes, fileName);
  if (entries.length > LIMITS.maxEntries) {
    refuse(
      `"${fileName}" holds ${entries.length} parts, far more than any Word document: refused.`,
      fileName,
      'too-many-parts',
    );
  }
  const expanded = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  const compressed = entries.reduce((sum, entry) => sum + entry.size, 0);
  const suspicious = entries.find(
    (entry) => entry.originalSize > 1024 * 1024 && entry.originalSize / Math.max(entry.size, 1) > LIMITS.maxRatio,
  );
  if (expanded > LIMITS.maxExpandedBytes || suspicious) {
    refuse(
      `"${fileName}" would expand from ${Math.round(compressed / 1024)} KB to ${Math.round(expanded / 1024 / 1024)} MB: ` +
        'it looks like a zip bomb, not a Word document. Nothing was imported.',
      fileName,
      'zip-bomb',
    );
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('word/vbaProject.bin') || names.has('word/vbaData.xml')) {
    refuse(
      `"${fileName}" contains macros. Macros are never imported: save it in Word as "Word Document (*.docx)" without macros, then import that copy.`,
      fileName,
      'macros',
    );
  }
  const contentTypes = names.has('[Content_Types].xml')
    ? (readParts(bytes, ['[Content_Types].xml'])['[Content_Types].xml'] ?? '')
    : '';
  if (/macroEnabled/i.test(contentTypes)) {
    refuse(
      `"${fileName}" is a macro-enabled document (.docm). Save it as a .docx without macros and import that copy.`,
      fileName,
      'macros',
    );
  }
  if (!names.has('word/document.xml')) {
    refuse(`"${fileName}" is a zip file but not a Word document (it has no word/document.xml).`, fileName, 'not-docx');
  }
  return entries;
}

/** Decodes the base64 the contract carries, refusing anything over `maxBytes`. */
export function decodeUpload(data: string, fileName: string, maxBytes: number): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(data, 'base64'));
  if (bytes.length > maxBytes) {
    refuse(
      `"${fileName}" is ${Math.round(bytes.length / 1024 / 1024)} MB; the limit is ${Math.round(maxBytes / 1024 / 1024)} MB.`,
      fileName,
      'too-large',
    );
  }
  return bytes;
}
