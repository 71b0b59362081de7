import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeyVault } from '#electron/services/security/key-vault';
import { useTestBackends } from '#electron/test-support/backend';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { call, failureOf } from '#electron/test-support/call';

const PASSPHRASE = 'correct horse battery staple';

describe('idle lock', () => {
  const openBackend = useTestBackends({ samplePlan: false, interactive: true });
  afterEach(() => vi.useRealTimers());

  it('locks after the idle minutes, drops the key and announces it; activity postpones it', async () => {
    const backend = openBackend();
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    await call(backend, 'app.preferences.set', { security: { idleLockMinutes: 2 } });
    const seen: unknown[] = [];
    backend.events.subscribe((event, payload) => seen.push([event, payload]));
    vi.useFakeTimers();
    await call(backend, 'security.activity', {});

    vi.advanceTimersByTime(90_000);
    expect((await call(backend, 'security.activity', {})).lockInSeconds).toBe(120);
    vi.advanceTimersByTime(90_000);
    expect((await call(backend, 'security.status', {})).state).toBe('unlocked');
    // Status checks are not activity: the page polling it must not keep the database open.
    vi.advanceTimersByTime(31_000);
    expect((await call(backend, 'security.status', {})).state).toBe('locked');
    expect(seen).toContainEqual(['security.changed', { state: 'locked', reason: 'idle' }]);
    expect((await failureOf(call(backend, 'workspaces.list', {}))).code).toBe('LOCKED');
    vi.useRealTimers();
    await call(backend, 'security.unlock', { passphrase: PASSPHRASE });
    expect((await call(backend, 'workspaces.list', {})).length).toBe(1);
  });

  it('never locks an unencrypted database (there is no key to drop)', async () => {
    const backend = openBackend();
    await call(backend, 'security.continueWithoutEncryption', {});
    expect((await call(backend, 'security.activity', {})).lockInSeconds).toBeNull();
    expect((await call(backend, 'security.lock', {})).state).toBe('unlocked');
  });
});

describe('remember on this device', () => {
  const openBackend = useTestBackends({ samplePlan: false, interactive: true });

  function memoryVault(available = true): KeyVault & { stored: Buffer | null } {
    const vault = {
      stored: null as Buffer | null,
      available: () => available,
      has: () => vault.stored !== null,
      save: (key: Buffer) => void (vault.stored = Buffer.from(key)),
      load: () => vault.stored,
      clear: () => void (vault.stored = null),
    };
    return vault;
  }

  it('keeps the key in the keychain: the next start and an idle lock unlock without the passphrase', async () => {
    const vault = memoryVault();
    const backend = openBackend({ keyVault: vault });
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    await call(backend, 'app.preferences.set', { security: { rememberOnDevice: true } });
    expect(vault.stored).not.toBeNull();
    expect(vault.stored!.toString('latin1')).not.toContain(PASSPHRASE);
    backend.close();

    const next = openBackend({ dataDir: backend.dataDir, keyVault: vault });
    expect(await call(next, 'security.status', {})).toMatchObject({ state: 'unlocked', remembered: true });
    await call(next, 'security.lock', {});
    await call(next, 'security.unlock', { useDevice: true });
    expect((await call(next, 'workspaces.list', {})).length).toBe(1);

    await call(next, 'app.preferences.set', { security: { rememberOnDevice: false } });
    expect(vault.stored).toBeNull();
    next.close();
    expect((await call(openBackend({ dataDir: backend.dataDir, keyVault: vault }), 'security.status', {})).state).toBe(
      'locked',
    );
  });

  it('is refused where the device has no keychain', async () => {
    const backend = openBackend({ keyVault: memoryVault(false) });
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    const failure = await failureOf(call(backend, 'app.preferences.set', { security: { rememberOnDevice: true } }));
    expect(failure.code).toBe('INVALID_INPUT');
    expect(failure.message).toContain('keychain');
  });
});

describe('preferences.json', () => {
  const openBackend = useTestBackends({ samplePlan: false });
  const tempDir = useTempDirs();

  it('reads a hand-edited file key by key and keeps keys it does not know', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'preferences.json');
    writeFileSync(
      file,
      JSON.stringify({
        language: 'ru',
        security: { idleLockMinutes: 'soon', rememberOnDevice: false },
        backups: { keepDaily: 3 },
      }),
    );
    const backend = openBackend({ dataDir });
    const read = await call(backend, 'app.preferences.get', {});
    expect(read).toEqual({
      security: { idleLockMinutes: 15, rememberOnDevice: false, plaintextAccepted: false },
      backups: { keepDaily: 3, keepWeekly: 4 },
    });
    await call(backend, 'app.preferences.set', { security: { idleLockMinutes: 5 } });
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(written.language).toBe('ru');
    expect((await call(backend, 'app.preferences.get', {})).security.idleLockMinutes).toBe(5);
    const bad = await failureOf(call(backend, 'app.preferences.set', { security: { idleLockMinutes: 0 } }));
    expect(bad.code).toBe('INVALID_INPUT');
  });

  it('reads a file that is not JSON as the defaults', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'preferences.json'), '{ not json');
    const backend = openBackend({ dataDir });
    expect((await call(backend, 'app.preferences.get', {})).backups).toEqual({ keepDaily: 7, keepWeekly: 4 });
  });
});
