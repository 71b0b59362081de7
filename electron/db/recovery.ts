import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { ApiFailure } from '#shared/contract/errors';
import { backupDir, findBackup, listBackups, verifyCopy, type Backup } from './backups';
import { databaseFile, incomingFile } from './database-file';
import type { DatabaseKey } from './encryption';
import { migrations } from './migrations';
import { makePrivate } from './private-files';

export type RecoveryChoice = { from: 'new-database' } | { from: 'backup'; fileName?: string };

export interface RecoveryResult {
  /** Where the damaged file now is. */
  damagedCopy: string;
  /** The backup restored, or null when a new empty database will be created. */
  restoredFrom: string | null;
}

const latestSchema = () => migrations.at(-1)?.version ?? 0;

/** The named backup, or the newest one that opens with the key and passes its check. */
function usableBackup(dataDir: string, fileName: string | undefined, key: DatabaseKey | null): Backup {
  if (fileName) {
    const backup = findBackup(dataDir, fileName);
    verifyCopy(backup.file, key, latestSchema());
    return backup;
  }
  const reasons: string[] = [];
  for (const backup of listBackups(dataDir)) {
    try {
      verifyCopy(backup.file, key, latestSchema());
      return backup;
    } catch (error) {
      reasons.push((error as Error).message);
    }
  }
  if (reasons.length === 0) {
    throw new ApiFailure('NOT_FOUND', `There is no backup in ${backupDir(dataDir)}. Start a new database instead.`);
  }
  throw new ApiFailure(
    'BACKUP_UNUSABLE',
    `No backup in ${backupDir(dataDir)} can be restored (${reasons.slice(0, 3).join(' ')}). Nothing was changed.`,
  );
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * The way out of a damaged database. The backup is checked first (it opens with the key, passes
 * its integrity check, is ours and not newer than the app), so a choice that cannot work changes
 * nothing; then the damaged file (and its WAL) is moved aside, never deleted, and the backup copied
 * into its place, or the place is left empty for a new database.
 */
export function recoverDatabase(
  dataDir: string,
  choice: RecoveryChoice,
  key: DatabaseKey | null = null,
): RecoveryResult {
  const backup = choice.from === 'backup' ? usableBackup(dataDir, choice.fileName, key) : null;
  const file = databaseFile(dataDir);
  const damagedCopy = `${file}.damaged-${stamp()}`;
  if (existsSync(file)) renameSync(file, damagedCopy);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, damagedCopy + suffix);
  }
  makePrivate(damagedCopy);
  if (!backup) return { damagedCopy, restoredFrom: null };
  copyFileSync(backup.file, incomingFile(dataDir));
  makePrivate(incomingFile(dataDir));
  renameSync(incomingFile(dataDir), file);
  return { damagedCopy, restoredFrom: backup.file };
}
