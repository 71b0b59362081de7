import { databaseFile, listBackups, recoverDatabase } from '#electron/db/open-database';
import { call } from '#electron/cli/call';
import type { CliCommand } from '#electron/cli/command';
import { formatJson } from '#electron/cli/format';

export const databaseCommands: CliCommand[] = [
  {
    path: ['db', 'check'],
    usage: 'cplan db check',
    summary: 'Open the database, check its integrity and bring its schema up to date.',
    async run(context) {
      const info = await call(context, 'app.info', {});
      const summary = {
        file: info.databaseFile,
        schemaVersion: info.schemaVersion,
        integrity: 'ok',
        backups: listBackups(context.dataDir),
      };
      context.out(
        context.format === 'json'
          ? formatJson(summary)
          : `${info.databaseFile}: integrity ok, schema ${info.schemaVersion}`,
      );
    },
  },
  {
    path: ['db', 'recover'],
    usage: 'cplan db recover [--new-database]',
    summary: 'Move a damaged database aside and restore the latest backup (or start a new database).',
    options: {
      'new-database': { type: 'boolean', description: 'start an empty database instead of restoring a backup' },
    },
    async run(context, options) {
      const result = recoverDatabase(context.dataDir, options['new-database'] ? 'new-database' : 'latest-backup');
      context.out(`The damaged database was moved to ${result.damagedCopy}.`);
      context.out(
        result.restoredFrom
          ? `Restored ${databaseFile(context.dataDir)} from ${result.restoredFrom}.`
          : 'A new database will be created the next time the app starts.',
      );
    },
  },
];
