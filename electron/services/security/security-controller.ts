import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Api } from '#shared/contract';
import { ApiFailure } from '#shared/contract/errors';
import type { AppPreferences, PreferencesPatch } from '#shared/contract/preferences';
import type { BackupInfo, BackupReason, SecurityState, SecurityStatus } from '#shared/contract/security';
import { createBackup, findBackup, listBackups, rotateBackups, verifyCopy, type Backup } from '#electron/db/backups';
import { databaseFile, incomingFile, swapInDatabaseFile } from '#electron/db/database-file';
import {
  applyKey,
  deriveKey,
  deriveKeySync,
  isEncryptedFile,
  keyFromBytes,
  keyToBytes,
  newSalt,
  readSalt,
  rekey,
  type DatabaseKey,
} from '#electron/db/encryption';
import { migrations } from '#electron/db/migrations';
import { databaseExists, openDatabase, type OpenedDatabase } from '#electron/db/open-database';
import { makePrivate, shredFile } from '#electron/db/private-files';
import { recoverDatabase } from '#electron/db/recovery';
import { Database } from '#electron/db/sqlite';
import type { EventBus } from '#electron/services/events';
import type { PreferencesStore } from '#electron/services/preferences/preferences-store';
import type { KeyVault } from './key-vault';

const DAY_MS = 24 * 60 * 60 * 1000;
const BACKUP_CHECK_MS = 60 * 60 * 1000;
const latestSchema = () => migrations.at(-1)?.version ?? 0;

/** What the controller runs on an open database: the data services (see `session.ts`). */
export interface SessionHandle {
  ready: Promise<void>;
  close(): void;
}

export interface SecurityControllerOptions<S extends SessionHandle> {
  dataDir: string;
  /**
   * Desktop and browser mode: ask the first-run question before creating or opening an unencrypted
   * database. The CLI and tests open one without asking.
   */
  interactive: boolean;
  events: EventBus;
  preferences: PreferencesStore;
  vault?: KeyVault;
  busyTimeoutMs?: number;
  openSession(opened: OpenedDatabase): S;
  onBackgroundError(what: string, error: unknown): void;
  now?: () => Date;
}

type SecurityApi = Pick<
  Api,
  | 'security.status'
  | 'security.setPassphrase'
  | 'security.continueWithoutEncryption'
  | 'security.unlock'
  | 'security.lock'
  | 'security.activity'
  | 'security.changePassphrase'
  | 'security.recover'
  | 'app.preferences.get'
  | 'app.preferences.set'
  | 'backups.list'
  | 'backups.create'
  | 'backups.restore'
  | 'backups.exportCopy'
  | 'backups.importCopy'
>;

const publicInfo = ({ file: _file, ...info }: Backup): BackupInfo => info;

function locked(): ApiFailure {
  return new ApiFailure('LOCKED', 'The database is locked: unlock it with its passphrase first.');
}

/**
 * The database's lifecycle: set up (first-run question), locked, unlocked, damaged; the key held
 * while unlocked and dropped on lock; idle lock; backups (daily, before risky steps, on request,
 * restore, encrypted copies); passphrase changes and encryption of an unencrypted database. It opens
 * a session (the data services) on unlock and closes it on lock.
 */
export function createSecurityController<S extends SessionHandle>(options: SecurityControllerOptions<S>) {
  const { dataDir, events, preferences, vault } = options;
  const now = options.now ?? (() => new Date());
  const file = databaseFile(dataDir);
  let state: SecurityState = 'locked';
  let key: DatabaseKey | null = null;
  let opened: OpenedDatabase | null = null;
  let session: S | null = null;
  let problem: SecurityStatus['problem'] = null;
  let repairedIndexes: string[] = [];
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let idleDeadline: number | null = null;
  const backupTimer = setInterval(() => dailyBackup(), BACKUP_CHECK_MS);
  backupTimer.unref?.();

  const encrypted = () => (opened ? opened.encrypted : key !== null || isEncryptedFile(file));
  const remembered = () => Boolean(vault?.available() && vault.has() && preferences.read().security.rememberOnDevice);

  function status(): SecurityStatus {
    return {
      state,
      encrypted: encrypted(),
      databaseExists: databaseExists(dataDir),
      dataDir,
      databaseFile: file,
      canRemember: Boolean(vault?.available()),
      remembered: remembered(),
      idleLockMinutes: preferences.read().security.idleLockMinutes,
      problem,
      repairedIndexes,
    };
  }

  function setProblem(failure: ApiFailure): void {
    problem = { code: failure.code, message: failure.message, backups: listBackups(dataDir).map(publicInfo) };
  }

  function requireOpen(): { db: Database; opened: OpenedDatabase } {
    if (state !== 'unlocked' || !opened) throw locked();
    return { db: opened.db, opened };
  }

  /** Opens the database with this key (null: unencrypted) and starts a session on it. */
  function open(withKey: DatabaseKey | null, reason: 'unlock' | 'restore' = 'unlock'): void {
    let result: OpenedDatabase;
    try {
      result = openDatabase({
        dataDir,
        key: withKey,
        busyTimeoutMs: options.busyTimeoutMs,
        rotation: preferences.read().backups,
      });
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'DATABASE_CORRUPT') {
        withKey?.dispose();
        state = 'damaged';
        setProblem(error);
        return;
      }
      if (
        error instanceof ApiFailure &&
        (error.code === 'DATABASE_NEWER_THAN_APP' || error.code === 'MIGRATION_FAILED')
      ) {
        withKey?.dispose();
        state = 'unavailable';
        setProblem(error);
        return;
      }
      throw error;
    }
    opened = result;
    key = result.encrypted ? withKey : null;
    if (!result.encrypted) withKey?.dispose();
    repairedIndexes = result.repairedIndexes;
    problem = null;
    try {
      session = options.openSession(result);
    } catch (error) {
      result.db.close();
      opened = null;
      throw error;
    }
    state = 'unlocked';
    if (!result.created) dailyBackup();
    restartIdleTimer();
    events.emit('security.changed', { state, reason });
  }

  function closeSession(): void {
    session?.close();
    session = null;
    if (opened?.db.open) opened.db.close();
    opened = null;
  }

  function lock(reason: 'idle' | 'user'): void {
    if (state !== 'unlocked' || !encrypted()) return;
    closeSession();
    key?.dispose();
    key = null;
    state = 'locked';
    stopIdleTimer();
    events.emit('security.changed', { state, reason });
  }

  function stopIdleTimer(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = undefined;
    idleDeadline = null;
  }

  function restartIdleTimer(): void {
    stopIdleTimer();
    if (state !== 'unlocked' || !key) return;
    const ms = preferences.read().security.idleLockMinutes * 60_000;
    idleDeadline = Date.now() + ms;
    idleTimer = setTimeout(() => lock('idle'), ms);
    idleTimer.unref?.();
  }

  function backup(reason: BackupReason): Backup {
    const { db } = requireOpen();
    const made = createBackup(db, dataDir, reason, now());
    rotateBackups(dataDir, preferences.read().backups);
    return made;
  }

  /** At least one backup a day: on unlock and every hour, when the newest is older than a day. */
  function dailyBackup(): void {
    if (state !== 'unlocked') return;
    try {
      const newest = listBackups(dataDir)[0];
      if (newest && now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return;
      backup('daily');
    } catch (error) {
      options.onBackgroundError('daily backup', error);
    }
  }

  function keyOfFile(passphrase: string, of = file): Promise<DatabaseKey> {
    const salt = readSalt(of);
    if (!salt) throw new ApiFailure('DATABASE_CORRUPT', `${of} is not an encrypted database.`, { file: of });
    return deriveKey(passphrase, salt);
  }

  /** The newest encrypted backup, whose salt a passphrase is tried with. */
  function newestEncryptedBackup(): { file: string; salt: Buffer } | null {
    const newest = listBackups(dataDir).find((backup) => backup.encrypted);
    const salt = newest ? readSalt(newest.file) : null;
    return newest && salt ? { file: newest.file, salt } : null;
  }

  /** Whether this key opens the backup: then a database it does not open is damaged, not wrongly unlocked. */
  function opensBackup(backup: { file: string }, backupKey: DatabaseKey): boolean {
    try {
      verifyCopy(backup.file, backupKey, latestSchema());
      return true;
    } catch {
      return false;
    } finally {
      backupKey.dispose();
    }
  }

  function damagedFirstPage(): void {
    state = 'damaged';
    setProblem(
      new ApiFailure(
        'DATABASE_CORRUPT',
        `The passphrase opens your backups but not the database ${file}: the database file is damaged. ` +
          'Restore a backup or start a new database; the damaged file is kept aside either way.',
        { file },
      ),
    );
  }

  /**
   * Writes a re-encrypted copy of an unencrypted or encrypted file into the incoming place, checks it
   * opens with the new key, and swaps it in. The database must be closed.
   */
  function reencryptInto(source: string, sourceKey: DatabaseKey | null, nextKey: DatabaseKey): void {
    const incoming = incomingFile(dataDir);
    shredFile(incoming);
    const db = new Database(source, { fileMustExist: true });
    try {
      if (sourceKey) applyKey(db, sourceKey);
      db.prepare('VACUUM INTO ?').run(incoming);
    } finally {
      db.close();
    }
    makePrivate(incoming);
    rekeyFile(incoming, sourceKey, nextKey);
    verifyCopy(incoming, nextKey, latestSchema());
    swapInDatabaseFile(dataDir);
  }

  /** Re-encrypts a closed, non-WAL file in place (its rollback journal kept in memory: no plaintext journal on disk). */
  function rekeyFile(target: string, fromKey: DatabaseKey | null, toKey: DatabaseKey): void {
    const db = new Database(target, { fileMustExist: true });
    try {
      if (fromKey) applyKey(db, fromKey);
      db.pragma('journal_mode = MEMORY');
      rekey(db, toKey);
    } finally {
      db.close();
    }
  }

  /** After encryption or a passphrase change: every backup is re-encrypted with the new key (or removed if it cannot be). */
  function reencryptBackups(fromKey: DatabaseKey | null, toKey: DatabaseKey): void {
    for (const backup of listBackups(dataDir)) {
      const sameAsNew = backup.encrypted && readSalt(backup.file)?.equals(toKey.salt);
      if (sameAsNew) continue;
      const temporary = `${backup.file}.rekey`;
      try {
        const db = new Database(backup.file, { readonly: true, fileMustExist: true });
        try {
          if (backup.encrypted && fromKey) applyKey(db, fromKey);
          db.prepare('VACUUM INTO ?').run(temporary);
        } finally {
          db.close();
        }
        rekeyFile(temporary, backup.encrypted ? fromKey : null, toKey);
        verifyCopy(temporary, toKey, latestSchema());
        makePrivate(temporary);
        shredFile(backup.file);
        // The re-encrypted copy keeps the backup's name, so its date and reason.
        renameSync(temporary, backup.file);
      } catch (error) {
        options.onBackgroundError(`re-encrypting backup ${backup.fileName}`, error);
        shredFile(temporary);
        if (!backup.encrypted) shredFile(backup.file);
      }
    }
  }

  /** First unlock with a passphrase given at start (CLI, browser mode's --passphrase-file), blocking. */
  function startWith(passphrase: string | undefined): void {
    const exists = databaseExists(dataDir);
    if (exists && isEncryptedFile(file)) {
      if (passphrase !== undefined) {
        try {
          return open(deriveKeySync(passphrase, readSalt(file)!));
        } catch (error) {
          const newest = newestEncryptedBackup();
          const wrong = error instanceof ApiFailure && error.code === 'WRONG_PASSPHRASE';
          if (wrong && newest && opensBackup(newest, deriveKeySync(passphrase, newest.salt))) return damagedFirstPage();
          throw error;
        }
      }
      if (remembered()) {
        const kept = vault!.load();
        if (kept) {
          try {
            return open(keyFromBytes(kept));
          } catch (error) {
            if (!(error instanceof ApiFailure && error.code === 'WRONG_PASSPHRASE')) throw error;
          }
        }
      }
      state = 'locked';
      return;
    }
    if (!exists && passphrase !== undefined) return open(deriveKeySync(passphrase, newSalt()));
    if (!options.interactive || preferences.read().security.plaintextAccepted) return open(null);
    state = 'setup';
  }

  async function unlockWithPassphrase(passphrase: string): Promise<void> {
    const derived = await keyOfFile(passphrase);
    try {
      open(derived);
    } catch (error) {
      derived.dispose();
      const newest = newestEncryptedBackup();
      const wrong = error instanceof ApiFailure && error.code === 'WRONG_PASSPHRASE';
      if (wrong && newest && opensBackup(newest, await deriveKey(passphrase, newest.salt))) return damagedFirstPage();
      throw error;
    }
  }

  function setPreferences(patch: PreferencesPatch): AppPreferences {
    const touchesProtected = patch.security !== undefined || patch.backups !== undefined;
    if (touchesProtected && state !== 'unlocked') throw locked();
    if (patch.security?.rememberOnDevice === true) {
      if (!vault?.available()) {
        throw new ApiFailure(
          'INVALID_INPUT',
          'This device cannot keep the key: there is no operating-system keychain here (desktop app only).',
          { issues: [{ path: ['security', 'rememberOnDevice'], message: 'Not available on this device' }] },
        );
      }
      if (!key) {
        throw new ApiFailure('INVALID_INPUT', 'The database is not encrypted: there is no key to remember.', {
          issues: [{ path: ['security', 'rememberOnDevice'], message: 'Set a passphrase first' }],
        });
      }
      vault.save(keyToBytes(key));
    }
    if (patch.security?.rememberOnDevice === false) vault?.clear();
    const next = preferences.update(patch);
    if (patch.security?.idleLockMinutes !== undefined) restartIdleTimer();
    if (patch.backups) rotateBackups(dataDir, next.backups);
    return next;
  }

  /** A copy that arrived as bytes: written privately, checked with its own passphrase, or refused and removed. */
  async function receiveCopy(data: string, passphrase: string): Promise<{ file: string; key: DatabaseKey }> {
    const incoming = incomingFile(dataDir);
    shredFile(incoming);
    writeFileSync(incoming, Buffer.from(data, 'base64'), { mode: 0o600 });
    try {
      if (!isEncryptedFile(incoming)) {
        throw new ApiFailure(
          'BACKUP_UNUSABLE',
          'The file is not an encrypted copy made by "Export an encrypted copy" (or it is truncated). Nothing was changed.',
        );
      }
      const copyKey = await keyOfFile(passphrase, incoming);
      try {
        verifyCopy(incoming, copyKey, latestSchema());
      } catch (error) {
        copyKey.dispose();
        throw error;
      }
      return { file: incoming, key: copyKey };
    } catch (error) {
      shredFile(incoming);
      throw error;
    }
  }

  const api: SecurityApi = {
    'security.status': () => status(),
    'security.setPassphrase': async ({ passphrase }) => {
      const plaintextOpen = state === 'unlocked' && !encrypted();
      const plaintextWaiting = state === 'setup' && databaseExists(dataDir);
      if (state === 'setup' && !plaintextWaiting) {
        open(await deriveKey(passphrase, newSalt()));
        return status();
      }
      if (!plaintextOpen && !plaintextWaiting) {
        throw new ApiFailure('CONFLICT', 'The database is already encrypted: change its passphrase instead.');
      }
      const nextKey = await deriveKey(passphrase, newSalt());
      if (plaintextOpen) {
        backup('before-passphrase-change');
        closeSession();
      }
      reencryptInto(file, null, nextKey);
      reencryptBackups(null, nextKey);
      open(nextKey);
      return status();
    },
    'security.continueWithoutEncryption': () => {
      if (state !== 'setup') throw new ApiFailure('CONFLICT', 'There is no first-run question to answer.');
      preferences.update({ security: { plaintextAccepted: true } });
      open(null);
      return status();
    },
    'security.unlock': async ({ passphrase, useDevice }) => {
      if (state === 'unlocked') return status();
      if (state !== 'locked') throw new ApiFailure('CONFLICT', `The database cannot be unlocked now (${state}).`);
      if (passphrase !== undefined) await unlockWithPassphrase(passphrase);
      else {
        const kept = useDevice && remembered() ? vault!.load() : null;
        if (!kept) {
          throw new ApiFailure('WRONG_PASSPHRASE', 'No key is kept on this device any more: enter the passphrase.');
        }
        open(keyFromBytes(kept));
      }
      return status();
    },
    'security.lock': () => {
      lock('user');
      return status();
    },
    'security.activity': () => {
      if (state === 'unlocked' && key) restartIdleTimer();
      return {
        lockInSeconds: idleDeadline === null ? null : Math.max(0, Math.round((idleDeadline - Date.now()) / 1000)),
      };
    },
    'security.changePassphrase': async ({ current, next }) => {
      requireOpen();
      if (!key) throw new ApiFailure('CONFLICT', 'The database is not encrypted: set a passphrase instead.');
      const check = await deriveKey(current, key.salt);
      const matches = check.equals(key);
      check.dispose();
      if (!matches) throw new ApiFailure('WRONG_PASSPHRASE', 'The current passphrase is wrong. Nothing was changed.');
      const nextKey = await deriveKey(next, newSalt());
      backup('before-passphrase-change');
      const oldKey = key;
      closeSession();
      key = null;
      try {
        reencryptInto(file, oldKey, nextKey);
      } catch (error) {
        nextKey.dispose();
        open(oldKey);
        throw error;
      }
      reencryptBackups(oldKey, nextKey);
      oldKey.dispose();
      if (remembered()) vault!.save(keyToBytes(nextKey));
      open(nextKey);
      return status();
    },
    'security.recover': async ({ backup: fileName, passphrase }) => {
      if (state !== 'damaged')
        throw new ApiFailure('CONFLICT', 'The database is not damaged: there is nothing to recover.');
      const chosen = fileName === null ? null : findBackup(dataDir, fileName);
      const wasEncrypted = chosen
        ? chosen.encrypted
        : isEncryptedFile(file) || listBackups(dataDir).some((b) => b.encrypted);
      if (wasEncrypted && passphrase === undefined) {
        throw new ApiFailure('INVALID_INPUT', 'Enter the passphrase: the backups are encrypted with it.', {
          issues: [{ path: ['passphrase'], message: 'Enter the passphrase' }],
        });
      }
      const recoveryKey = chosen?.encrypted ? await keyOfFile(passphrase!, chosen.file) : null;
      try {
        recoverDatabase(
          dataDir,
          chosen ? { from: 'backup', fileName: chosen.fileName } : { from: 'new-database' },
          recoveryKey,
        );
      } catch (error) {
        recoveryKey?.dispose();
        throw error;
      }
      const nextKey = recoveryKey ?? (passphrase !== undefined ? await deriveKey(passphrase, newSalt()) : null);
      open(nextKey, 'restore');
      return status();
    },
    'app.preferences.get': () => preferences.read(),
    'app.preferences.set': (patch) => setPreferences(patch),
    'backups.list': () => {
      requireOpen();
      return listBackups(dataDir).map(publicInfo);
    },
    'backups.create': () => publicInfo(backup('manual')),
    'backups.restore': ({ fileName }) => {
      requireOpen();
      const chosen = findBackup(dataDir, fileName);
      verifyCopy(chosen.file, chosen.encrypted ? key : null, latestSchema());
      if (chosen.encrypted !== Boolean(key)) {
        throw new ApiFailure(
          'BACKUP_UNUSABLE',
          `${chosen.file} cannot be restored: it is ${chosen.encrypted ? 'encrypted' : 'not encrypted'} and the database is not. Nothing was changed.`,
        );
      }
      const safety = backup('before-restore');
      const keyCopy = key?.copy() ?? null;
      closeSession();
      const incoming = incomingFile(dataDir);
      shredFile(incoming);
      const db = new Database(chosen.file, { readonly: true, fileMustExist: true });
      try {
        if (keyCopy) applyKey(db, keyCopy);
        db.prepare('VACUUM INTO ?').run(incoming);
      } finally {
        db.close();
      }
      makePrivate(incoming);
      swapInDatabaseFile(dataDir);
      key?.dispose();
      key = null;
      open(keyCopy, 'restore');
      return { restored: publicInfo(chosen), safetyBackup: publicInfo(safety) };
    },
    'backups.exportCopy': async ({ passphrase }) => {
      const { db } = requireOpen();
      const exportKey = await deriveKey(passphrase, newSalt());
      const target = `${file}.export`;
      shredFile(target);
      try {
        db.prepare('VACUUM INTO ?').run(target);
        makePrivate(target);
        rekeyFile(target, key, exportKey);
        verifyCopy(target, exportKey, latestSchema());
        const bytes = readFileSync(target);
        const day = now().toISOString().slice(0, 10);
        return { fileName: `contingency-planner-${day}.cplandb`, data: bytes.toString('base64'), size: bytes.length };
      } finally {
        exportKey.dispose();
        shredFile(target);
      }
    },
    'backups.importCopy': async ({ data, passphrase }) => {
      requireOpen();
      const copy = await receiveCopy(data, passphrase);
      const safety = backup('before-import');
      const installationKey = key ? key.copy() : null;
      closeSession();
      try {
        if (installationKey) rekeyFile(copy.file, copy.key, installationKey);
        swapInDatabaseFile(dataDir);
      } catch (error) {
        shredFile(copy.file);
        open(installationKey);
        throw error;
      }
      key?.dispose();
      key = null;
      const nextKey = installationKey ?? copy.key;
      if (installationKey) copy.key.dispose();
      open(nextKey, 'restore');
      return { safetyBackup: publicInfo(safety) };
    },
  };

  return {
    api,
    startWith,
    /** The open session (throws LOCKED when there is none). */
    session(): S {
      if (state !== 'unlocked' || !session) throw locked();
      return session;
    },
    get db(): Database {
      return requireOpen().db;
    },
    get schemaVersion(): number | null {
      return opened?.schemaVersion ?? null;
    },
    /** A backup before a risky step of a data service (an import). */
    backupNow(reason: BackupReason): void {
      backup(reason);
    },
    /** The session's readiness (its sample plan generated), or null while locked. */
    readyOrNull(): Promise<void> | null {
      return state === 'unlocked' && session ? session.ready : null;
    },
    /** Any API call but status checks counts as activity. */
    touch(): void {
      if (state === 'unlocked' && key) restartIdleTimer();
    },
    dispose(): void {
      clearInterval(backupTimer);
      stopIdleTimer();
      closeSession();
      key?.dispose();
      key = null;
    },
    exists: () => existsSync(file),
  };
}

export type SecurityController<S extends SessionHandle> = ReturnType<typeof createSecurityController<S>>;
