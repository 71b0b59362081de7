import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

const dir = import.meta.dirname;
const manifest = JSON.parse(readFileSync(join(dir, 'fingerprints.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(dir).filter((name) => /^\d{4}-[a-z0-9-]+\.ts$/.test(name) && !name.endsWith('.test.ts'));

/** sha256 of the file's text (line endings normalised, so a Windows checkout gives the same). */
function fingerprint(file: string): string {
  return createHash('sha256')
    .update(readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n'))
    .digest('hex');
}

describe('shipped migrations (fingerprints.json)', () => {
  it('are never edited or removed', () => {
    for (const [file, shipped] of Object.entries(manifest)) {
      expect(existsSync(join(dir, file)), `${file} shipped and was removed: restore it.`).toBe(true);
      expect(
        fingerprint(file),
        `${file} changed after it shipped. Restore it and write a new migration instead: databases already at its version never run it again.`,
      ).toBe(shipped);
    }
  });

  it('include every migration file, once it is written', () => {
    for (const file of files) {
      expect(
        manifest[file],
        `${file} has no fingerprint: add "${file}": "${fingerprint(file)}" to electron/db/migrations/fingerprints.json.`,
      ).toBeDefined();
    }
  });

  it('are the files listed in index.ts, numbered as their versions', () => {
    expect(files.map((file) => Number(file.slice(0, 4)))).toEqual(migrations.map((migration) => migration.version));
  });
});
