import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { shredFile } from './private-files';

export const DATABASE_FILE_NAME = 'planner.db';

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

/** The file that is about to replace the database (encrypted copy, restored backup...). */
export function incomingFile(dataDir: string): string {
  return `${databaseFile(dataDir)}.new`;
}

function outgoingFile(dataDir: string): string {
  return `${databaseFile(dataDir)}.old`;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * Puts the prepared incoming file in the database's place: the database goes to `.old`, the new
 * file takes its name, then the old one is overwritten and deleted with its WAL. The database must
 * be closed. A crash at any point is finished or undone by `finishInterruptedSwap` at the next open,
 * so there is always one whole database under the name.
 */
export function swapInDatabaseFile(dataDir: string): void {
  const file = databaseFile(dataDir);
  const old = outgoingFile(dataDir);
  if (existsSync(file)) renameSync(file, old);
  // A WAL left beside the name belongs to the old content and would be replayed into the new one.
  for (const suffix of SIDE_FILES) if (existsSync(file + suffix)) renameSync(file + suffix, old + suffix);
  renameSync(incomingFile(dataDir), file);
  for (const suffix of ['', ...SIDE_FILES]) shredFile(old + suffix);
}

export function finishInterruptedSwap(dataDir: string): void {
  const file = databaseFile(dataDir);
  const old = outgoingFile(dataDir);
  if (existsSync(old) && !existsSync(file)) {
    // Interrupted between the two renames: the old database is the whole one.
    renameSync(old, file);
    for (const suffix of SIDE_FILES) if (existsSync(old + suffix)) renameSync(old + suffix, file + suffix);
  }
  for (const suffix of ['', ...SIDE_FILES]) shredFile(old + suffix);
  for (const suffix of ['', ...SIDE_FILES]) shredFile(incomingFile(dataDir) + suffix);
}
