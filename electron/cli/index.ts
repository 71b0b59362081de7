import { read } from 'read';
import { runCli } from './run-cli';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  // Only a terminal is asked (without echo); a script gets the message saying how to give it.
  askPassphrase: process.stdin.isTTY ? (prompt) => read({ prompt, silent: true, output: process.stderr }) : undefined,
});
process.exitCode = code;
