import { z } from 'zod';
import { emptyInput } from './common';
import { defineMethods } from './define';
import { MAX_UPLOAD_BYTES } from './export';
import { MIN_PASSPHRASE_LENGTH, backupInfoSchema } from './security';

const MAX_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

export const encryptedCopySchema = z.object({
  fileName: z.string(),
  /** Base64 of the encrypted database file. */
  data: z.string(),
  size: z.number().int(),
});

export const backupMethods = defineMethods({
  'backups.list': {
    summary: 'The backups in the data folder, newest first.',
    input: emptyInput,
    output: z.array(backupInfoSchema),
  },
  'backups.create': {
    summary: 'Back up the database now (encrypted like the database).',
    input: emptyInput,
    output: backupInfoSchema,
  },
  'backups.restore': {
    summary:
      'Replace the database with a backup, after checking it opens and is intact; the current state is backed up first.',
    input: z.object({ fileName: z.string().min(1).max(255) }).strict(),
    output: z.object({ restored: backupInfoSchema, safetyBackup: backupInfoSchema }),
  },
  'backups.exportCopy': {
    summary: 'An encrypted copy of the database, under a passphrase of its own, to move to another computer.',
    input: z
      .object({
        passphrase: z
          .string()
          .min(MIN_PASSPHRASE_LENGTH, `Use at least ${MIN_PASSPHRASE_LENGTH} characters`)
          .max(1024, 'At most 1024 characters'),
      })
      .strict(),
    output: encryptedCopySchema,
  },
  'backups.importCopy': {
    summary:
      'Replace the database with an encrypted copy from another computer (its own passphrase); the current state is backed up first.',
    input: z
      .object({
        data: z
          .string()
          .min(1, 'The file is empty')
          .max(MAX_BASE64, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64 file data'),
        passphrase: z.string().min(1, 'Enter the passphrase of the copy').max(1024),
      })
      .strict(),
    output: z.object({ safetyBackup: backupInfoSchema }),
  },
});
