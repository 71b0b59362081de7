import type { Database } from '#electron/db/sqlite';
import { ApiFailure } from '#shared/contract/errors';
import type { Migration } from './migration';

export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertMigrationsOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version % 10 !== 0 || migration.version <= 0) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}; use positive steps of 10.`);
    }
    const previous = list[index - 1];
    if (previous && previous.version >= migration.version) {
      throw new Error(`Migration ${migration.name} (${migration.version}) is out of order after ${previous.name}.`);
    }
  });
}

/** Pending migrations, or a refusal when the file was written by a newer app. */
export function pendingMigrations(current: number, list: readonly Migration[], file: string): Migration[] {
  const latest = list[list.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new ApiFailure(
      'DATABASE_NEWER_THAN_APP',
      `The database ${file} was written by a newer version of Contingency Planner (schema ${current}; this app knows up to ${latest}). ` +
        'Install the newer version to open it. The file was not changed.',
      { file, databaseVersion: current, appVersion: latest },
    );
  }
  return list.filter((migration) => migration.version > current);
}

/**
 * Applies each migration in its own transaction and bumps user_version inside it, so a failing
 * migration rolls back completely and leaves the database at the last good version.
 */
export function runMigrations(db: Database, list: readonly Migration[], file: string, upTo?: number): number {
  assertMigrationsOrdered(list);
  const pending = pendingMigrations(readSchemaVersion(db), list, file).filter(
    (migration) => upTo === undefined || migration.version <= upTo,
  );
  for (const migration of pending) {
    const apply = db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply();
    } catch (error) {
      throw new ApiFailure(
        'MIGRATION_FAILED',
        `Updating the database to schema ${migration.version} (${migration.name}) failed: ${(error as Error).message}. ` +
          `The database was left at schema ${readSchemaVersion(db)} and a backup copy was kept.`,
        { file, migration: migration.name, version: migration.version },
      );
    }
  }
  return readSchemaVersion(db);
}
