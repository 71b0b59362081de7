import { ApiFailure } from '#shared/contract/errors';
import { listBackups, type Backup } from '#electron/db/backups';
import { databaseFile } from '#electron/db/database-file';
import { deriveKeySync, readSalt } from '#electron/db/encryption';
import { recoverDatabase } from '#electron/db/recovery';
import { call } from '#electron/cli/call';
import { UsageError, type CliCommand } from '#electron/cli/command';
import { formatJson, formatTable } from '#electron/cli/format';

function backupRows(backups: Backup[]) {
  return backups.map((backup) => ({
    name: backup.fileName,
    created: backup.createdAt,
    reason: backup.reason,
    size: backup.size,
    encrypted: backup.encrypted,
  }));
}

const BACKUP_COLUMNS: Array<[string, string]> = [
  ['name', 'Backup'],
  ['created', 'Created'],
  ['reason', 'Reason'],
  ['size', 'Bytes'],
  ['encrypted', 'Encrypted'],
];

export const databaseCommands: CliCommand[] = [
  {
    path: ['db', 'check'],
    usage: 'cplan db check',
    summary: 'Open the database, check its integrity and bring its schema up to date.',
    async run(context) {
      const info = await call(context, 'app.info', {});
      const status = await call(context, 'security.status', {});
      const summary = {
        file: info.databaseFile,
        schemaVersion: info.schemaVersion,
        integrity: 'ok',
        encrypted: status.encrypted,
        repairedIndexes: status.repairedIndexes,
        backups: listBackups(context.dataDir).map((backup) => backup.file),
      };
      const repaired = status.repairedIndexes.length
        ? ` (search index rebuilt: ${status.repairedIndexes.join(', ')})`
        : '';
      context.out(
        context.format === 'json'
          ? formatJson(summary)
          : `${info.databaseFile}: integrity ok${repaired}, schema ${info.schemaVersion}, ${status.encrypted ? 'encrypted' : 'NOT encrypted'}`,
      );
    },
  },
  {
    path: ['db', 'backup'],
    usage: 'cplan db backup',
    summary: 'Back up the database now (encrypted like the database) into the backups folder.',
    async run(context) {
      const backup = await call(context, 'backups.create', {});
      context.out(context.format === 'json' ? formatJson(backup) : `Backed up to ${backup.fileName}.`);
    },
  },
  {
    path: ['db', 'recover'],
    usage: 'cplan db recover [--from BACKUP | --latest | --new-database]',
    summary: 'List the backups of a damaged database, then restore one (checked first) or start a new database.',
    options: {
      from: { type: 'string', description: 'restore this backup (a name from the list)' },
      latest: { type: 'boolean', description: 'restore the newest backup that opens and is intact' },
      'new-database': { type: 'boolean', description: 'start an empty database instead of restoring a backup' },
    },
    async run(context, options) {
      const backups = listBackups(context.dataDir);
      const from = options.from as string | undefined;
      const choices = [from !== undefined, Boolean(options.latest), Boolean(options['new-database'])].filter(Boolean);
      if (choices.length > 1) throw new UsageError('Choose one of --from, --latest and --new-database.');
      if (choices.length === 0) {
        context.out(`Database: ${databaseFile(context.dataDir)}`);
        if (backups.length === 0) {
          context.out('There are no backups. Start a new database with: cplan db recover --new-database');
        } else {
          context.out(
            context.format === 'json'
              ? formatJson(backupRows(backups))
              : formatTable(backupRows(backups), BACKUP_COLUMNS),
          );
          context.out('Restore one with --from NAME (or --latest), or start a new database with --new-database.');
        }
        context.out('The damaged file is kept aside either way.');
        return 2;
      }
      // Encrypted backups are checked with the passphrase before anything is moved.
      const chosen = from !== undefined ? backups.find((backup) => backup.fileName === from) : backups[0];
      if (from !== undefined && !chosen) throw new ApiFailure('NOT_FOUND', `There is no backup named ${from}.`);
      let key = null;
      if (!options['new-database'] && chosen?.encrypted) {
        const passphrase = await context.passphrase();
        if (passphrase === undefined) {
          throw new ApiFailure(
            'LOCKED',
            'The backups are encrypted: give the passphrase with --passphrase-file FILE or CPLAN_PASSPHRASE.',
          );
        }
        key = deriveKeySync(passphrase, readSalt(chosen.file)!);
      }
      try {
        const result = recoverDatabase(
          context.dataDir,
          options['new-database'] ? { from: 'new-database' } : { from: 'backup', fileName: from },
          key,
        );
        context.out(`The damaged database was moved to ${result.damagedCopy}.`);
        context.out(
          result.restoredFrom
            ? `Restored ${databaseFile(context.dataDir)} from ${result.restoredFrom}.`
            : 'A new database will be created the next time the app starts.',
        );
      } finally {
        key?.dispose();
      }
    },
  },
];
