import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '#shared/contract/errors';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '#shared/contract/security';
import { applyKey, isEncryptedFile, type DatabaseKey } from './encryption';
import { checkIntegrity } from './integrity';
import { ensurePrivateDir, makePrivate } from './private-files';
import { Database } from './sqlite';

const BACKUP_DIR_NAME = 'backups';
/** Backups taken before a risky step, or on request, kept beside the daily and weekly ones. */
const PROTECTIVE_KEPT = 10;

export interface Backup extends BackupInfo {
  file: string;
}

export interface RotationPolicy {
  keepDaily: number;
  keepWeekly: number;
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** `planner-2026-12-04T10-00-00-000Z-daily.db`, or the older `planner-schema190-<stamp>.db`. */
const NAME = /^planner-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.db$/;
const OLD_NAME = /^planner-schema\d+-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.db$/;

function parseStamp(value: string): string {
  const [date, time] = value.split('T') as [string, string];
  const [hours, minutes, seconds, millis] = time.replace('Z', '').split('-');
  return `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
}

function describe(dir: string, name: string): Backup | null {
  const current = NAME.exec(name);
  const old = current ? null : OLD_NAME.exec(name);
  const reason = current ? current[2] : old ? 'before-migration' : null;
  const stampText = current?.[1] ?? old?.[1];
  if (!stampText || !(BACKUP_REASONS as readonly string[]).includes(reason ?? '')) return null;
  const file = join(dir, name);
  return {
    file,
    fileName: name,
    createdAt: parseStamp(stampText),
    reason: reason as BackupReason,
    size: statSync(file).size,
    encrypted: isEncryptedFile(file),
  };
}

/** The backups in the data folder, newest first. */
export function listBackups(dataDir: string): Backup[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => describe(dir, name))
    .filter((backup): backup is Backup => backup !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

export function findBackup(dataDir: string, fileName: string): Backup {
  const found = listBackups(dataDir).find((backup) => backup.fileName === fileName);
  if (!found) {
    throw new ApiFailure('NOT_FOUND', `There is no backup named ${fileName} in ${backupDir(dataDir)}.`, { fileName });
  }
  return found;
}

/**
 * A consistent copy of the open database (VACUUM INTO reads one snapshot, WAL included), written
 * encrypted with the database's own key when it is encrypted: never a plaintext copy of an
 * encrypted database. The copy appears under its name only once complete.
 */
export function createBackup(db: Database, dataDir: string, reason: BackupReason, now = new Date()): Backup {
  const dir = backupDir(dataDir);
  ensurePrivateDir(dir);
  let name = `planner-${stamp(now)}-${reason}.db`;
  for (let n = 1; existsSync(join(dir, name)); n += 1)
    name = `planner-${stamp(new Date(now.getTime() + n))}-${reason}.db`;
  const partial = join(dir, `${name}.partial`);
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    makePrivate(partial);
    renameSync(partial, join(dir, name));
  } finally {
    rmSync(partial, { force: true });
  }
  return describe(dir, name)!;
}

/** The ISO 8601 week of a UTC timestamp, e.g. 2026-W49. */
function isoWeek(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return `${date.getUTCFullYear()}-W${Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7)}`;
}

/**
 * Keeps the newest backup of each of the last `keepDaily` days that have one, the newest of each of
 * the last `keepWeekly` weeks, and the newest ten taken before a risky step or on request; deletes
 * the rest. Returns the names deleted.
 */
export function rotateBackups(dataDir: string, policy: RotationPolicy): string[] {
  const all = listBackups(dataDir);
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of all) {
    const day = backup.createdAt.slice(0, 10);
    if (!days.has(day) && days.size < policy.keepDaily) {
      days.add(day);
      keep.add(backup.fileName);
    }
    const week = isoWeek(backup.createdAt);
    if (!weeks.has(week) && weeks.size < policy.keepWeekly) {
      weeks.add(week);
      keep.add(backup.fileName);
    }
  }
  for (const backup of all.filter((candidate) => candidate.reason !== 'daily').slice(0, PROTECTIVE_KEPT)) {
    keep.add(backup.fileName);
  }
  const removed = all.filter((backup) => !keep.has(backup.fileName));
  for (const backup of removed) rmSync(backup.file, { force: true });
  return removed.map((backup) => backup.fileName);
}

export interface VerifiedCopy {
  schemaVersion: number;
}

function unusable(file: string, why: string): ApiFailure {
  return new ApiFailure('BACKUP_UNUSABLE', `${file} cannot be restored: ${why} Nothing was changed.`, { file });
}

/**
 * Checks, without changing anything, that a backup or a copy opens with this key (or as plain
 * SQLite when it is not encrypted), passes the integrity check and is a Contingency Planner
 * database no newer than this app.
 */
export function verifyCopy(file: string, key: DatabaseKey | null, latestSchema: number): VerifiedCopy {
  if (!existsSync(file)) throw unusable(file, 'the file does not exist.');
  if (statSync(file).size < 512) throw unusable(file, 'the file is empty or truncated.');
  const encrypted = isEncryptedFile(file);
  if (encrypted && !key) throw unusable(file, 'it is encrypted and no passphrase was given.');
  let db: Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw unusable(file, `it cannot be opened (${(error as Error).message}).`);
  }
  try {
    if (encrypted && key) applyKey(db, key);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw unusable(
        file,
        encrypted
          ? 'it does not open with this passphrase: it was made by another installation or with another passphrase, or its first page is damaged.'
          : 'it is not a database, or it is damaged or truncated.',
      );
    }
    let problems: string[];
    try {
      problems = checkIntegrity(db, { repair: false }).problems;
    } catch (error) {
      problems = [(error as Error).message];
    }
    if (problems.length) throw unusable(file, `it is damaged or truncated (${problems.slice(0, 2).join('; ')}).`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const ours = db
      .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'workspaces'")
      .pluck()
      .get();
    if (schemaVersion === 0 || ours !== 1) throw unusable(file, 'it is not a Contingency Planner database.');
    if (schemaVersion > latestSchema) {
      throw unusable(
        file,
        `it was written by a newer version of the app (schema ${schemaVersion}; this app knows up to ${latestSchema}).`,
      );
    }
    return { schemaVersion };
  } finally {
    db.close();
  }
}
