import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/app';
import { AppShellPage } from '../pages/AppShellPage';
import { RiskRegisterPage } from '../pages/RiskRegisterPage';
import { SitesPage } from '../pages/SitesPage';

test.describe('the risk register', () => {
  test('records a risk at a new site, assesses it, adds a measure, moves in the heatmap and persists', async ({
    appPage,
    reopen,
  }) => {
    // A long journey (site, risk, measure, reassessment, reload) on a machine shared with other test runs.
    test.slow();
    const shell = new AppShellPage(appPage);
    const sites = new SitesPage(appPage);
    const register = new RiskRegisterPage(appPage);
    await shell.open('Sites');
    await sites.add({ name: 'Checkpoint Delta', type: 'Other', address: 'M2 km 48' });

    await register.open();
    await expect(register.heatmapCell('inherent', 4, 5)).toHaveText('');
    await register.add({
      title: 'Ambush at Checkpoint Delta',
      site: 'Checkpoint Delta',
      category: 'Armed attack / active assailant (threat)',
      inherent: [4, 5],
    });
    await expect(shell.successNotice.filter({ hasText: 'Risk saved' })).toBeVisible();
    const row = register.row('Ambush at Checkpoint Delta');
    await expect(row).toContainText('Checkpoint Delta');
    await expect(row).toContainText('Very high');
    await expect(row).toContainText('Needs acceptance');
    await expect(register.heatmapCell('inherent', 4, 5)).toHaveText('1');

    await register.addMeasure('Ambush at Checkpoint Delta', {
      type: 'Prevention',
      description: 'Move only in two-vehicle convoys with radio',
      owner: 'Luka Petrov',
      dueDate: '2030-01-15',
    });
    await expect(row.getByRole('button', { name: 'Measures of Ambush at Checkpoint Delta' })).toHaveText(
      'Measures (1)',
    );

    const residualBefore = Number((await register.heatmapCell('residual', 2, 3).textContent()) || '0');
    await register.edit('Ambush at Checkpoint Delta', { inherent: [3, 5], residual: [2, 3] });
    await expect(register.heatmapCell('inherent', 4, 5)).toHaveText('');
    await expect(register.heatmapCell('residual', 2, 3)).toHaveText(String(residualBefore + 1));
    await expect(row).toContainText('Low');

    // Clicking a cell filters the register to that cell's risks.
    await register.heatmapCell('residual', 2, 3).click();
    await expect(register.heatmapCell('residual', 2, 3)).toHaveAttribute('aria-pressed', 'true');
    await expect(register.table.getByRole('row')).toHaveCount(residualBefore + 2);
    await expect(row).toBeVisible();
    await expect(register.row('Escalation of armed conflict near Dravik')).toBeHidden();

    await reopen();
    await register.open();
    await expect(row).toContainText('3 × 5');
    await expect(row).toContainText('2 × 3');
    await expect(row.getByRole('button', { name: 'Measures of Ambush at Checkpoint Delta' })).toHaveText(
      'Measures (1)',
    );
  });

  test('explains a missing assessment next to the field and saves nothing', async ({ appPage }) => {
    const register = new RiskRegisterPage(appPage);
    await register.open();
    await expect(register.count).toContainText('15 of 15');
    await appPage.getByRole('button', { name: 'Add risk' }).click();
    await register.dialog.getByLabel('Title').fill('Half-assessed risk');
    await register.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(register.dialog.getByRole('alert').first()).toContainText('Please correct the fields');
    await expect(register.dialog.getByLabel('Inherent likelihood')).toHaveAttribute('aria-invalid', 'true');
    await appPage.keyboard.press('Escape');
    await expect(register.count).toContainText('15 of 15');
  });

  test('imports a CSV: reports bad rows by number and imports nothing, then imports a clean file', async ({
    appPage,
  }) => {
    const shell = new AppShellPage(appPage);
    const register = new RiskRegisterPage(appPage);
    await register.open();
    const header = 'Site,Title,Category,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Colour';
    const bad = [
      header,
      'Head Office Velmar,Протест у офиса,Civil unrest,4,3,3,3,red',
      'Atlantis,Unknown site,crime,3,3,,,',
      'Head Office Velmar,Bad score,crime,9,3,,,',
      'Field Office Dravik,Only one residual,flood,3,3,2,,',
    ].join('\n');
    let report = await register.checkImport('register.csv', bad);
    await expect(report).toContainText('4 rows read: 1 valid, 3 rejected.');
    await expect(report).toContainText('Columns not recognised (ignored): Colour.');
    const problems = register.dialog.getByTestId('import-problems');
    await expect(problems.getByRole('row').filter({ hasText: 'There is no site named "Atlantis"' })).toContainText('3');
    await expect(problems.getByRole('row').filter({ hasText: '"9" is not a likelihood' })).toContainText('4');
    await expect(problems.getByRole('row').filter({ hasText: 'both residual' })).toContainText('5');
    await expect(register.dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await appPage.keyboard.press('Escape');
    await expect(register.count).toContainText('15 of 15');

    const good = [
      '\uFEFF' + header,
      'Head Office Velmar,Протест у офиса,Civil unrest,4,3,3,3,',
      ',Bomb hoax call,IED and bomb threat,3,4,,,',
    ].join('\r\n');
    await register.dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    await appPage.getByRole('button', { name: 'Import…' }).click();
    await register.dialog.getByLabel('Site for rows without one').selectOption({ label: 'Logistics warehouse Ostra' });
    await register.dialog
      .getByLabel('File')
      .setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    report = register.dialog.getByTestId('import-report');
    await expect(report).toContainText('2 rows read: 2 valid, 0 rejected.');
    await expect(register.dialog.getByTestId('import-preview')).toContainText('Протест у офиса');
    await register.dialog.getByRole('button', { name: 'Import 2 risks' }).click();
    await expect(shell.successNotice.filter({ hasText: 'Imported 2 risks' })).toBeVisible();
    await expect(register.count).toContainText('17 of 17');
    await expect(register.row('Протест у офиса')).toContainText('Medium');
    await expect(register.row('Bomb hoax call')).toContainText('Logistics warehouse Ostra');
  });

  test('exports the register as CSV and XLSX downloads', async ({ appPage }) => {
    const register = new RiskRegisterPage(appPage);
    await register.open();
    const [csv] = await Promise.all([
      appPage.waitForEvent('download'),
      appPage.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('Sample Mission to Karavia - risk register.csv');
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFSite,Title,Category,Description')).toBe(true);
    expect(text).toContain('Escalation of armed conflict near Dravik');

    const [xlsx] = await Promise.all([
      appPage.waitForEvent('download'),
      appPage.getByRole('button', { name: 'Export XLSX' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/risk register\.xlsx$/);
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  test('flags risks whose level changed when the matrix changes, until marked as seen', async ({ appPage }) => {
    const register = new RiskRegisterPage(appPage);
    await appPage
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Matrix and categories' })
      .click();
    await appPage
      .getByRole('combobox', { name: 'Level at likelihood Likely, impact Severe' })
      .selectOption({ label: 'Very high' });
    await appPage
      .getByRole('combobox', { name: 'Level at likelihood Likely, impact Moderate' })
      .selectOption({ label: 'Very high' });
    await expect(appPage.getByTestId('matrix-problems')).toContainText('levels must not go down');
    await expect(appPage.getByRole('button', { name: 'Save matrix' })).toBeDisabled();
    await appPage
      .getByRole('combobox', { name: 'Level at likelihood Likely, impact Moderate' })
      .selectOption({ label: 'High' });
    await appPage.getByRole('button', { name: 'Save matrix' }).click();
    await expect(appPage.getByTestId('notice-success')).toContainText(/Matrix saved\. \d+ risks? changed level/);

    await register.open();
    const changes = appPage.getByTestId('level-changes');
    await expect(changes).toContainText('now have a different level');
    const road = register.row('Serious road accident on the M2');
    await expect(road).toContainText('4 × 4');
    await expect(road).toContainText('Very high');
    await expect(road).toContainText('Level changed');
    await changes.getByRole('button', { name: 'Mark new levels as seen' }).click();
    await expect(changes).toBeHidden();
    await expect(road).not.toContainText('Level changed');
  });

  test('adds a threat category that the risk form then offers', async ({ appPage }) => {
    await appPage
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Matrix and categories' })
      .click();
    const categories = appPage.getByTestId('categories-table');
    await expect(categories.getByRole('row').filter({ hasText: 'armed-conflict' })).toBeVisible();
    // Header row plus one row per category: the new category's position is this count.
    const before = await categories.getByRole('row').count();
    await appPage.getByRole('button', { name: 'Add category' }).click();
    await appPage.getByRole('textbox', { name: `Name of category ${before}` }).fill('Landmines and UXO');
    await appPage.getByRole('combobox', { name: 'Nature of Landmines and UXO' }).selectOption({ label: 'hazard' });
    await appPage.getByRole('button', { name: 'Save categories' }).click();
    await expect(appPage.getByTestId('notice-success').filter({ hasText: 'Categories saved' })).toBeVisible();
    await expect(categories.getByRole('row').filter({ hasText: 'landmines-and-uxo' })).toBeVisible();

    const register = new RiskRegisterPage(appPage);
    await register.open();
    await appPage.getByRole('button', { name: 'Add risk' }).click();
    await expect(register.dialog.getByLabel('Threat or hazard')).toContainText('Landmines and UXO (hazard)');
  });

  test('edits the indicators of a security phase, which stay after a reload', async ({ appPage, reopen }) => {
    const nav = appPage.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Security phases' }).click();
    const alert = appPage.getByTestId('phase-2');
    await expect(alert.getByLabel('Name')).toHaveValue('Alert');
    const indicators = alert.getByRole('textbox', { name: /Indicators and triggers/ });
    await expect(indicators).toHaveValue(/Rising political tension/);
    await indicators.fill('Rising political tension\nCurfew announced in Velmar');
    await appPage.getByRole('button', { name: 'Save phases' }).click();
    await expect(appPage.getByTestId('notice-success').filter({ hasText: 'Phases saved' })).toBeVisible();
    const results = await new AxeBuilder({ page: appPage }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    await reopen();
    await expect(appPage.getByTestId('phase-2').getByRole('textbox', { name: /Indicators and triggers/ })).toHaveValue(
      'Rising political tension\nCurfew announced in Velmar',
    );
  });

  for (const screen of [
    'Risk register',
    'Measures',
    'People and contacts',
    'Vulnerable targets',
    'Matrix and categories',
  ]) {
    test(`the ${screen} screen passes an accessibility check`, async ({ appPage }) => {
      const link = appPage.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: screen });
      await link.click();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(appPage.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(appPage.getByRole('table').first()).toBeVisible();
      const results = await new AxeBuilder({ page: appPage }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([]);
    });
  }
});
