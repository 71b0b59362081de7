/**
 * Where "remember on this device" keeps the database key: encrypted by the operating system's
 * keychain (Electron's safeStorage on the desktop; see `electron/main/safe-storage-vault.ts`).
 * Browser mode and the command line have none.
 */
export interface KeyVault {
  /** Whether this device can keep a key safely (an OS keychain is there). */
  available(): boolean;
  has(): boolean;
  save(key: Buffer): void;
  /** The kept key, or null when there is none or it cannot be decrypted (another user, a new keychain). */
  load(): Buffer | null;
  clear(): void;
}
