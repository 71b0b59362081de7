import { runCli } from '#electron/cli/run-cli';

export interface CliRun {
  /** The exit code. */
  code: number;
  out: string;
  err: string;
}

/** Runs `cplan` with these arguments in-process, capturing its output; every API output is checked. */
export async function cli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    { out: (text) => out.push(text), err: (text) => err.push(text) },
    { backendOptions: { validateOutput: true } },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
