import { Database } from '#electron/db/sqlite';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '#shared/contract/errors';
import { useTempDirs } from '#electron/test-support/temp-dir';
import type { Migration } from './migration';
import { migrations, LATEST_SCHEMA_VERSION } from './migrations';
import { backupDir, databaseFile, listBackups, openDatabase } from './open-database';
import { recoverDatabase } from './recovery';

const tempDir = useTempDirs();

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Schema and rows, independent of page layout: "the data did not change". */
function logicalDump(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
      name: string;
      sql: string;
    }>;
    const rows = tables.map((table) => ({
      ...table,
      rows: db.prepare(`SELECT * FROM "${table.name}" ORDER BY 1`).all(),
    }));
    return JSON.stringify({ version: db.pragma('user_version', { simple: true }), rows });
  } finally {
    db.close();
  }
}

function expectFailure(run: () => unknown, code: string): ApiFailure {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).code).toBe(code);
    return error as ApiFailure;
  }
  throw new Error(`expected a ${code} failure`);
}

describe('opening the database', () => {
  it('creates a new database at the latest schema with WAL, foreign keys and STRICT tables', () => {
    const dir = tempDir();
    const { db, schemaVersion, backupFile } = openDatabase({ dataDir: dir });
    try {
      expect(schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(backupFile).toBeNull();
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as Array<{
        name: string;
        sql: string;
      }>;
      expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['workspaces', 'sites', 'app_meta']));
      // FTS5 search indexes are virtual tables with shadow tables of SQLite's own making: not ours to make STRICT.
      const virtual = tables.filter((table) => /^CREATE VIRTUAL TABLE/i.test(table.sql)).map((table) => table.name);
      const ours = tables.filter(
        (table) => !virtual.includes(table.name) && !virtual.some((name) => table.name.startsWith(`${name}_`)),
      );
      for (const table of ours) expect(table.sql, table.name).toMatch(/\)\s*STRICT$/);
    } finally {
      db.close();
    }
  });

  it('numbers migrations in increasing steps of 10', () => {
    migrations.forEach((migration, index) => {
      expect(migration.version % 10).toBe(0);
      if (index > 0) expect(migration.version).toBeGreaterThan(migrations[index - 1]!.version);
    });
  });

  it('refuses a database written by a newer app and leaves the file untouched', () => {
    const dir = tempDir();
    openDatabase({ dataDir: dir }).db.close();
    const raw = new Database(databaseFile(dir));
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = fileHash(databaseFile(dir));

    const failure = expectFailure(() => openDatabase({ dataDir: dir }), 'DATABASE_NEWER_THAN_APP');
    expect(failure.message).toContain('newer version');
    expect(fileHash(databaseFile(dir))).toBe(before);
    expect(existsSync(backupDir(dir))).toBe(false);
  });

  it('rolls a failing migration back completely, keeps a backup, and leaves the data as it was', () => {
    const dir = tempDir();
    const { db } = openDatabase({ dataDir: dir });
    db.prepare("INSERT INTO workspaces VALUES ('w', 'Mission', 'mission', 'RESTRICTED', '', 0, 'now', 'now')").run();
    db.close();
    const before = logicalDump(databaseFile(dir));

    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'broken',
      up(database) {
        database.exec('CREATE TABLE half_done (x TEXT) STRICT');
        database.exec("UPDATE workspaces SET name = 'changed'");
        database.exec('THIS IS NOT SQL');
      },
    };
    const failure = expectFailure(
      () => openDatabase({ dataDir: dir, migrations: [...migrations, broken] }),
      'MIGRATION_FAILED',
    );
    expect(failure.message).toContain('broken');
    expect(logicalDump(databaseFile(dir))).toBe(before);
    expect(listBackups(dir)).toHaveLength(1);
  });

  it('backs the file up before migrating an existing database', () => {
    const dir = tempDir();
    openDatabase({ dataDir: dir, upTo: 10 }).db.close();
    const { db, backupFile } = openDatabase({ dataDir: dir });
    db.close();
    expect(backupFile).not.toBeNull();
    const backup = new Database(backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(10);
    backup.close();
  });

  it('migration 20 (sites) keeps the workspaces created at schema 10', () => {
    const dir = tempDir();
    const first = openDatabase({ dataDir: dir, upTo: 10 }).db;
    first
      .prepare("INSERT INTO workspaces VALUES ('w', 'Mission to Karavia', 'mission', 'RESTRICTED', 'd', 0, 't', 't')")
      .run();
    const before = first.prepare('SELECT * FROM workspaces').all();
    first.close();

    const { db } = openDatabase({ dataDir: dir, upTo: 20 });
    expect(db.prepare('SELECT * FROM workspaces').all()).toEqual(before);
    db.prepare(
      "INSERT INTO sites (id, workspace_id, name, kind, created_at, updated_at) VALUES ('s', 'w', 'HQ', 'office', 't', 't')",
    ).run();
    db.prepare("DELETE FROM workspaces WHERE id = 'w'").run();
    expect(db.prepare('SELECT count(*) AS n FROM sites').get()).toEqual({ n: 0 });
    db.close();
  });

  it('reports a file that is not a database as damaged, and recovery keeps the damaged copy', () => {
    const dir = tempDir();
    openDatabase({ dataDir: dir }).db.close();
    writeFileSync(databaseFile(dir), Buffer.from('this is not a database at all, just some bytes'.repeat(200)));

    const failure = expectFailure(() => openDatabase({ dataDir: dir }), 'DATABASE_CORRUPT');
    expect(failure.message).toContain(databaseFile(dir));
    expect(failure.message).toContain('cplan db recover');

    const result = recoverDatabase(dir, { from: 'new-database' });
    expect(readFileSync(result.damagedCopy, 'utf8')).toContain('this is not a database');
    const { db, schemaVersion } = openDatabase({ dataDir: dir });
    expect(schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('restores the latest backup on request', () => {
    const dir = tempDir();
    const { db } = openDatabase({ dataDir: dir, upTo: 10 });
    db.prepare("INSERT INTO workspaces VALUES ('w', 'Kept', 'mission', '', '', 0, 't', 't')").run();
    db.close();
    openDatabase({ dataDir: dir }).db.close();
    writeFileSync(databaseFile(dir), 'garbage');

    const result = recoverDatabase(dir, { from: 'backup' });
    expect(result.restoredFrom).toBe(listBackups(dir)[0]!.file);
    const reopened = openDatabase({ dataDir: dir }).db;
    expect(reopened.prepare('SELECT name FROM workspaces').all()).toEqual([{ name: 'Kept' }]);
    reopened.close();
    expect(readdirSync(dir).some((name) => name.includes('.damaged-'))).toBe(true);
  });

  it('says so when there is no backup to restore', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'planner.db'), 'garbage');
    expectFailure(() => recoverDatabase(dir, { from: 'backup' }), 'NOT_FOUND');
  });
});
