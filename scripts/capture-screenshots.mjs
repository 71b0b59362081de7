// Refreshes the README screenshots: starts browser mode on a fresh data folder (the sample
// mission), generates one plan through the API, and photographs the main screens in Chromium.
//   node scripts/capture-screenshots.mjs   (after `npm run build:renderer`)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs/screenshots');
const dataDir = mkdtempSync(join(tmpdir(), 'cplan-shots-'));
const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'electron/web/index.ts', '--port', '0', '--data-dir', dataDir],
  // A new encrypted database, unlocked at start, as every e2e spec uses.
  { cwd: root, env: { ...process.env, CPLAN_PASSPHRASE: 'screenshots only' } },
);
const address = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(text);
    if (match) resolve(match[0]);
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});
const url = new URL(address);
const token = url.searchParams.get('token');

async function call(method, input) {
  const response = await fetch(new URL(`/api/${method}`, url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = await response.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

const workspaceId = 'sample-karavia';
const risks = await call('risks.list', { workspaceId });
const dravik = risks.filter((risk) => risk.siteId === 'sample-site-north').map((risk) => risk.id);
const plan = await call('plans.generate', {
  workspaceId,
  siteId: 'sample-site-north',
  templateId: 'contingency-evacuation',
  riskIds: dravik,
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(address);
const shots = [
  ['overview', `#/w/${workspaceId}/overview`],
  ['risk-register', `#/w/${workspaceId}/risks`],
  ['plan-editor', `#/w/${workspaceId}/plans/${plan.id ?? plan.plan?.id}`],
  ['templates', `#/w/${workspaceId}/templates`],
  ['vulnerable-targets', `#/w/${workspaceId}/targets`],
];
for (const [name, hash] of shots) {
  await page.evaluate((next) => (globalThis.location.hash = next), hash);
  // Not 'networkidle': the server-event stream stays open for as long as the page does.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(2000);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}
// The security screens at a common laptop size: Application settings, then the unlock screen.
await page.setViewportSize({ width: 1366, height: 768 });
await page.evaluate((next) => (globalThis.location.hash = next), `#/w/${workspaceId}/app-settings`);
await page.getByRole('heading', { level: 1, name: 'Application settings' }).waitFor();
await page.getByRole('button', { name: 'Back up now' }).click();
await page.getByRole('table', { name: 'Backups' }).waitFor();
// The confirmation fades after 4 s; the page starts at its top.
await page.waitForTimeout(4500);
await page.evaluate(() => globalThis.scrollTo(0, 0));
await page.screenshot({ path: join(out, 'app-settings.png') });
console.log('docs/screenshots/app-settings.png');
await call('security.lock', {});
await page.getByRole('heading', { level: 1, name: 'Unlock Contingency Planner' }).waitFor();
await page.screenshot({ path: join(out, 'unlock.png') });
console.log('docs/screenshots/unlock.png');

await browser.close();
server.kill();
rmSync(dataDir, { recursive: true, force: true });
