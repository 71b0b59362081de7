import type { Backend } from '#electron/services/backend';

export interface CliContext {
  /** Opens (and unlocks) the database lazily: `--help` and `db recover` must work without it. */
  backend(): Promise<Backend>;
  /** The passphrase given (--passphrase-file, CPLAN_PASSPHRASE) or typed when asked, if any. */
  passphrase(): Promise<string | undefined>;
  dataDir: string;
  format: 'table' | 'json';
  out(text: string): void;
}

export interface CliCommand {
  /** e.g. ['workspaces', 'list'] */
  path: string[];
  usage: string;
  summary: string;
  options?: Record<string, { type: 'string' | 'boolean'; short?: string; description: string }>;
  run(
    context: CliContext,
    options: Record<string, string | boolean | undefined>,
    positionals: string[],
  ): Promise<number | void>;
}

/** Thrown for a wrong invocation: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
