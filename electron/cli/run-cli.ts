import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ApiFailure } from '#shared/contract/errors';
import { databaseFile } from '#electron/db/database-file';
import { isEncryptedFile } from '#electron/db/encryption';
import { databaseExists } from '#electron/db/open-database';
import { openBackend, type Backend, type BackendOptions } from '#electron/services/backend';
import { defaultDataDir } from '#electron/services/data-dir';
import { APP_VERSION } from '#electron/services/version';
import { UsageError, type CliCommand, type CliContext } from './command';
import { commands as defaultCommands } from './commands';

const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string', description: 'folder of the database (default: the desktop app’s)' },
  'passphrase-file': { type: 'string', description: 'file holding the passphrase (or set CPLAN_PASSPHRASE)' },
  format: { type: 'string', description: 'table (default) or json' },
  help: { type: 'boolean', short: 'h', description: 'show help' },
  version: { type: 'boolean', short: 'v', description: 'show the version' },
} as const;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Asks for the passphrase without echo; absent when there is no terminal to ask on. */
  askPassphrase?(prompt: string): Promise<string>;
}

export interface CliOptions {
  commands?: CliCommand[];
  /** Passed on to the backend (tests check outputs). */
  backendOptions?: Pick<BackendOptions, 'validateOutput' | 'busyTimeoutMs'>;
  /** Where CPLAN_PASSPHRASE is read (tests pass their own). */
  env?: NodeJS.ProcessEnv;
}

function helpText(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  return [
    'cplan: Contingency Planner on the command line',
    '',
    'Usage: cplan <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
    'Global options:',
    ...Object.entries(GLOBAL_OPTIONS).map(([name, option]) => `  --${name.padEnd(15)} ${option.description}`),
    '',
    'An encrypted database needs its passphrase: --passphrase-file FILE, the CPLAN_PASSPHRASE variable, or',
    'typed when asked (in a terminal). Given a passphrase, a new data folder gets an encrypted database.',
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary];
  const options = Object.entries(command.options ?? {});
  if (options.length)
    lines.push('', 'Options:', ...options.map(([name, option]) => `  --${name.padEnd(14)} ${option.description}`));
  return lines.join('\n');
}

/** The passphrase from --passphrase-file (its first line) or CPLAN_PASSPHRASE, if given. */
async function givenPassphrase(file: string | undefined, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(
        `--passphrase-file: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
      );
    }
    const first = text.split(/\r?\n/)[0] ?? '';
    if (first === '') throw new UsageError(`--passphrase-file: ${file} is empty; its first line is the passphrase.`);
    return first;
  }
  return env.CPLAN_PASSPHRASE === undefined || env.CPLAN_PASSPHRASE === '' ? undefined : env.CPLAN_PASSPHRASE;
}

function passphraseMissing(dataDir: string): ApiFailure {
  return new ApiFailure(
    'LOCKED',
    `The database ${databaseFile(dataDir)} is encrypted and no passphrase was given: use --passphrase-file FILE or ` +
      'set CPLAN_PASSPHRASE (or run cplan in a terminal to be asked).',
  );
}

/** On a terminal, asks for the passphrase of an encrypted database (no echo); elsewhere nothing. */
async function askIfEncrypted(dataDir: string, io: CliIo): Promise<string | undefined> {
  if (!io.askPassphrase || !databaseExists(dataDir) || !isEncryptedFile(databaseFile(dataDir))) return undefined;
  const answer = await io.askPassphrase(`Passphrase for ${databaseFile(dataDir)}: `);
  return answer === '' ? undefined : answer;
}

/** Runs one invocation and returns the exit code; all output goes through `io` (testable). */
export async function runCli(argv: string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  const { commands = defaultCommands } = options;
  const words = argv.filter((word) => !word.startsWith('-'));
  const command = commands
    .filter((candidate) => candidate.path.every((part, index) => words[index] === part))
    .sort((a, b) => b.path.length - a.path.length)[0];

  const optionSpec: ParseArgsConfig['options'] = {};
  const declared: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    ...GLOBAL_OPTIONS,
    ...command?.options,
  };
  for (const [name, option] of Object.entries(declared)) {
    optionSpec[name] = option.short ? { type: option.type, short: option.short } : { type: option.type };
  }

  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: optionSpec, allowPositionals: true, strict: true }) as {
      values: Record<string, string | boolean | undefined>;
      positionals: string[];
    });
  } catch (error) {
    io.err(`cplan: ${(error as Error).message}`);
    io.err(command ? commandHelp(command) : 'Run "cplan --help" for the list of commands.');
    return 2;
  }

  if (values.version) {
    io.out(APP_VERSION);
    return 0;
  }
  if (!command) {
    if (values.help || positionals.length === 0) {
      io.out(helpText(commands));
      return positionals.length === 0 && !values.help ? 2 : 0;
    }
    io.err(`cplan: unknown command "${positionals.join(' ')}". Run "cplan --help" for the list of commands.`);
    return 2;
  }
  if (values.help) {
    io.out(commandHelp(command));
    return 0;
  }
  const format = (values.format as string | undefined) ?? 'table';
  if (format !== 'table' && format !== 'json') {
    io.err(`cplan: --format must be "table" or "json", not "${format}".`);
    return 2;
  }

  const dataDir = resolve((values['data-dir'] as string | undefined) ?? defaultDataDir());
  let backend: Backend | undefined;
  let opening: Promise<Backend> | undefined;
  const passphrase = () => givenPassphrase(values['passphrase-file'] as string | undefined, options.env ?? process.env);
  const context: CliContext = {
    dataDir,
    format,
    out: io.out,
    passphrase: async () => (await passphrase()) ?? (await askIfEncrypted(dataDir, io)),
    backend: () =>
      (opening ??= (async () => {
        const given = (await passphrase()) ?? (await askIfEncrypted(dataDir, io));
        backend = openBackend({
          ...options.backendOptions,
          dataDir,
          transport: 'cli',
          passphrase: given,
          onInternalError: (method, error) => io.err(`${method}: ${String(error)}`),
        });
        const status = await backend.api['security.status']({});
        if (status.problem) throw new ApiFailure(status.problem.code, status.problem.message);
        if (status.state === 'locked') throw passphraseMissing(dataDir);
        return backend;
      })()),
  };
  try {
    const code = await command.run(context, values, positionals.slice(command.path.length));
    return code ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`cplan: ${error.message}`);
      io.err(commandHelp(command));
      return 2;
    }
    if (error instanceof ApiFailure) {
      io.err(`cplan: ${error.message} [${error.code}]`);
      return 1;
    }
    io.err(`cplan: ${(error as Error).stack ?? String(error)}`);
    return 1;
  } finally {
    backend?.close();
  }
}
