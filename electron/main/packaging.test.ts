import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = parse(readFileSync(`${root}/electron-builder.yml`, 'utf8')) as Record<string, unknown>;

describe('the packaged app', () => {
  it('flips the Electron fuses: no run-as-node, no NODE_OPTIONS or inspect, only its checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Keys electron-builder knows (a typo would be ignored silently).
    const scheme = JSON.parse(readFileSync(`${root}/node_modules/app-builder-lib/scheme.json`, 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    for (const key of Object.keys(config.electronFuses as object)) {
      expect(Object.keys(scheme.definitions.FuseOptionsV1.properties)).toContain(key);
    }
  });

  it('unpacks and rebuilds the encrypted SQLite driver for Electron', () => {
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3-multiple-ciphers/**']);
    expect(config.npmRebuild).toBe(true);
  });
});
