import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '#electron/db/backups';
import { databaseFile } from '#electron/db/database-file';
import { useTestBackends } from '#electron/test-support/backend';
import { call, failureOf } from '#electron/test-support/call';
import { fileContains, readWithPlainSqlite, readWithPython } from '#electron/test-support/plain-sqlite';

const PASSPHRASE = 'correct horse battery staple';
/** Text of the sample mission that must never be readable in a file. */
const KNOWN_PLAINTEXT = ['Head Office Velmar', 'Mission to Karavia'];

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectUnreadable(file: string): void {
  expect(existsSync(file), file).toBe(true);
  const plain = readWithPlainSqlite(file);
  expect(plain.ok, `${file}: ${plain.output}`).toBe(false);
  expect(plain.output).toMatch(/not a database|encrypted/i);
  expect(readWithPython(file).ok).toBe(false);
  for (const text of KNOWN_PLAINTEXT) expect(fileContains(file, text), `${file} contains "${text}"`).toBe(false);
}

describe('encryption at rest', () => {
  const openBackend = useTestBackends({ samplePlan: false, interactive: true });

  it('asks first, then creates the database encrypted: file, WAL and backups unreadable without the key', async () => {
    const backend = openBackend();
    const first = await call(backend, 'security.status', {});
    expect(first).toMatchObject({ state: 'setup', databaseExists: false });
    expect((await failureOf(call(backend, 'workspaces.list', {}))).code).toBe('LOCKED');

    const status = await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({ state: 'unlocked', encrypted: true });
    const [sample] = await call(backend, 'workspaces.list', {});
    await call(backend, 'sites.create', {
      workspaceId: sample!.id,
      fields: { name: 'Residence Bravo', kind: 'residence' },
    });
    await call(backend, 'backups.create', {});

    const file = databaseFile(backend.dataDir);
    // While open, the newest writes are in the WAL: it is encrypted too.
    expect(existsSync(`${file}-wal`)).toBe(true);
    for (const target of [file, `${file}-wal`, ...listBackups(backend.dataDir).map((backup) => backup.file)]) {
      expectUnreadable(target);
      expect(fileContains(target, 'Residence Bravo')).toBe(false);
    }
  });

  it('keeps the folder and every file private to the user', async () => {
    const backend = openBackend();
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    await call(backend, 'app.preferences.set', { security: { idleLockMinutes: 30 } });
    await call(backend, 'backups.create', {});
    expect(statSync(backend.dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(backend.dataDir, 'backups')).mode & 0o777).toBe(0o700);
    const files = [
      ...readdirSync(backend.dataDir).filter((name) => name !== 'backups'),
      ...readdirSync(join(backend.dataDir, 'backups')).map((name) => join('backups', name)),
    ];
    expect(files).toEqual(
      expect.arrayContaining(['planner.db', 'planner.db-wal', 'planner.db-shm', 'preferences.json']),
    );
    for (const name of files) expect(statSync(join(backend.dataDir, name)).mode & 0o777, name).toBe(0o600);
  });

  it('locks (only app.* and security.* answer), refuses a wrong passphrase without changing anything, and unlocks', async () => {
    const backend = openBackend();
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    const before = await call(backend, 'workspaces.list', {});
    expect((await call(backend, 'security.lock', {})).state).toBe('locked');

    const locked = await failureOf(call(backend, 'workspaces.list', {}));
    expect(locked.code).toBe('LOCKED');
    expect(locked.message).toContain('unlock');
    expect((await failureOf(call(backend, 'backups.list', {}))).code).toBe('LOCKED');
    expect((await call(backend, 'app.info', {})).schemaVersion).toBeNull();
    expect((await call(backend, 'app.preferences.get', {})).security.idleLockMinutes).toBe(15);
    expect((await failureOf(call(backend, 'app.preferences.set', { security: { idleLockMinutes: 1 } }))).code).toBe(
      'LOCKED',
    );

    const file = databaseFile(backend.dataDir);
    const fileBefore = hash(file);
    const wrong = await failureOf(call(backend, 'security.unlock', { passphrase: 'not the passphrase' }));
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect(wrong.message).toContain('passphrase is wrong');
    expect(hash(file)).toBe(fileBefore);
    expect((await call(backend, 'security.status', {})).state).toBe('locked');

    const empty = await failureOf(call(backend, 'security.unlock', { passphrase: '' }));
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.message).toContain('Enter the passphrase');

    expect((await call(backend, 'security.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(await call(backend, 'workspaces.list', {})).toEqual(before);
  });

  it('opens with the passphrase given at start, and refuses a wrong one at start', async () => {
    const first = openBackend({ passphrase: PASSPHRASE });
    expect((await call(first, 'security.status', {})).state).toBe('unlocked');
    const dataDir = first.dataDir;
    first.close();
    expect(() => openBackend({ dataDir, passphrase: 'wrong passphrase' })).toThrow(/passphrase is wrong/);
    expect((await call(openBackend({ dataDir }), 'security.status', {})).state).toBe('locked');
  });

  it('refuses a short new passphrase, saying how long it must be', async () => {
    const backend = openBackend();
    const failure = await failureOf(call(backend, 'security.setPassphrase', { passphrase: 'short' }));
    expect(failure.code).toBe('INVALID_INPUT');
    expect(failure.message).toContain('at least 8 characters');
    expect((await call(backend, 'security.status', {})).state).toBe('setup');
  });

  it('changes the passphrase: the old one opens neither the database nor its backups any more', async () => {
    const backend = openBackend();
    await call(backend, 'security.setPassphrase', { passphrase: PASSPHRASE });
    await call(backend, 'backups.create', {});
    const wrong = await failureOf(
      call(backend, 'security.changePassphrase', { current: 'nope nope', next: 'a new passphrase' }),
    );
    expect(wrong.code).toBe('WRONG_PASSPHRASE');

    await call(backend, 'security.changePassphrase', { current: PASSPHRASE, next: 'a new passphrase' });
    const reasons = listBackups(backend.dataDir).map((backup) => backup.reason);
    expect(reasons).toContain('before-passphrase-change');
    expect((await call(backend, 'workspaces.list', {})).length).toBe(1);
    await call(backend, 'security.lock', {});
    expect((await failureOf(call(backend, 'security.unlock', { passphrase: PASSPHRASE }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
    await call(backend, 'security.unlock', { passphrase: 'a new passphrase' });

    // Every backup now opens with the new passphrase (and none with the old): restore checks that.
    for (const backup of await call(backend, 'backups.list', {})) {
      expect(backup.encrypted).toBe(true);
      await call(backend, 'backups.restore', { fileName: backup.fileName });
    }
    const other = openBackend({ dataDir: backend.dataDir, passphrase: 'a new passphrase', interactive: false });
    backend.close();
    expect((await call(other, 'workspaces.list', {})).length).toBe(1);
  });

  it('encrypts an existing unencrypted database in place, with its backups, and removes the plaintext', async () => {
    const plain = openBackend({ interactive: false });
    const [sample] = await call(plain, 'workspaces.list', {});
    await call(plain, 'sites.create', {
      workspaceId: sample!.id,
      fields: { name: 'Residence Bravo', kind: 'residence' },
    });
    await call(plain, 'backups.create', {});
    const file = databaseFile(plain.dataDir);
    expect(readWithPlainSqlite(file).ok).toBe(true);
    plain.close();

    // The desktop app asks at the next start, and the officer chooses to encrypt.
    const app = openBackend({ dataDir: plain.dataDir });
    expect(await call(app, 'security.status', {})).toMatchObject({
      state: 'setup',
      databaseExists: true,
      encrypted: false,
    });
    await call(app, 'security.setPassphrase', { passphrase: PASSPHRASE });
    expect(await call(app, 'security.status', {})).toMatchObject({ state: 'unlocked', encrypted: true });
    const sites = await call(app, 'sites.list', { workspaceId: sample!.id });
    expect(sites.map((site) => site.name)).toContain('Residence Bravo');

    expectUnreadable(file);
    const backups = listBackups(app.dataDir);
    expect(backups.length).toBeGreaterThan(0);
    for (const backup of backups) {
      expect(backup.encrypted).toBe(true);
      expectUnreadable(backup.file);
    }
    expect(readdirSync(app.dataDir).filter((name) => /\.(old|new|export)$/.test(name))).toEqual([]);
  });

  it('encrypts on request from the settings after "continue without encryption"', async () => {
    const backend = openBackend();
    await call(backend, 'security.continueWithoutEncryption', {});
    expect(await call(backend, 'security.status', {})).toMatchObject({ state: 'unlocked', encrypted: false });
    expect((await call(backend, 'app.preferences.get', {})).security.plaintextAccepted).toBe(true);
    backend.close();

    // Not asked again.
    const again = openBackend({ dataDir: backend.dataDir });
    expect((await call(again, 'security.status', {})).state).toBe('unlocked');
    await call(again, 'security.setPassphrase', { passphrase: PASSPHRASE });
    expectUnreadable(databaseFile(again.dataDir));
    const conflict = await failureOf(call(again, 'security.setPassphrase', { passphrase: PASSPHRASE }));
    expect(conflict.code).toBe('CONFLICT');
  });
});
