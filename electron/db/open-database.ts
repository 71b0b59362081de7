import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '#shared/contract/errors';
import type { Migration } from './migration';
import { pendingMigrations, readSchemaVersion, runMigrations } from './migrate';
import { migrations as appMigrations } from './migrations';

export const DATABASE_FILE_NAME = 'planner.db';
const BACKUP_DIR_NAME = 'backups';
const BACKUPS_KEPT = 10;

export interface OpenedDatabase {
  db: Database.Database;
  file: string;
  schemaVersion: number;
  /** The copy taken before migrating, when there was anything to migrate. */
  backupFile: string | null;
}

export interface OpenDatabaseOptions {
  dataDir: string;
  migrations?: readonly Migration[];
  /** Stop at this schema version (tests of migrations from N-10 to N). */
  upTo?: number;
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

/**
 * Opens (creating if needed) the one database file, checks it, backs it up and migrates it.
 * Every refusal is an ApiFailure naming the file and what the user can do.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const list = options.migrations ?? appMigrations;
  mkdirSync(options.dataDir, { recursive: true });
  const file = databaseFile(options.dataDir);
  const existed = existsSync(file);

  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw corrupt(file, error);
  }
  try {
    applyPragmas(db, file);
    if (existed) assertIntact(db, file);
    const current = readSchemaVersion(db);
    const pending = pendingMigrations(current, list, file).filter(
      (migration) => options.upTo === undefined || migration.version <= options.upTo,
    );
    const backupFile = current > 0 && pending.length > 0 ? backupBeforeMigrating(db, options.dataDir, current) : null;
    const schemaVersion = runMigrations(db, list, file, options.upTo);
    return { db, file, schemaVersion, backupFile };
  } catch (error) {
    db.close();
    throw error;
  }
}

function applyPragmas(db: Database.Database, file: string): void {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: a laptop may lose power in the field; a committed autosave must survive it.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw corrupt(file, error);
  }
}

function assertIntact(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
  } catch (error) {
    throw corrupt(file, error);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw corrupt(file, new Error(problems.slice(0, 3).join('; ')));
  }
}

function corrupt(file: string, cause: unknown): ApiFailure {
  return new ApiFailure(
    'DATABASE_CORRUPT',
    `The database ${file} is damaged or is not a Contingency Planner database (${(cause as Error).message}). ` +
      'Nothing was changed. Restore the latest backup or start a new database; the damaged file is kept aside either way ' +
      '(command line: cplan db recover).',
    { file },
  );
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** A consistent copy (VACUUM INTO sees one snapshot, WAL included), pruned to the newest few. */
function backupBeforeMigrating(db: Database.Database, dataDir: string, version: number): string {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `planner-schema${version}-${timestamp()}.db`);
  db.prepare('VACUUM INTO ?').run(target);
  pruneBackups(dir);
  return target;
}

export function listBackups(dataDir: string): string[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.db'))
    .sort()
    .map((name) => join(dir, name));
}

function pruneBackups(dir: string): void {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.db'))
    .sort();
  for (const name of names.slice(0, Math.max(0, names.length - BACKUPS_KEPT))) rmSync(join(dir, name));
}

export interface RecoveryResult {
  /** Where the damaged file now is. */
  damagedCopy: string;
  /** The backup restored, or null when a new empty database will be created. */
  restoredFrom: string | null;
}

/**
 * The way out of a damaged database: move it (and its WAL) aside, never delete it, then either
 * restore the newest backup or leave the place empty for a fresh database.
 */
export function recoverDatabase(dataDir: string, mode: 'latest-backup' | 'new-database'): RecoveryResult {
  const file = databaseFile(dataDir);
  const damagedCopy = `${file}.damaged-${timestamp()}`;
  if (existsSync(file)) renameSync(file, damagedCopy);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, damagedCopy + suffix);
  }
  if (mode === 'new-database') return { damagedCopy, restoredFrom: null };
  const latest = listBackups(dataDir).at(-1);
  if (!latest) {
    throw new ApiFailure('NOT_FOUND', `There is no backup in ${backupDir(dataDir)}. Start a new database instead.`);
  }
  copyFileSync(latest, file);
  return { damagedCopy, restoredFrom: latest };
}
