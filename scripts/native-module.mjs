// better-sqlite3-multiple-ciphers (better-sqlite3 with SQLite3 Multiple Ciphers) is a native module: Electron and Node need builds for different ABIs. Keep one
// build per runtime in a cache and swap the right one in, so switching between `npm start` and
// `npm test` costs a file copy instead of a rebuild (about a minute here).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage: node scripts/native-module.mjs node|electron');
  process.exit(2);
}

const PACKAGE = 'better-sqlite3-multiple-ciphers';
const binary = join(root, `node_modules/${PACKAGE}/build/Release/better_sqlite3.node`);
// The cache is per package: a build of plain better-sqlite3 left there by an older checkout must not be swapped in.
const cacheDir = join(root, 'node_modules/.cache/cplan-native', PACKAGE);
const abi =
  target === 'node' ? `node-${process.versions.modules}` : `electron-${require('electron/package.json').version}`;
const cached = join(cacheDir, `${abi}.node`);

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', `new (require('${PACKAGE}'))(':memory:').close()`], {
    cwd: root,
  });
  return probe.status === 0;
}

function rebuild(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`Rebuilding ${PACKAGE} for ${abi} failed.`);
    process.exit(result.status ?? 1);
  }
}

mkdirSync(cacheDir, { recursive: true });
if (target === 'node') {
  if (loadsInNode()) {
    if (!existsSync(cached)) copyFileSync(binary, cached);
    process.exit(0);
  }
  if (existsSync(cached)) copyFileSync(cached, binary);
  else rebuild('npm', ['rebuild', PACKAGE]);
  if (!loadsInNode()) rebuild('npm', ['rebuild', PACKAGE]);
  copyFileSync(binary, cached);
} else {
  // Remember the Node build before replacing it.
  if (loadsInNode()) copyFileSync(binary, join(cacheDir, `node-${process.versions.modules}.node`));
  if (existsSync(cached)) copyFileSync(cached, binary);
  else {
    rebuild(join(root, 'node_modules/.bin/electron-rebuild'), ['-f', '-o', PACKAGE]);
    copyFileSync(binary, cached);
  }
}
