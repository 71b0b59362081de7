import { afterEach } from 'vitest';
import { openBackend, type Backend, type BackendOptions } from '#electron/services/backend';
import { useTempDirs } from './temp-dir';

export type TestBackendOptions = Partial<BackendOptions>;

export interface TestBackend extends Backend {
  dataDir: string;
}

/**
 * The backend of a test: `openBackend` over a fresh data folder (or the `dataDir` given, to reopen
 * one), CLI transport, every output checked against the contract. Backends are closed and their
 * folders removed after each test. Options given here apply to every backend of the file.
 */
export function useTestBackends(defaults: TestBackendOptions = {}): (options?: TestBackendOptions) => TestBackend {
  const tempDir = useTempDirs();
  const opened: Backend[] = [];
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.close();
  });
  return (options = {}) => {
    const dataDir = options.dataDir ?? defaults.dataDir ?? tempDir();
    const backend = openBackend({ transport: 'cli', validateOutput: true, ...defaults, ...options, dataDir });
    opened.push(backend);
    // Assigned, not spread: `db` and `ready` are getters that follow lock and unlock.
    return Object.assign(backend, { dataDir });
  };
}
