// `npm test`: every check in order (typecheck, lint, unit, Electron security checks, e2e), continuing past a failure so one
// run shows everything, each step's time, a table of them, then one closing line that adds unit and
// e2e counts: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, 'reports');
const node = process.execPath;
const bin = (path) => join(root, 'node_modules', path);

const steps = [
  ['SQLite driver for Node', node, ['scripts/native-module.mjs', 'node']],
  ['typecheck (node)', node, [bin('typescript/bin/tsc'), '-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (web)', node, [bin('typescript/bin/tsc'), '-p', 'tsconfig.web.json', '--noEmit']],
  ['typecheck (e2e)', node, [bin('typescript/bin/tsc'), '-p', 'tsconfig.e2e.json', '--noEmit']],
  ['eslint', node, [bin('eslint/bin/eslint.js'), '.', '--max-warnings', '0']],
  ['prettier', node, [bin('prettier/bin/prettier.cjs'), '--check', '.', '--log-level', 'warn']],
  [
    'unit tests',
    node,
    [
      bin('vitest/vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'unit.json')}`,
    ],
  ],
  [
    'renderer build',
    node,
    [bin('vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
  ],
  ['electronegativity', node, ['scripts/electronegativity.mjs']],
  ['e2e tests', node, [bin('@playwright/test/cli.js'), 'test']],
  [
    'editor browser checks',
    node,
    [bin('@playwright/test/cli.js'), 'test', '-c', 'bench/editor-harness/playwright.config.ts', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'editor.json') },
  ],
];

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const failedSteps = [];
const timings = [];
for (const [name, command, args, extraEnv = {}] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ...extraEnv },
  });
  const ms = performance.now() - started;
  const ok = result.status === 0;
  timings.push({ name, ok, ms });
  if (ok) console.log(`=== ${name} === ok (${seconds(ms)})`);
  else {
    failedSteps.push(name);
    console.log(`*** ${name} failed (exit ${result.status ?? result.signal}) (${seconds(ms)})`);
  }
}

function readJson(file) {
  const path = join(reports, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = readJson('unit.json');
const unitCounts = unit
  ? {
      passed: unit.numPassedTests,
      failed: unit.numFailedTests + (unit.numRuntimeErrorTestSuites ?? 0),
      skipped: unit.numPendingTests + unit.numTodoTests,
    }
  : { passed: 0, failed: 1, skipped: 0 };
/** Playwright JSON stats; a missing report counts as one failure (the run did not complete). */
function playwrightCounts(report) {
  return report
    ? {
        passed: report.stats.expected + report.stats.flaky,
        failed: report.stats.unexpected,
        skipped: report.stats.skipped,
      }
    : { passed: 0, failed: 1, skipped: 0 };
}
const app = playwrightCounts(readJson('e2e.json'));
const editor = playwrightCounts(readJson('editor.json'));
const e2eCounts = {
  passed: app.passed + editor.passed,
  failed: app.failed + editor.failed,
  skipped: app.skipped + editor.skipped,
};

const width = Math.max(...timings.map((step) => step.name.length), 'total'.length);
const row = (name, result, ms) => `${name.padEnd(width)}  ${result.padEnd(6)}  ${seconds(ms).padStart(8)}`;
console.log('\n=== times ===');
for (const step of timings) console.log(row(step.name, step.ok ? 'ok' : 'FAILED', step.ms));
const totalMs = timings.reduce((sum, step) => sum + step.ms, 0);
console.log(row('total', '', totalMs));

console.log('\n=== summary ===');
console.log(`unit: ${unitCounts.passed} passed, ${unitCounts.failed} failed, ${unitCounts.skipped} skipped`);
console.log(
  `e2e:  ${app.passed} passed, ${app.failed} failed, ${app.skipped} skipped (Electron project skipped where no Electron binary can start)`,
);
console.log(`editor browser checks: ${editor.passed} passed, ${editor.failed} failed, ${editor.skipped} skipped`);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
const passed = unitCounts.passed + e2eCounts.passed;
const failed = unitCounts.failed + e2eCounts.failed;
const skipped = unitCounts.skipped + e2eCounts.skipped;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length || failed ? 1 : 0);
