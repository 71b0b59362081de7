// Electronegativity (Doyensec's Electron security checks) over what the desktop app is made of:
// the main-process, preload and adapter sources and the built page (for its CSP meta tag). Runs
// offline (-e: the Electron version, instead of asking the network). Fails on any finding above
// LOW; a justified exception is written in the code with the tool's `eng-disable` comment.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const page = join(root, 'out/renderer/index.html');
if (!existsSync(page)) {
  console.error('electronegativity: build the renderer first (npm run build:renderer).');
  process.exit(2);
}

const stage = mkdtempSync(join(tmpdir(), 'cplan-electronegativity-'));
try {
  cpSync(join(root, 'electron'), join(stage, 'app/electron'), {
    recursive: true,
    filter: (source) => !/\.test\.ts$/.test(source) && !source.includes(`${join('electron', 'test-support')}`),
  });
  cpSync(page, join(stage, 'app/renderer/index.html'));
  const report = join(stage, 'report.csv');
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      '-i',
      join(stage, 'app'),
      '-e',
      electronVersion,
      '-o',
      report,
      '-r',
      '-v',
      'false',
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (!existsSync(report)) {
    console.error(`electronegativity did not run:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  const findings = readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [issue, severity, confidence, file, location] = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
      return { issue, severity, confidence, file, location, line };
    });
  for (const finding of findings) {
    console.log(`${finding.severity.padEnd(13)} ${finding.issue} ${finding.file}:${finding.location}`);
  }
  const serious = findings.filter((finding) => !['LOW', 'INFORMATIONAL'].includes(finding.severity));
  console.log(
    `electronegativity (Electron ${electronVersion}): ${findings.length} finding(s), ${serious.length} above LOW`,
  );
  process.exit(serious.length ? 1 : 0);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
