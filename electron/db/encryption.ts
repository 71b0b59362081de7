import { pbkdf2, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Database } from './sqlite';

/*
 * Encryption at rest, in SQLCipher 4's format (SQLite3 Multiple Ciphers' `sqlcipher` scheme,
 * legacy=4): AES-256-CBC per page with an HMAC-SHA512 per page, so a changed or foreign page is
 * refused rather than read. The format is chosen over the library's default (ChaCha20) because it is
 * the one other tools read: with the passphrase, `sqlcipher` or DB Browser for SQLite (SQLCipher)
 * open the database or any backup, so the data never depends on this app alone.
 *
 * The key is SQLCipher 4's own derivation, PBKDF2-HMAC-SHA512 with 256,000 iterations over the
 * passphrase and the file's random 16-byte salt (stored in clear in the file's first bytes, as
 * SQLCipher does). We compute it ourselves (asynchronously, off the event loop) and hand SQLite the
 * raw key with its salt, so the app holds the derived key, never the passphrase, and every backup
 * (VACUUM INTO keeps the salt) opens with the same key. Neither is ever written to disk in clear.
 */
export const KDF_ITERATIONS = 256_000;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const pbkdf2Async = promisify(pbkdf2);

/** A derived key with its salt, as SQLite takes it (`x'<key><salt>'`). Zeroed by `dispose`. */
export class DatabaseKey {
  #raw: Buffer;
  readonly salt: Buffer;

  constructor(key: Buffer, salt: Buffer) {
    this.salt = Buffer.from(salt);
    this.#raw = Buffer.from(`x'${key.toString('hex')}${salt.toString('hex')}'`, 'latin1');
    key.fill(0);
  }

  /** What `db.key()` receives. Throws once disposed, so a dropped key is never used by mistake. */
  get raw(): Buffer {
    if (this.#raw.length === 0) throw new Error('This database key was dropped.');
    return this.#raw;
  }

  get disposed(): boolean {
    return this.#raw.length === 0;
  }

  equals(other: DatabaseKey): boolean {
    return (
      !this.disposed &&
      !other.disposed &&
      this.#raw.length === other.#raw.length &&
      timingSafeEqual(this.#raw, other.#raw)
    );
  }

  copy(): DatabaseKey {
    const hex = this.raw.toString('latin1').slice(2, 2 + KEY_BYTES * 2);
    return new DatabaseKey(Buffer.from(hex, 'hex'), this.salt);
  }

  dispose(): void {
    this.#raw.fill(0);
    this.#raw = Buffer.alloc(0);
  }
}

export async function deriveKey(passphrase: string, salt: Buffer): Promise<DatabaseKey> {
  return new DatabaseKey(await pbkdf2Async(passphrase, salt, KDF_ITERATIONS, KEY_BYTES, 'sha512'), salt);
}

/** The same, blocking (about 0.1 s): for entries that unlock once at start (CLI, `--passphrase-file`). */
export function deriveKeySync(passphrase: string, salt: Buffer): DatabaseKey {
  return new DatabaseKey(pbkdf2Sync(passphrase, salt, KDF_ITERATIONS, KEY_BYTES, 'sha512'), salt);
}

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES);
}

/** A stored key (remembered on a device) back into a key object. */
export function keyFromBytes(bytes: Buffer): DatabaseKey {
  if (bytes.length !== KEY_BYTES + SALT_BYTES) throw new Error('A stored key has the wrong length.');
  return new DatabaseKey(Buffer.from(bytes.subarray(0, KEY_BYTES)), bytes.subarray(KEY_BYTES));
}

/** The key and salt as bytes, for the OS keychain to encrypt (`keyFromBytes` reads them back). */
export function keyToBytes(key: DatabaseKey): Buffer {
  const hex = key.raw.toString('latin1').slice(2, -1);
  return Buffer.from(hex, 'hex');
}

function readHeader(file: string): Buffer | null {
  if (!existsSync(file)) return null;
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SALT_BYTES);
    const read = readSync(fd, header, 0, SALT_BYTES, 0);
    return read === SALT_BYTES ? header : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a file looks encrypted: its first bytes are not plain SQLite's, and it is whole pages
 * long (SQLCipher writes 4096-byte pages). Anything else is a damaged or foreign file: random
 * bytes and a truncated copy are told apart from an encrypted database before any key is tried.
 */
export function isEncryptedFile(file: string): boolean {
  const header = readHeader(file);
  return header !== null && !header.equals(SQLITE_HEADER) && statSync(file).size % 512 === 0;
}

/** The salt in an encrypted file's first 16 bytes, or null when it has none. */
export function readSalt(file: string): Buffer | null {
  return isEncryptedFile(file) ? readHeader(file) : null;
}

/** Selects SQLCipher 4 and gives the key, before anything is read from the file. */
export function applyKey(db: Database, key: DatabaseKey): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.key(key.raw);
}

/** Re-encrypts an open database (never in WAL mode: SQLite3 Multiple Ciphers refuses that) with another key. */
export function rekey(db: Database, key: DatabaseKey): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.rekey(key.raw);
}
