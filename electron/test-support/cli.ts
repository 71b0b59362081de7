import { runCli } from '#electron/cli/run-cli';

export interface CliRun {
  /** The exit code. */
  code: number;
  out: string;
  err: string;
}

export interface CliRunOptions {
  /** The environment CPLAN_PASSPHRASE is read from (an empty one by default: tests never inherit it). */
  env?: NodeJS.ProcessEnv;
  /** Answers the passphrase prompt, as a terminal would; absent: no terminal. */
  askPassphrase?: (prompt: string) => Promise<string>;
}

/** Runs `cplan` with these arguments in-process, capturing its output; every API output is checked. */
export async function cli(...args: string[]): Promise<CliRun> {
  return cliWith({}, ...args);
}

/** The same with an environment and a terminal of the test's own. */
export async function cliWith(options: CliRunOptions, ...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    { out: (text) => out.push(text), err: (text) => err.push(text), askPassphrase: options.askPassphrase },
    { backendOptions: { validateOutput: true }, env: options.env ?? {} },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
