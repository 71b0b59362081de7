import { contract, isSessionFreeMethod, type Api, type AppInfo, type MethodName } from '#shared/contract';
import { createDispatch, type Dispatch } from '#shared/contract/dispatch';
import { todayIso } from '#shared/domain/dates';
import type { RevisionPolicy } from '#electron/db/repositories/plans';
import type { Database } from '#electron/db/sqlite';
import { storageFailure } from '#electron/db/storage-errors';
import { createAppService } from './app/app-service';
import { createEventBus, type EventBus } from './events';
import { createPreferencesStore } from './preferences/preferences-store';
import type { KeyVault } from './security/key-vault';
import { createSecurityController } from './security/security-controller';
import { openSession, type DataApi, type DataMethod, type Session } from './session';
import { APP_NAME, APP_VERSION } from './version';
import { databaseFile } from '#electron/db/database-file';

export interface Backend {
  api: Api;
  dispatch: Dispatch;
  events: EventBus;
  /** The open database (throws LOCKED while locked). */
  readonly db: Database;
  /** Settles once the sample plan of a newly seeded sample is stored; calls through `dispatch` wait for it. */
  readonly ready: Promise<void>;
  close(): void;
}

export interface BackendOptions {
  dataDir: string;
  transport: AppInfo['transport'];
  /** Unlock (or create encrypted) at start with this passphrase: the CLI, browser mode's --passphrase-file. */
  passphrase?: string;
  /**
   * Ask the first-run question (set a passphrase, or continue unencrypted) before creating or
   * opening an unencrypted database: the desktop app and browser mode. Off: open it without asking.
   */
  interactive?: boolean;
  /** Where "remember on this device" keeps the key (desktop only). */
  keyVault?: KeyVault;
  /** Seed the fictional sample mission into a new database (on by default). */
  seedSample?: boolean;
  /** Generate the sample mission's plan once it is seeded (on by default; tests of plans start without it). */
  samplePlan?: boolean;
  onInternalError?: (method: string, error: unknown) => void;
  /** Check every method's output against its schema too (the test backend turns this on). */
  validateOutput?: boolean;
  /** The services' clock (today in UTC by default); tests fix it. */
  today?: () => string;
  /** The backups' clock; tests move it. */
  now?: () => Date;
  /** When plan revisions are kept; tests shorten it. */
  revisions?: RevisionPolicy;
  /** Delay before a saved plan is re-indexed for search. */
  indexDelayMs?: number;
  /** How long a write waits for another program's write lock (tests shorten it). */
  busyTimeoutMs?: number;
}

const DATA_METHODS = (Object.keys(contract) as MethodName[]).filter(
  (method): method is DataMethod => !isSessionFreeMethod(method) && !method.startsWith('backups.'),
);

/**
 * The one composition root for all entries. The security controller owns the database's
 * lifecycle (set up, locked, unlocked, damaged); each unlock opens a session of data services
 * (`session.ts`) and each lock closes it. Until then only app.* and security.* answer: every other
 * method answers LOCKED.
 */
export function openBackend(options: BackendOptions): Backend {
  const events = createEventBus();
  const preferences = createPreferencesStore(options.dataDir);
  const onInternalError =
    options.onInternalError ?? ((method: string, error: unknown) => console.error(`[api] ${method} failed:`, error));
  const security = createSecurityController<Session>({
    dataDir: options.dataDir,
    interactive: options.interactive ?? false,
    events,
    preferences,
    vault: options.keyVault,
    busyTimeoutMs: options.busyTimeoutMs,
    now: options.now,
    onBackgroundError: onInternalError,
    openSession: (opened) =>
      openSession({
        db: opened.db,
        dataDir: options.dataDir,
        events,
        today: options.today ?? (() => todayIso()),
        seedSample: options.seedSample !== false,
        samplePlan: options.samplePlan !== false,
        revisions: options.revisions,
        indexDelayMs: options.indexDelayMs,
        backupBefore: (reason) => security.backupNow(reason),
        onInternalError,
      }),
  });

  const gated = Object.fromEntries(
    DATA_METHODS.map((method) => [
      method,
      (input: unknown) => (security.session().api[method] as (input: unknown) => unknown)(input),
    ]),
  ) as DataApi;

  const api = {
    ...createAppService({
      identity: () => ({
        name: APP_NAME,
        version: APP_VERSION,
        dataDir: options.dataDir,
        databaseFile: databaseFile(options.dataDir),
        schemaVersion: security.schemaVersion,
        transport: options.transport,
      }),
    }),
    ...security.api,
    ...gated,
  } satisfies Api;

  try {
    security.startWith(options.passphrase);
  } catch (error) {
    security.dispose();
    throw error;
  }

  const apiDispatch = createDispatch(api, {
    onInternalError,
    validateOutput: options.validateOutput,
    translateError: storageFailure,
  });
  const dispatch: Dispatch = async (method, input) => {
    if (method !== 'security.status' && method !== 'app.info') security.touch();
    const ready = security.readyOrNull();
    if (ready && !method.startsWith('security.')) await ready;
    return apiDispatch(method, input);
  };
  return {
    api,
    dispatch,
    events,
    get db() {
      return security.db;
    },
    get ready() {
      return security.readyOrNull() ?? Promise.resolve();
    },
    close: () => security.dispose(),
  };
}
