import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { shredFile, writePrivateFile } from '#electron/db/private-files';
import type { KeyVault } from '#electron/services/security/key-vault';

export const DEVICE_KEY_FILE_NAME = 'device-key.bin';

/**
 * "Remember on this device": the database key encrypted by the OS keychain (Keychain on macOS,
 * DPAPI on Windows, the Secret Service or KWallet on Linux) through Electron's safeStorage, kept in
 * the data folder (0600). Where Linux has no keychain, safeStorage would only obfuscate with a fixed
 * password ("basic_text"), so the option is not offered there.
 */
export function createSafeStorageVault(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
    Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>,
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): KeyVault {
  const file = join(dataDir, DEVICE_KEY_FILE_NAME);
  const available = () =>
    safeStorage.isEncryptionAvailable() &&
    !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');
  return {
    available,
    has: () => existsSync(file),
    save(key) {
      if (!available()) throw new Error('No OS keychain is available to keep the key.');
      writePrivateFile(file, safeStorage.encryptString(key.toString('base64')));
    },
    load() {
      if (!existsSync(file) || !available()) return null;
      try {
        return Buffer.from(safeStorage.decryptString(readFileSync(file)), 'base64');
      } catch {
        return null;
      }
    },
    clear() {
      shredFile(file);
      rmSync(file, { force: true });
    },
  };
}
