import { existsSync, statSync } from 'node:fs';
import { ApiFailure } from '#shared/contract/errors';
import { DEFAULT_PREFERENCES } from '#shared/contract/preferences';
import { createBackup, rotateBackups, type RotationPolicy } from './backups';
import { databaseFile, finishInterruptedSwap } from './database-file';
import { applyKey, isEncryptedFile, type DatabaseKey } from './encryption';
import { checkIntegrity } from './integrity';
import type { Migration } from './migration';
import { pendingMigrations, readSchemaVersion, runMigrations } from './migrate';
import { migrations as appMigrations } from './migrations';
import { ensurePrivateDir, makePrivate } from './private-files';
import { Database } from './sqlite';

export { databaseFile, DATABASE_FILE_NAME } from './database-file';
export { backupDir, listBackups } from './backups';

export interface OpenedDatabase {
  db: Database;
  file: string;
  schemaVersion: number;
  /** The copy taken before migrating, when there was anything to migrate. */
  backupFile: string | null;
  encrypted: boolean;
  /** The file did not exist: this open created it. */
  created: boolean;
  /** Search indexes found damaged and rebuilt (nothing else was). */
  repairedIndexes: string[];
}

export interface OpenDatabaseOptions {
  dataDir: string;
  /** The key of the encrypted database, or of a new database to create encrypted. */
  key?: DatabaseKey | null;
  migrations?: readonly Migration[];
  /** Stop at this schema version (tests of migrations from N-10 to N). */
  upTo?: number;
  /** How long a write waits for another program's write lock before DATABASE_BUSY. */
  busyTimeoutMs?: number;
  /** Which backups to keep when one is added before migrating. */
  rotation?: RotationPolicy;
}

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

/** Whether the data folder holds a database file (empty files count as none). */
export function databaseExists(dataDir: string): boolean {
  const file = databaseFile(dataDir);
  return existsSync(file) && statSync(file).size > 0;
}

/**
 * Opens (creating if needed) the one database file, checks it, backs it up and migrates it.
 * Every refusal is an ApiFailure naming the file and what the user can do: LOCKED (encrypted, no
 * key), WRONG_PASSPHRASE, DATABASE_CORRUPT, DATABASE_NEWER_THAN_APP, MIGRATION_FAILED.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const list = options.migrations ?? appMigrations;
  ensurePrivateDir(options.dataDir);
  finishInterruptedSwap(options.dataDir);
  const file = databaseFile(options.dataDir);
  const existed = databaseExists(options.dataDir);
  const encrypted = existed ? isEncryptedFile(file) : Boolean(options.key);
  if (encrypted && !options.key) {
    throw new ApiFailure('LOCKED', `The database ${file} is encrypted: unlock it with its passphrase.`, { file });
  }

  let db: Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw corrupt(file, error);
  }
  try {
    makePrivate(file);
    if (encrypted) applyKey(db, options.key!);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (!encrypted) throw corrupt(file, error);
      throw new ApiFailure(
        'WRONG_PASSPHRASE',
        'The passphrase is wrong: the database does not open with it. Nothing was changed.',
        { file },
      );
    }
    applyPragmas(db, file, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    makePrivate(`${file}-wal`, `${file}-shm`);
    const repairedIndexes = existed ? assertIntact(db, file) : [];
    const current = readSchemaVersion(db);
    const pending = pendingMigrations(current, list, file).filter(
      (migration) => options.upTo === undefined || migration.version <= options.upTo,
    );
    let backupFile: string | null = null;
    if (current > 0 && pending.length > 0) {
      backupFile = createBackup(db, options.dataDir, 'before-migration').file;
      rotateBackups(options.dataDir, options.rotation ?? DEFAULT_PREFERENCES.backups);
    }
    const schemaVersion = runMigrations(db, list, file, options.upTo);
    return { db, file, schemaVersion, backupFile, encrypted, created: !existed, repairedIndexes };
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyPragmas(db: Database, file: string, busyTimeoutMs: number): void {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: a laptop may lose power in the field; a committed autosave must survive it.
    db.pragma('synchronous = FULL');
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(busyTimeoutMs))}`);
  } catch (error) {
    throw corrupt(file, error);
  }
}

/** Refuses a damaged file; damage confined to the search indexes is repaired instead. */
function assertIntact(db: Database, file: string): string[] {
  let result;
  try {
    result = checkIntegrity(db);
  } catch (error) {
    throw corrupt(file, error);
  }
  if (result.problems.length) throw corrupt(file, new Error(result.problems.slice(0, 3).join('; ')));
  return result.repaired;
}

export function corrupt(file: string, cause: unknown): ApiFailure {
  return new ApiFailure(
    'DATABASE_CORRUPT',
    `The database ${file} is damaged or is not a Contingency Planner database (${(cause as Error).message}). ` +
      'Nothing was changed. Restore a backup or start a new database; the damaged file is kept aside either way ' +
      '(command line: cplan db recover).',
    { file },
  );
}
