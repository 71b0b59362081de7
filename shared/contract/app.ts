import { z } from 'zod';
import { emptyInput } from './common';
import { defineMethods } from './define';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
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
});
