import { strToU8, unzipSync, zipSync } from 'fflate';
import { ApiFailure } from '#shared/contract/errors';
import { MAX_TEMPLATE_BYTES } from '#shared/templates';

export interface PackFile {
  name: string;
  /** Null when the file could not be read (too large); `problem` says why. */
  text: string | null;
  problem?: string;
}

const MAX_FILES = 500;

/** Reads the `.md` files of a zip pack without ever writing them to disk. */
export function readZipPack(zipBase64: string): PackFile[] {
  const bytes = Buffer.from(zipBase64, 'base64');
  const skipped: PackFile[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/')) return false;
        if (file.originalSize > MAX_TEMPLATE_BYTES) {
          skipped.push({
            name: file.name,
            text: null,
            problem: `This file is ${(file.originalSize / 1024 / 1024).toFixed(1)} MB; a template may be at most ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB.`,
          });
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw new ApiFailure('INVALID_INPUT', `The pack is not a readable zip file (${(error as Error).message}).`);
  }
  const names = Object.keys(entries);
  if (names.length > MAX_FILES)
    throw new ApiFailure('INVALID_INPUT', `The pack holds ${names.length} files; at most ${MAX_FILES} are accepted.`);
  const decoder = new TextDecoder('utf-8');
  return [...skipped, ...names.sort().map((name) => ({ name, text: decoder.decode(entries[name]) }))];
}

/** A zip of `<id>@<version>.md` files, base64 for the JSON transport. */
export function writeZipPack(files: Array<{ name: string; text: string }>): string {
  const zipped = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.text)])), { level: 6 });
  return Buffer.from(zipped).toString('base64');
}
