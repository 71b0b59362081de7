/**
 * The one import of the SQLite driver: better-sqlite3 with SQLite3 Multiple Ciphers, so that the
 * database, its WAL and its backups can be encrypted (see `encryption.ts`). Everything else imports
 * `Database` from here.
 */
import Sqlite from 'better-sqlite3-multiple-ciphers';

export type Database = Sqlite.Database;
export type Statement = Sqlite.Statement;
export const Database = Sqlite;
