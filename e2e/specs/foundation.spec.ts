import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures/app';
import { AppShellPage } from '../pages/AppShellPage';
import { SitesPage } from '../pages/SitesPage';

test.describe('the app shell on a new database', () => {
  test('opens on the sample mission, clearly marked as sample data', async ({ appPage }) => {
    const shell = new AppShellPage(appPage);
    await expect(appPage.getByRole('heading', { level: 1, name: 'Sample: Mission to Karavia' })).toBeVisible();
    await expect(shell.sampleBanner).toContainText('sample data');
    await expect(shell.marking).toHaveText('RESTRICTED');
    await expect(appPage.getByRole('listitem').filter({ hasText: 'Head Office Velmar' })).toBeVisible();
  });

  test('adds a site that is still there after a reload', async ({ appPage, reopen }) => {
    const shell = new AppShellPage(appPage);
    const sites = new SitesPage(appPage);
    await shell.open('Sites');
    await sites.add({
      name: 'Checkpoint Bravo',
      type: 'Other',
      address: 'M2 km 41',
      latitude: '43,61',
      longitude: '25.5',
    });
    await expect(shell.successNotice).toContainText('Site saved');
    await expect(sites.row('Checkpoint Bravo')).toContainText('43.6100, 25.5000');

    await reopen();
    await expect(sites.row('Checkpoint Bravo')).toBeVisible();
    await expect(sites.row('Checkpoint Bravo')).toContainText('Other');
  });

  test('explains invalid input next to the field and saves nothing', async ({ appPage }) => {
    const shell = new AppShellPage(appPage);
    const sites = new SitesPage(appPage);
    await shell.open('Sites');
    const rowsBefore = await sites.table.getByRole('row').count();

    await sites.startAdding();
    await sites.fill({ name: 'Somewhere', latitude: '200' });
    await sites.save();
    await expect(sites.dialog.getByText('Latitude is a number from -90 to 90.')).toBeVisible();
    await expect(sites.dialog.getByLabel('Latitude')).toHaveAttribute('aria-invalid', 'true');

    await sites.fill({ name: 'Head Office Velmar', latitude: '' });
    await sites.save();
    await expect(sites.dialog.getByRole('alert')).toContainText('already exists');
    await sites.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(sites.table.getByRole('row')).toHaveCount(rowsBefore);
  });

  test('creates a workspace with its marking, then removes the sample for good', async ({ appPage, reopen }) => {
    const shell = new AppShellPage(appPage);
    await shell.createWorkspace({ name: 'OSCE Mission to Testland', marking: 'OSCE RESTRICTED' });
    await expect(appPage.getByRole('heading', { level: 1, name: 'OSCE Mission to Testland' })).toBeVisible();
    await expect(shell.marking).toHaveText('OSCE RESTRICTED');
    await expect(shell.sampleBanner).toBeHidden();

    await shell.switchTo('Sample: Mission to Karavia');
    await shell.removeSampleData();
    await expect(appPage.getByRole('heading', { level: 1, name: 'OSCE Mission to Testland' })).toBeVisible();

    await reopen();
    await expect(shell.workspaceSwitcher.getByRole('option')).toHaveText(['OSCE Mission to Testland']);
  });

  test('edits the workspace marking in the settings', async ({ appPage }) => {
    const shell = new AppShellPage(appPage);
    await shell.open('Workspace settings');
    const form = appPage.getByRole('form', { name: 'Save' });
    await form.getByLabel('Classification marking').fill('CONFIDENTIAL');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(shell.successNotice).toContainText('Workspace saved');
    await expect(shell.marking).toHaveText('CONFIDENTIAL');
    await expect(appPage.getByTestId('about-installation')).toContainText('planner.db');
  });

  test('can be used with the keyboard alone', async ({ appPage }) => {
    const sites = new SitesPage(appPage);
    await appPage.keyboard.press('Tab');
    await expect(appPage.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await appPage.getByRole('link', { name: 'Sites' }).focus();
    await appPage.keyboard.press('Enter');
    await appPage.getByRole('button', { name: 'Add site' }).focus();
    await appPage.keyboard.press('Enter');
    await expect(sites.dialog.getByLabel('Name')).toBeFocused();
    await appPage.keyboard.type('Radio room');
    await appPage.keyboard.press('Enter');
    await expect(sites.row('Radio room')).toBeVisible();
  });

  for (const section of ['Overview', 'Sites', 'Workspace settings'] as const) {
    test(`has no accessibility violations: ${section}`, async ({ appPage }) => {
      const shell = new AppShellPage(appPage);
      await shell.open(section);
      await expect(appPage.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page: appPage }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});
