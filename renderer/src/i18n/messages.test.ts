import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const localesDir = fileURLToPath(new URL('./locales', import.meta.url));
const sourceDir = fileURLToPath(new URL('..', import.meta.url));

function load(language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const file of readdirSync(join(localesDir, language))) {
    const messages = JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(messages)) {
      expect(merged, `${key} in ${file} clashes with another file`).not.toHaveProperty(key);
      merged[key] = messages[key];
    }
  }
  return merged;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

function has(messages: Record<string, unknown>, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    node = part in record ? record[part] : (record[`${part}_one`] ?? record[`${part}_other`]);
  }
  return typeof node === 'string';
}

describe('translations', () => {
  it('define every literal key the screens ask for', () => {
    const english = load('en');
    const missing: string[] = [];
    for (const file of sourceFiles(sourceDir)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g))
        if (!has(english, match[1]!)) missing.push(`${match[1]} (${file.slice(sourceDir.length)})`);
    }
    expect(missing).toEqual([]);
  });
});
