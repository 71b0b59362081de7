import { z } from 'zod';
import { emptyInput } from './common';
import { defineMethods } from './define';
import { ERROR_CODES } from './errors';

/**
 * Where the installation stands. `setup`: no database yet, or an unencrypted one the officer has not
 * been asked about (the first-run question); `locked`: encrypted and no key in memory; `unlocked`:
 * the data methods answer; `damaged`: the database failed its check and waits for a recovery choice;
 * `unavailable`: it cannot be opened by this app at all (e.g. written by a newer version).
 */
export const SECURITY_STATES = ['setup', 'locked', 'unlocked', 'damaged', 'unavailable'] as const;
export type SecurityState = (typeof SECURITY_STATES)[number];

export const BACKUP_REASONS = [
  'daily',
  'manual',
  'before-migration',
  'before-restore',
  'before-import',
  'before-passphrase-change',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupInfoSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  size: z.number().int(),
  encrypted: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const securityStatusSchema = z.object({
  state: z.enum(SECURITY_STATES),
  /** The database file is encrypted (a database about to be created with a passphrase counts). */
  encrypted: z.boolean(),
  databaseExists: z.boolean(),
  dataDir: z.string(),
  databaseFile: z.string(),
  /** This app can keep the key on this device (desktop, with an OS keychain). */
  canRemember: z.boolean(),
  /** A key is kept on this device: unlocking needs no passphrase. */
  remembered: z.boolean(),
  idleLockMinutes: z.number().int(),
  /** Why the database is damaged or unavailable, and the backups a recovery can restore. */
  problem: z.object({ code: z.enum(ERROR_CODES), message: z.string(), backups: z.array(backupInfoSchema) }).nullable(),
  /** Search indexes found damaged and rebuilt when the database was opened (nothing else was wrong). */
  repairedIndexes: z.array(z.string()),
});
export type SecurityStatus = z.infer<typeof securityStatusSchema>;

/** A new passphrase: long enough to resist guessing offline (the file may be stolen). */
export const MIN_PASSPHRASE_LENGTH = 8;
const newPassphrase = z
  .string()
  .min(1, 'Enter a passphrase')
  .min(MIN_PASSPHRASE_LENGTH, `Use at least ${MIN_PASSPHRASE_LENGTH} characters`)
  .max(1024, 'At most 1024 characters');
const givenPassphrase = z.string().min(1, 'Enter the passphrase').max(1024, 'At most 1024 characters');

export const securityMethods = defineMethods({
  'security.status': {
    summary: 'Whether the database is set up, locked, unlocked or damaged, and what can be done.',
    input: emptyInput,
    output: securityStatusSchema,
  },
  'security.setPassphrase': {
    summary: 'Encrypt with a new passphrase: a new database, or the existing unencrypted one in place.',
    input: z.object({ passphrase: newPassphrase }).strict(),
    output: securityStatusSchema,
  },
  'security.continueWithoutEncryption': {
    summary: 'Answer the first-run question with "not now": use an unencrypted database (not recommended).',
    input: emptyInput,
    output: securityStatusSchema,
  },
  'security.unlock': {
    summary: 'Open the encrypted database with its passphrase, or with the key kept on this device.',
    input: z
      .object({ passphrase: givenPassphrase.optional(), useDevice: z.boolean().optional() })
      .strict()
      .refine((input) => input.passphrase !== undefined || input.useDevice === true, {
        message: 'Enter the passphrase',
        path: ['passphrase'],
      }),
    output: securityStatusSchema,
  },
  'security.lock': {
    summary: 'Close the database and drop its key from memory now.',
    input: emptyInput,
    output: securityStatusSchema,
  },
  'security.activity': {
    summary: 'The officer is active: restart the idle-lock countdown.',
    input: emptyInput,
    output: z.object({ lockInSeconds: z.number().int().nullable() }),
  },
  'security.changePassphrase': {
    summary: 'Re-encrypt the database and its backups with a new passphrase (a backup is taken first).',
    input: z.object({ current: givenPassphrase, next: newPassphrase }).strict(),
    output: securityStatusSchema,
  },
  'security.recover': {
    summary:
      'Out of a damaged database: restore a backup (checked first) or start a new database; the damaged file is kept.',
    input: z
      .object({
        /** A backup's file name from the status, or null for a new database. */
        backup: z.string().min(1).max(255).nullable(),
        passphrase: givenPassphrase.optional(),
      })
      .strict(),
    output: securityStatusSchema,
  },
});
