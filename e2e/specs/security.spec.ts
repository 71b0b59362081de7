import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserModeServer } from '../fixtures/browser-app';
import { expect, test } from '../fixtures/app';
import { letEditorTakeSelection } from '../pages/editor-input';
import { PlansPage } from '../pages/PlansPage';
import { SecurityPage } from '../pages/SecurityPage';
import { AppShellPage } from '../pages/AppShellPage';

const PASSPHRASE = 'correct horse battery staple';

test.describe('the first run', () => {
  test.use({ startPassphrase: null });

  test('asks for a passphrase before any data, checks it, then opens the app encrypted', async ({ appPage }) => {
    const security = new SecurityPage(appPage);
    await expect(appPage.getByRole('heading', { level: 1, name: /Protect this computer/ })).toBeVisible();
    await expect(appPage.getByText('Head Office Velmar')).toHaveCount(0);

    await security.setPassphrase('short');
    await expect(security.gate.getByText('Use at least 8 characters')).toBeVisible();
    await security.setPassphrase(PASSPHRASE, 'something else');
    await expect(security.gate.getByText('The two passphrases are not the same')).toBeVisible();
    await security.gate.getByLabel('New passphrase').fill('password1');
    await expect(security.gate.getByTestId('passphrase-strength')).toContainText('Very weak');
    await security.gate.getByLabel('New passphrase').fill(PASSPHRASE);
    await expect(security.gate.getByTestId('passphrase-strength')).toContainText(/Good|Strong/);

    await security.setPassphrase(PASSPHRASE);
    await expect(appPage.getByRole('heading', { level: 1, name: 'Sample: Mission to Karavia' })).toBeVisible();
    await security.openSettings();
    await expect(appPage.getByTestId('encryption-state')).toHaveText('The database and its backups are encrypted.');
  });

  test('can skip encryption (not recommended), and encrypt later in the settings', async ({ appPage }) => {
    const security = new SecurityPage(appPage);
    await security.gate.getByRole('button', { name: 'Continue without encryption (not recommended)' }).click();
    await appPage.getByRole('alertdialog').getByRole('button', { name: 'Continue without encryption' }).click();
    await expect(appPage.getByRole('heading', { level: 1, name: 'Sample: Mission to Karavia' })).toBeVisible();
    await security.openSettings();
    await expect(appPage.getByTestId('encryption-state')).toContainText('Not encrypted');
    const form = appPage.getByRole('form', { name: 'Encrypt this database' });
    await form.getByLabel('New passphrase').fill(PASSPHRASE);
    await form.getByLabel('Type it again').fill(PASSPHRASE);
    await form.getByRole('button', { name: 'Encrypt this database' }).click();
    await expect(appPage.getByTestId('encryption-state')).toHaveText('The database and its backups are encrypted.');
    await security.lockNow();
    await security.unlock(PASSPHRASE);
    await expect(security.app).toBeVisible();
  });
});

test.describe('an encrypted database', () => {
  test('locks, refuses a wrong passphrase, and unlocks back where the officer was', async ({ appPage, reopen }) => {
    const security = new SecurityPage(appPage);
    const shell = new AppShellPage(appPage);
    await shell.open('Sites');
    await security.lockNow();
    await expect(appPage.getByText('Head Office Velmar')).toBeHidden();

    await security.unlock('not the passphrase');
    await expect(security.gate.getByText('The passphrase is wrong')).toBeVisible();
    await security.gate.getByLabel('Passphrase').fill('');
    await security.gate.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(security.gate.getByText('Enter the passphrase')).toBeVisible();

    await security.unlock('e2e correct horse battery');
    await expect(appPage.getByRole('heading', { level: 1, name: 'Sites' })).toBeVisible();
    await expect(appPage.getByText('Head Office Velmar')).toBeVisible();

    // A reload while locked shows the unlock screen, never data.
    await security.lockNow();
    await reopen();
    await expect(security.gate).toBeVisible();
    await expect(appPage.getByText('Head Office Velmar')).toHaveCount(0);
    const results = await new AxeBuilder({ page: appPage }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('keeps an edit that met the lock, and saves it after unlocking', async ({ appPage, appKind, reopen }) => {
    test.skip(appKind === 'electron', 'Locks through the HTTP API of browser mode.');
    const security = new SecurityPage(appPage);
    const plans = new PlansPage(appPage);
    await plans.openList();
    await plans.generate({ site: 'Head Office Velmar', template: /^Civil unrest plan/ });
    const first = plans.saveCarrying('First edit.');
    await plans.editor
      .getByText(/^This plan se/)
      .first()
      .click();
    await letEditorTakeSelection(appPage);
    await appPage.keyboard.type(' First edit.');
    await first;
    await plans.waitSaved();
    await appPage.keyboard.type(' (kept through the lock)');
    // The server locks before the autosave is sent (as its idle timer would).
    await security.lockFromServer();
    await expect(security.gate).toBeVisible();

    // The save that met the lock answered LOCKED; the one after unlocking carries the same text.
    const saved = appPage.waitForResponse(
      async (response) =>
        /\/api\/plans\.(save|saveSections)$/.test(response.url()) &&
        (response.request().postData() ?? '').includes('kept through the lock') &&
        ((await response.json()) as { ok: boolean }).ok,
    );
    await security.unlock('e2e correct horse battery');
    await saved;
    await reopen();
    await expect(plans.editor).toContainText('(kept through the lock)');
  });

  test('backs up on request and restores a backup from the settings', async ({ appPage }) => {
    const security = new SecurityPage(appPage);
    const shell = new AppShellPage(appPage);
    await security.openSettings();
    const backups = appPage.getByRole('table', { name: 'Backups' });
    await appPage.getByRole('button', { name: 'Back up now' }).click();
    await expect(shell.successNotice.filter({ hasText: 'Backup made' })).toBeVisible();
    await expect(backups.getByRole('row')).toHaveCount(2);

    await shell.createWorkspace({ name: 'Created after the backup' });
    await expect(shell.workspaceSwitcher.getByRole('option')).toHaveCount(2);
    await security.openSettings();
    await backups.getByRole('row').nth(1).getByRole('button', { name: 'Restore' }).click();
    await appPage.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
    await expect(shell.successNotice.filter({ hasText: 'Backup restored' })).toBeVisible();
    await expect(shell.workspaceSwitcher.getByRole('option')).toHaveCount(1);
    // The state before the restore was backed up too.
    await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  });

  test('changes the passphrase', async ({ appPage }) => {
    const security = new SecurityPage(appPage);
    await security.openSettings();
    const form = appPage.getByRole('form', { name: 'Change the passphrase' });
    await form.getByLabel('Current passphrase').fill('wrong wrong wrong');
    await form.getByLabel('New passphrase').fill('a brand new passphrase');
    await form.getByLabel('Type it again').fill('a brand new passphrase');
    await form.getByRole('button', { name: 'Change the passphrase' }).click();
    await expect(form.getByRole('alert').first()).toContainText('current passphrase is wrong');
    await form.getByLabel('Current passphrase').fill('e2e correct horse battery');
    await form.getByLabel('New passphrase').fill('a brand new passphrase');
    await form.getByLabel('Type it again').fill('a brand new passphrase');
    await form.getByRole('button', { name: 'Change the passphrase' }).click();
    await expect(new AppShellPage(appPage).successNotice).toContainText('Passphrase changed');
    await security.lockNow();
    await security.unlock('e2e correct horse battery');
    await expect(security.gate.getByText('The passphrase is wrong')).toBeVisible();
    await security.unlock('a brand new passphrase');
    await expect(security.app).toBeVisible();
  });
});

test.describe('a damaged database', () => {
  test.use({ startPassphrase: null });

  test('shows where it is and its backups, and restores the one chosen', async ({ page, dataDir, appKind }) => {
    test.skip(appKind === 'electron', 'Prepares the data folder with the command line first.');
    const env = { ...process.env, CPLAN_PASSPHRASE: PASSPHRASE };
    const made = spawnSync(process.execPath, ['bin/cplan.mjs', 'db', 'backup', '--data-dir', dataDir], { env });
    expect(made.status, made.stderr.toString()).toBe(0);
    const file = join(dataDir, 'planner.db');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(3000, 0x55), 0, 3000, 4096 * 3 + 500);
    closeSync(fd);

    const server = await startBrowserModeServer(dataDir, null);
    try {
      await page.goto(server.url);
      const security = new SecurityPage(page);
      await security.unlock(PASSPHRASE);
      await expect(page.getByRole('heading', { level: 1, name: 'The database is damaged' })).toBeVisible();
      await expect(security.gate).toContainText(file);
      await expect(security.gate.getByRole('radio')).toHaveCount(1);
      await security.gate.getByLabel('Passphrase').fill(PASSPHRASE);
      await security.gate.getByRole('button', { name: 'Restore the selected backup' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sample: Mission to Karavia' })).toBeVisible();
    } finally {
      await server.stop();
    }
  });
});
