import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  appPreferencesSchema,
  DEFAULT_PREFERENCES,
  type AppPreferences,
  type PreferencesPatch,
} from '#shared/contract/preferences';
import { ensurePrivateDir, writePrivateFile } from '#electron/db/private-files';

export const PREFERENCES_FILE_NAME = 'preferences.json';

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `preferences.json` in the data folder. Read leniently, key by key: a missing or invalid value
 * takes its default (a hand-edited file never stops the app), and keys this version does not know
 * (a newer app's) are kept when the file is written.
 */
export function createPreferencesStore(dataDir: string) {
  const file = join(dataDir, PREFERENCES_FILE_NAME);
  // Read once (every API call consults the idle minutes); this store is the only writer.
  let cached: AppPreferences | null = null;

  function readRaw(): Raw {
    if (!existsSync(file)) return {};
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return isRecord(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }

  function read(): AppPreferences {
    cached ??= parse(readRaw());
    return cached;
  }

  function parse(raw: Raw): AppPreferences {
    const sections = appPreferencesSchema.shape;
    const result: Raw = {};
    for (const [section, schema] of Object.entries(sections)) {
      const given = isRecord(raw[section]) ? raw[section] : {};
      const defaults = DEFAULT_PREFERENCES[section as keyof AppPreferences] as Raw;
      const values: Raw = {};
      for (const [key, keySchema] of Object.entries(schema.shape)) {
        const parsed = (keySchema as { safeParse(value: unknown): { success: boolean; data?: unknown } }).safeParse(
          given[key],
        );
        values[key] = parsed.success ? parsed.data : defaults[key];
      }
      result[section] = values;
    }
    return result as AppPreferences;
  }

  /** Applies a patch (already validated) and returns the preferences as now stored. */
  function update(patch: PreferencesPatch | { security: { plaintextAccepted: boolean } }): AppPreferences {
    const raw = readRaw();
    const current = read();
    const next: Raw = { ...raw };
    for (const [section, values] of Object.entries(patch) as Array<[keyof AppPreferences, Raw | undefined]>) {
      if (!values) continue;
      next[section] = { ...(isRecord(raw[section]) ? raw[section] : {}), ...current[section], ...values };
    }
    ensurePrivateDir(dataDir);
    writePrivateFile(file, `${JSON.stringify(next, null, 2)}\n`);
    cached = parse(next);
    return cached;
  }

  return { file, read, update };
}

export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
