/** Screenshots of the harness views, to look at the editor as a user does: out/editor-harness-shots/. */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { buildHarness } from './build';
import { serveFolder } from './serve';

const shots = new URL('../../out/editor-harness-shots/', import.meta.url);
await mkdir(shots, { recursive: true });
const { url, server } = await serveFolder(await buildHarness());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const mode of ['plan', 'template'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    page.on('pageerror', (error) => console.error(`page error (${mode}):`, error.message));
    page.on('console', (message) => message.type() === 'error' && console.error(`console (${mode}):`, message.text()));
    await page.goto(`${url}?view=showcase&mode=${mode}`);
    await page.getByTestId('document-editor').waitFor();
    const scroller = page.locator('.doc-editor-scroll');
    // The DOM types are not in this (Node) project: the element is reached through a minimal shape.
    type Scrollable = { scrollHeight: number; scrollTop: number };
    const height = await scroller.evaluate((element) => (element as unknown as Scrollable).scrollHeight);
    for (let top = 0, part = 0; top < height; top += 1000, part++) {
      await scroller.evaluate((element, offset) => ((element as unknown as Scrollable).scrollTop = offset), top);
      await page.screenshot({ path: new URL(`showcase-${mode}-${part}.png`, shots).pathname });
    }
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
  await page.goto(`${url}?view=showcase&mode=plan`);
  const content = page.getByTestId('document-editor-content');
  await content.locator('[data-field-key="site.name"]').first().click();
  await page.screenshot({ path: new URL('field-popover.png', shots).pathname });
  await page.keyboard.press('Escape');
  await content.getByText('knows the nearest exit.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/ta');
  await page.screenshot({ path: new URL('slash-menu.png', shots).pathname });
  await page.keyboard.press('Escape');
  await content.getByRole('heading', { name: 'Purpose and scope' }).click({ position: { x: 1, y: 8 } });
  await page.keyboard.press('Backspace');
  await page.getByRole('alertdialog').waitFor({ timeout: 5000 });
  await page.screenshot({ path: new URL('required-dialog.png', shots).pathname });
} finally {
  await browser.close();
  server.close();
}
