import { z } from 'zod';

/**
 * Installation-wide preferences: not secret, readable before unlock, kept in `preferences.json`
 * in the data folder (outside the encrypted database). Each section and key has a default, so a
 * file written by an older or newer app, or edited by hand, still reads: a key that is missing or
 * invalid takes its default, and keys this app does not know are kept when it writes the file.
 */
export const IDLE_LOCK_MINUTES = { min: 1, max: 480, default: 15 } as const;

const securityPreferencesSchema = z.object({
  /** Lock (close the database, drop the key) after this many minutes without activity. */
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max),
  /** Desktop: the key is kept on this device, encrypted by the operating system's keychain. */
  rememberOnDevice: z.boolean(),
  /** The officer chose to keep the database unencrypted; the first-run question is not asked again. */
  plaintextAccepted: z.boolean(),
});

const backupPreferencesSchema = z.object({
  /** Keep the newest backup of each of this many most recent days. */
  keepDaily: z.number().int().min(1).max(90),
  /** ... and the newest of each of this many most recent weeks. */
  keepWeekly: z.number().int().min(0).max(104),
});

export const appPreferencesSchema = z.object({
  security: securityPreferencesSchema,
  backups: backupPreferencesSchema,
});
export type AppPreferences = z.infer<typeof appPreferencesSchema>;

export const DEFAULT_PREFERENCES: AppPreferences = {
  security: { idleLockMinutes: IDLE_LOCK_MINUTES.default, rememberOnDevice: false, plaintextAccepted: false },
  backups: { keepDaily: 7, keepWeekly: 4 },
};

/**
 * What `app.preferences.set` changes: any subset of the keys. `plaintextAccepted` is not among
 * them: it is set by answering the first-run question (`security.continueWithoutEncryption`).
 */
export const preferencesPatchSchema = z
  .object({
    security: securityPreferencesSchema.omit({ plaintextAccepted: true }).partial().strict().optional(),
    backups: backupPreferencesSchema.partial().strict().optional(),
  })
  .strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;
