import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { createSafeStorageVault, DEVICE_KEY_FILE_NAME } from './safe-storage-vault';

/** A stand-in for Electron's safeStorage: reversible, but never the plain text. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a) as Buffer,
    decryptString: (data: Buffer) => Buffer.from(data.map((byte) => byte ^ 0x5a)).toString('utf8'),
  };
}

describe('the desktop key vault', () => {
  const tempDir = useTempDirs();

  it('keeps the key encrypted by the keychain in a private file, and forgets it', () => {
    const dir = tempDir();
    const vault = createSafeStorageVault(fakeSafeStorage(), dir, 'linux');
    const key = Buffer.from('0123456789abcdef0123456789abcdef0123456789abcdef', 'latin1');
    expect(vault.available()).toBe(true);
    vault.save(key);
    const file = join(dir, DEVICE_KEY_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).includes(key.toString('base64'))).toBe(false);
    expect(vault.load()).toEqual(key);
    vault.clear();
    expect(vault.has()).toBe(false);
    expect(vault.load()).toBeNull();
  });

  it('is not offered where Linux has no keychain (safeStorage would only obfuscate)', () => {
    expect(createSafeStorageVault(fakeSafeStorage('basic_text'), tempDir(), 'linux').available()).toBe(false);
    expect(createSafeStorageVault(fakeSafeStorage('basic_text', false), tempDir(), 'win32').available()).toBe(false);
    expect(() =>
      createSafeStorageVault(fakeSafeStorage('basic_text'), tempDir(), 'linux').save(Buffer.alloc(48)),
    ).toThrow(/keychain/);
  });

  it('gives nothing back when the keychain cannot decrypt it (another user, a reset keychain)', () => {
    const dir = tempDir();
    createSafeStorageVault(fakeSafeStorage(), dir, 'darwin').save(Buffer.alloc(48, 1));
    const broken = {
      ...fakeSafeStorage(),
      decryptString: () => {
        throw new Error('Error while decrypting');
      },
    };
    expect(createSafeStorageVault(broken, dir, 'darwin').load()).toBeNull();
  });
});
