import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, listBackups, rotateBackups } from '#electron/db/backups';
import { databaseFile } from '#electron/db/database-file';
import { useTestBackends } from '#electron/test-support/backend';
import { call, failureOf } from '#electron/test-support/call';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { readWithPlainSqlite } from '#electron/test-support/plain-sqlite';

const PASSPHRASE = 'correct horse battery staple';
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('backup rotation', () => {
  const tempDir = useTempDirs();

  it('keeps the newest of each of the last N days and M weeks, and the last protective ones', () => {
    const dir = tempDir();
    const folder = backupDir(dir);
    const name = (iso: string, reason: string) => `planner-${iso.replace(/[:.]/g, '-')}-${reason}.db`;
    const files: string[] = [];
    // Two a day for 40 days (daily at 08:00 and 18:00), and one before an import 30 days ago.
    for (let day = 0; day < 40; day += 1) {
      for (const hour of ['08', '18']) {
        const iso = new Date(Date.UTC(2026, 10, 1 + day, Number(hour))).toISOString();
        files.push(name(iso, 'daily'));
      }
    }
    const oldImport = name(new Date(Date.UTC(2026, 10, 11, 12)).toISOString(), 'before-import');
    files.push(oldImport);
    mkdirSync(folder, { recursive: true });
    for (const file of files) writeFileSync(join(folder, file), 'x');

    rotateBackups(dir, { keepDaily: 7, keepWeekly: 4 });
    const kept = listBackups(dir);
    const days = kept.filter((backup) => backup.reason === 'daily').map((backup) => backup.createdAt);
    // The last 7 days' evening backups, then one per earlier week.
    expect(days.slice(0, 7)).toEqual(
      [10, 9, 8, 7, 6, 5, 4].map((day) => new Date(Date.UTC(2026, 11, day, 18)).toISOString()),
    );
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBeLessThanOrEqual(7 + 4);
    expect(kept.map((backup) => backup.fileName)).toContain(oldImport);
    expect(readdirSync(folder).length).toBe(kept.length);
  });
});

describe('backups that exist and can be restored', () => {
  const openBackend = useTestBackends({ samplePlan: false });

  async function encrypted() {
    const backend = openBackend({ interactive: true });
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    return backend;
  }

  it('takes a daily backup on unlock when the newest is older than a day', async () => {
    let now = new Date('2026-12-01T09:00:00Z');
    const backend = openBackend({ interactive: true, now: () => now });
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    expect(listBackups(backend.dataDir)).toHaveLength(0); // a new database: nothing to protect yet
    await call(backend, 'security.lock', {});
    await call(backend, 'security.unlock', { passphrase: PASSPHRASE });
    expect(listBackups(backend.dataDir).map((backup) => backup.reason)).toEqual(['daily']);

    now = new Date('2026-12-01T20:00:00Z');
    await call(backend, 'security.lock', {});
    await call(backend, 'security.unlock', { passphrase: PASSPHRASE });
    expect(listBackups(backend.dataDir)).toHaveLength(1);

    now = new Date('2026-12-02T10:00:00Z');
    await call(backend, 'security.lock', {});
    await call(backend, 'security.unlock', { passphrase: PASSPHRASE });
    expect(listBackups(backend.dataDir)).toHaveLength(2);
  });

  it('backs up before an import', async () => {
    const backend = await encrypted();
    await call(backend, 'templates.importPack', { files: [] });
    expect((await call(backend, 'backups.list', {})).map((backup) => backup.reason)).toEqual(['before-import']);
  });

  it('restores a backup after backing up the current state', async () => {
    const backend = await encrypted();
    const [sample] = await call(backend, 'workspaces.list', {});
    const backup = await call(backend, 'backups.create', {});
    await call(backend, 'workspaces.delete', { id: sample!.id });
    expect(await call(backend, 'workspaces.list', {})).toEqual([]);

    const result = await call(backend, 'backups.restore', { fileName: backup.fileName });
    expect(result.safetyBackup.reason).toBe('before-restore');
    expect((await call(backend, 'workspaces.list', {})).map((workspace) => workspace.id)).toEqual([sample!.id]);
    expect(readWithPlainSqlite(join(backupDir(backend.dataDir), backup.fileName)).ok).toBe(false);
    // The state before the restore can be restored in turn.
    await call(backend, 'backups.restore', { fileName: result.safetyBackup.fileName });
    expect(await call(backend, 'workspaces.list', {})).toEqual([]);
  });

  it('refuses a truncated backup and a backup of another installation, and overwrites nothing', async () => {
    const backend = await encrypted();
    const truncated = await call(backend, 'backups.create', {});
    const path = join(backupDir(backend.dataDir), truncated.fileName);
    truncateSync(path, Math.floor(statSync(path).size / 2));

    const other = openBackend({ interactive: true });
    await call(other, 'security.setPassphrase', { passphrase: 'another installation' });
    const foreign = await call(other, 'backups.create', {});
    writeFileSync(
      join(backupDir(backend.dataDir), foreign.fileName),
      readFileSync(join(backupDir(other.dataDir), foreign.fileName)),
    );

    const live = databaseFile(backend.dataDir);
    await call(backend, 'security.lock', {});
    const liveBefore = hash(live);
    await call(backend, 'security.unlock', { passphrase: PASSPHRASE });
    for (const [fileName, why] of [
      [truncated.fileName, /damaged or truncated|does not open/],
      [foreign.fileName, /another installation or with another passphrase/],
    ] as const) {
      const failure = await failureOf(call(backend, 'backups.restore', { fileName }));
      expect(failure.code).toBe('BACKUP_UNUSABLE');
      expect(failure.message).toMatch(why);
      expect(failure.message).toContain('Nothing was changed');
    }
    await call(backend, 'security.lock', {});
    expect(hash(live)).toBe(liveBefore);
  });

  it('moves to a new laptop: an encrypted copy under its own passphrase, imported there', async () => {
    const old = await encrypted();
    const [sample] = await call(old, 'workspaces.list', {});
    await call(old, 'sites.create', {
      workspaceId: sample!.id,
      fields: { name: 'Residence Bravo', kind: 'residence' },
    });
    const copy = await call(old, 'backups.exportCopy', { passphrase: 'for the move only' });
    expect(copy.fileName).toMatch(/\.cplandb$/);

    const laptop = openBackend({ interactive: true });
    await call(laptop, 'security.setPassphrase', { passphrase: 'the new laptop' });
    const wrong = await failureOf(call(laptop, 'backups.importCopy', { data: copy.data, passphrase: PASSPHRASE }));
    expect(wrong.code).toBe('BACKUP_UNUSABLE');
    const notACopy = await failureOf(
      call(laptop, 'backups.importCopy', { data: Buffer.from('hello').toString('base64'), passphrase: 'x' }),
    );
    expect(notACopy.code).toBe('BACKUP_UNUSABLE');
    expect((await call(laptop, 'workspaces.list', {})).length).toBe(1);

    const imported = await call(laptop, 'backups.importCopy', { data: copy.data, passphrase: 'for the move only' });
    expect(imported.safetyBackup.reason).toBe('before-import');
    const sites = await call(laptop, 'sites.list', { workspaceId: sample!.id });
    expect(sites.map((site) => site.name)).toContain('Residence Bravo');
    // The laptop's own passphrase opens it from now on.
    await call(laptop, 'security.lock', {});
    await call(laptop, 'security.unlock', { passphrase: 'the new laptop' });
    expect(readdirSync(laptop.dataDir).filter((name) => /\.(new|old|export)$/.test(name))).toEqual([]);
  });
});

describe('recovery that never strands', () => {
  const openBackend = useTestBackends({ samplePlan: false });

  /** Overwrites some bytes in the middle of a page past the first one. */
  function damage(file: string): void {
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(3000, 0x55), 0, 3000, 4096 * 3 + 500);
    closeSync(fd);
  }

  it('shows the damaged file and its backups, checks the chosen backup, and restores it', async () => {
    const backend = openBackend({ interactive: true });
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    const [sample] = await call(backend, 'workspaces.list', {});
    await call(backend, 'backups.create', {});
    backend.close();
    const file = databaseFile(backend.dataDir);
    damage(file);

    const reopened = openBackend({ dataDir: backend.dataDir, interactive: true });
    await call(reopened, 'security.unlock', { passphrase: PASSPHRASE });
    const status = await call(reopened, 'security.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem?.code).toBe('DATABASE_CORRUPT');
    expect(status.problem?.message).toContain(file);
    expect(status.problem?.backups).toHaveLength(1);
    expect((await failureOf(call(reopened, 'workspaces.list', {}))).code).toBe('LOCKED');

    const wrong = await failureOf(
      call(reopened, 'security.recover', { backup: status.problem!.backups[0]!.fileName, passphrase: 'wrong one' }),
    );
    expect(wrong.code).toBe('BACKUP_UNUSABLE');
    expect(readdirSync(reopened.dataDir).some((name) => name.includes('.damaged-'))).toBe(false);

    await call(reopened, 'security.recover', { backup: status.problem!.backups[0]!.fileName, passphrase: PASSPHRASE });
    expect((await call(reopened, 'security.status', {})).state).toBe('unlocked');
    expect((await call(reopened, 'workspaces.list', {}))[0]!.id).toBe(sample!.id);
    expect(readdirSync(reopened.dataDir).some((name) => name.includes('.damaged-'))).toBe(true);
  });

  it('tells a damaged first page from a wrong passphrase by trying the backups', async () => {
    const backend = openBackend({ interactive: true });
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    await call(backend, 'backups.create', {});
    backend.close();
    const fd = openSync(databaseFile(backend.dataDir), 'r+');
    writeSync(fd, Buffer.alloc(200, 0x55), 0, 200, 100);
    closeSync(fd);

    const reopened = openBackend({ dataDir: backend.dataDir, interactive: true });
    expect((await failureOf(call(reopened, 'security.unlock', { passphrase: 'wrong one' }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
    await call(reopened, 'security.unlock', { passphrase: PASSPHRASE });
    const status = await call(reopened, 'security.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem?.message).toContain('opens your backups but not the database');
  });

  it('starts a new database when there is no backup, keeping the damaged file', async () => {
    const backend = openBackend({ interactive: true });
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    backend.close();
    damage(databaseFile(backend.dataDir));

    const reopened = openBackend({ dataDir: backend.dataDir, interactive: true });
    await call(reopened, 'security.unlock', { passphrase: PASSPHRASE });
    const status = await call(reopened, 'security.status', {});
    expect(status).toMatchObject({ state: 'damaged', problem: { backups: [] } });
    const missing = await failureOf(call(reopened, 'security.recover', { backup: null }));
    expect(missing.message).toContain('Enter the passphrase');
    await call(reopened, 'security.recover', { backup: null, passphrase: PASSPHRASE });
    expect(await call(reopened, 'security.status', {})).toMatchObject({ state: 'unlocked', encrypted: true });
    expect(readdirSync(reopened.dataDir).some((name) => name.includes('.damaged-'))).toBe(true);
  });

  it('repairs damage confined to the search index by rebuilding it', async () => {
    const backend = openBackend({ samplePlan: true });
    await backend.ready;
    const [sample] = await call(backend, 'workspaces.list', {});
    const found = await call(backend, 'search.query', { workspaceId: sample!.id, query: 'evacuation' });
    expect(found.plans.length).toBeGreaterThan(0);
    // Remove one section's words from the index without touching the section: the index no longer matches.
    const row = backend.db.prepare('SELECT id, scope, heading, body FROM plan_sections LIMIT 1').get() as Record<
      string,
      unknown
    >;
    backend.db
      .prepare(
        "INSERT INTO plan_sections_fts (plan_sections_fts, rowid, scope, heading, body) VALUES ('delete', ?, ?, ?, ?)",
      )
      .run(row.id, row.scope, row.heading, row.body);
    backend.close();

    const reopened = openBackend({ dataDir: backend.dataDir });
    const status = await call(reopened, 'security.status', {});
    expect(status.state).toBe('unlocked');
    expect(status.repairedIndexes).toContain('plan_sections_fts');
    expect(await call(reopened, 'search.query', { workspaceId: sample!.id, query: 'evacuation' })).toEqual(found);
  });
});
