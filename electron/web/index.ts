import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiFailure } from '#shared/contract/errors';
import { startHttpAdapter } from '#electron/adapters/http';
import { openBackend } from '#electron/services/backend';
import { defaultDataDir } from '#electron/services/data-dir';

const USAGE = `Usage: npm run web -- [--port N] [--data-dir DIR] [--passphrase-file FILE]

Serves Contingency Planner to a browser on this computer only (127.0.0.1) and prints the
address to open, access token included. The page asks for the passphrase (or, on a new data
folder, to set one); given one with --passphrase-file or CPLAN_PASSPHRASE, the database is
unlocked at start (a new one is created encrypted).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'static-dir': { type: 'string' },
      'passphrase-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const staticDir = resolve(values['static-dir'] ?? fileURLToPath(new URL('../../out/renderer', import.meta.url)));

  const passphraseFile = values['passphrase-file'];
  const passphrase =
    passphraseFile !== undefined
      ? (readFileSync(passphraseFile, 'utf8').split(/\r?\n/)[0] ?? '')
      : process.env.CPLAN_PASSPHRASE || undefined;
  if (passphrase === '')
    throw new Error(`--passphrase-file: ${passphraseFile} is empty; its first line is the passphrase.`);

  // The e2e tests set CPLAN_VALIDATE_OUTPUT=1, so that every output the renderer gets is checked too.
  const backend = openBackend({
    dataDir,
    transport: 'http',
    interactive: true,
    passphrase,
    validateOutput: process.env.CPLAN_VALIDATE_OUTPUT === '1',
  });
  const http = await startHttpAdapter({ dispatch: backend.dispatch, events: backend.events, staticDir, port });

  const status = await backend.api['security.status']({});
  console.log(`Contingency Planner is running on this computer only.`);
  console.log(`Data: ${dataDir}`);
  if (status.state === 'locked') console.log('The database is encrypted: the page asks for its passphrase.');
  if (status.state === 'setup') console.log('First run: the page asks for a passphrase to encrypt the database.');
  if (status.state === 'unlocked' && !status.encrypted) {
    console.log('Warning: the database is not encrypted. Set a passphrase in Application settings.');
  }
  console.log(`Open this address in your browser (it contains your access token):`);
  console.log(`    ${http.url}`);
  console.log(`Press Ctrl+C to stop.`);

  const stop = () => {
    void http.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof ApiFailure ? `${error.code}: ${error.message}` : (error as Error).message;
  console.error(`cplan web: ${message}`);
  process.exit(1);
});
