import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';

/*
 * Files private to the user: on Linux and macOS the data folder is 0700 and every file in it 0600
 * (SQLite gives the WAL and shared-memory files the database's own mode). Windows has no modes:
 * there the default data folder is under the user's own profile (%APPDATA%), which only that user
 * (and administrators) may read.
 */
const POSIX = process.platform !== 'win32';

export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (POSIX) chmodSync(dir, 0o700);
}

/** Makes each existing file readable and writable by the user only. */
export function makePrivate(...files: string[]): void {
  if (!POSIX) return;
  for (const file of files) if (existsSync(file)) chmodSync(file, 0o600);
}

/** Writes a whole file atomically (temporary file, then rename), private from its first byte. */
export function writePrivateFile(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data, { mode: 0o600 });
  makePrivate(temporary);
  renameSync(temporary, file);
}

const ZEROS = Buffer.alloc(1024 * 1024);

/**
 * Overwrites a file with zeros, flushes it to the disk, then deletes it. Best effort only: SSDs
 * (wear levelling), copy-on-write and journaling file systems, and snapshots may keep old blocks
 * that no program can reach; full-disk encryption is what protects those.
 */
export function shredFile(file: string): void {
  if (!existsSync(file)) return;
  try {
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    try {
      for (let offset = 0; offset < size; offset += ZEROS.length) {
        writeSync(fd, ZEROS, 0, Math.min(ZEROS.length, size - offset), offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(file, { force: true });
  }
}
