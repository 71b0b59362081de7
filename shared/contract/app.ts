import { z } from 'zod';
import { emptyInput } from './common';
import { defineMethods } from './define';
import { appPreferencesSchema, preferencesPatchSchema } from './preferences';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Null while the database is locked (or not created yet). */
  schemaVersion: z.number().int().nullable(),
  dataDir: z.string(),
  databaseFile: z.string(),
  transport: z.enum(['ipc', 'http', 'cli']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appMethods = defineMethods({
  'app.info': {
    summary: 'Version of the app, of the database schema, and where the data lives.',
    input: emptyInput,
    output: appInfoSchema,
  },
  'app.preferences.get': {
    summary: 'The installation-wide preferences (readable before unlock).',
    input: emptyInput,
    output: appPreferencesSchema,
  },
  'app.preferences.set': {
    summary: 'Change some preferences; security and backup keys only while unlocked. Returns all of them.',
    input: preferencesPatchSchema,
    output: appPreferencesSchema,
  },
});
