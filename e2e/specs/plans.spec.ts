import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { letEditorTakeSelection } from '../pages/editor-input';
import { PlansPage } from '../pages/PlansPage';

test('generate a plan from risks, edit it, find it saved after a reload and by search', async ({ appPage, reopen }) => {
  const plans = new PlansPage(appPage);
  await plans.openList();
  await plans.generate({ site: 'Head Office Velmar', minLevel: 'Medium', template: /^Civil unrest plan/ });
  await expect(
    appPage.getByRole('heading', { level: 1, name: 'Civil unrest plan - Head Office Velmar' }),
  ).toBeVisible();

  await plans.fillField('CMT meeting room', 'Room 12B, second floor');
  const actions = plans.actionTable('Actions');
  await actions.getByRole('button', { name: 'Add row' }).click();
  const rows = actions.getByRole('textbox', { name: /^Action, row \d+$/ });
  const newRow = rows.last();
  // The editor reports a change once typing pauses: wait for the save that carries the new row.
  const saved = plans.saveCarrying('Kestrel bypass');
  await newRow.fill('Brief the drivers on the Kestrel bypass');
  await newRow.blur();
  await saved;
  await plans.waitSaved();

  await reopen();
  await expect(plans.editor).toBeVisible();
  await expect(plans.editor.getByRole('button', { name: 'Room 12B, second floor' }).first()).toBeVisible();
  await expect(actions.getByRole('textbox', { name: /^Action, row \d+$/ }).last()).toHaveValue(
    'Brief the drivers on the Kestrel bypass',
  );

  await plans.navigation.getByRole('link', { name: 'Search' }).click();
  await appPage.getByRole('searchbox', { name: 'Search plans and risks' }).fill('kestrel');
  const hit = appPage.getByTestId('search-plan-hit').first();
  await expect(hit).toContainText('Civil unrest plan - Head Office Velmar');
  await expect(hit.getByText('Kestrel', { exact: true })).toBeVisible();
  await hit.getByRole('link', { name: 'Civil unrest plan - Head Office Velmar' }).click();
  await expect(plans.editor).toBeVisible();

  // The register names the plans that cover each risk (DOMAIN.md section 3).
  await plans.navigation.getByRole('link', { name: 'Risk register' }).click();
  const row = appPage.getByRole('row').filter({ hasText: 'Violent civil unrest at the elections in Velmar' });
  await expect(row.getByRole('link', { name: 'Civil unrest plan - Head Office Velmar' })).toBeVisible();
});

test('a save from a stale window is refused with a clear message, not silently applied', async ({ appPage }) => {
  const plans = new PlansPage(appPage);
  await plans.openList();
  await plans.generate({ site: 'Head Office Velmar', template: /^Civil unrest plan/ });
  // A second window on the same plan (same server, same token) saves first.
  const token = await appPage.evaluate<string | null>('sessionStorage.getItem("cplan.token")');
  const url = new URL(appPage.url());
  url.searchParams.set('token', token ?? '');
  const other = await appPage.context().newPage();
  await other.goto(url.toString());
  const otherPlans = new PlansPage(other);
  await expect(otherPlans.editor).toBeVisible();
  const otherSaved = otherPlans.saveCarrying('Room from the other window');
  await otherPlans.fillField('CMT meeting room', 'Room from the other window');
  await otherSaved;

  await plans.fillField('Police emergency number', '112');
  await expect(appPage.getByTestId('save-conflict')).toContainText('changed elsewhere');
  await expect(plans.saveState).toHaveAttribute('data-state', 'conflict');
  await other.close();
});

test('review and approval freeze a plan; a new draft edition is editable again', async ({ appPage }) => {
  const plans = new PlansPage(appPage);
  await plans.openList();
  await plans.generate({ site: 'Head Office Velmar', template: /^Civil unrest plan/ });
  await expect(appPage.getByTestId('plan-health').getByTestId('health-unfilled')).toContainText('CMT meeting room');

  await appPage.getByRole('button', { name: 'Submit for review' }).click();
  await expect(appPage.getByTestId('plan-status').first()).toHaveText('In review');
  // Approval needs the name of the approving official.
  await appPage.getByRole('button', { name: 'Approve' }).click();
  await expect(appPage.getByTestId('notice-error')).toContainText('Name the official who approves');
  await appPage.getByRole('tab', { name: 'Approval' }).click();
  await appPage.getByRole('textbox', { name: 'Approved by' }).fill('Head of Mission');
  await appPage.getByRole('button', { name: 'Save details' }).click();
  await expect(appPage.getByTestId('notice-success').filter({ hasText: 'Details saved' })).toBeVisible();
  await appPage.getByRole('button', { name: 'Approve' }).click();
  await expect(appPage.getByTestId('plan-frozen')).toBeVisible();
  await expect(plans.editor.getByRole('button', { name: 'CMT meeting room' }).first()).toBeDisabled();

  await appPage.getByRole('button', { name: 'Start a new draft' }).click();
  await expect(appPage.getByText(/edition 2/)).toBeVisible();
  await expect(appPage.getByTestId('plan-frozen')).toBeHidden();
  await expect(plans.editor.getByRole('button', { name: 'CMT meeting room' }).first()).toBeEnabled();

  await plans.openList();
  // The sample mission's own plan is listed too: only this plan's editions are counted.
  const table = appPage.getByTestId('plans-table');
  const editions = table.getByRole('row').filter({ hasText: 'Civil unrest plan - Head Office Velmar' });
  await expect(editions).toHaveCount(2);
  await expect(editions.getByTestId('plan-status')).toHaveText(['Draft', 'Approved']);

  // Deleting the draft asks first and leaves the approved edition.
  await editions.first().getByRole('link').click();
  await appPage.getByRole('button', { name: 'Delete plan' }).click();
  await appPage.getByRole('alertdialog').getByRole('button', { name: 'Delete plan' }).click();
  await expect(appPage.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await expect(editions.getByTestId('plan-status')).toHaveText(['Approved']);
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

test('the plans list, the wizard, the plan screen and search pass an accessibility check', async ({ appPage }) => {
  const plans = new PlansPage(appPage);
  await plans.openList();
  await expect(appPage.getByTestId('coverage-table')).toBeVisible();
  expect(await axeViolations(appPage)).toEqual([]);

  await appPage.getByRole('button', { name: 'New plan' }).click();
  await expect(appPage.getByTestId('wizard-risks')).toBeVisible();
  expect(await axeViolations(appPage)).toEqual([]);
  await appPage.getByRole('button', { name: 'Cancel' }).click();

  await plans.generate({ site: 'Head Office Velmar', template: /^Civil unrest plan/ });
  await expect(appPage.getByTestId('plan-health')).toBeVisible();
  expect(await axeViolations(appPage)).toEqual([]);

  await plans.navigation.getByRole('link', { name: 'Search' }).click();
  await appPage.getByRole('searchbox', { name: 'Search plans and risks' }).fill('staff');
  await expect(appPage.getByTestId('search-results')).toBeVisible();
  expect(await axeViolations(appPage)).toEqual([]);
});

test('exports the plan being edited to Word, with the latest edit in it', async ({ appPage }) => {
  const plans = new PlansPage(appPage);
  await plans.openList();
  await plans.generate({ site: 'Head Office Velmar', template: /^Civil unrest plan/ });
  await plans.fillField('CMT meeting room', 'Conference room Aurora');
  // Typed and exported at once, inside the editor's typing pause: the export must still carry it.
  await plans.editor
    .getByText(/^This plan sets out/)
    .first()
    .click();
  await letEditorTakeSelection(appPage);
  await appPage.keyboard.type(' Typed just before export. ');

  const download = appPage.waitForEvent('download');
  await appPage.getByTestId('export-word').getByRole('button', { name: 'Export to Word' }).click();
  const file = await (await download).path();
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => fs.readFile(file)));
  const body = await zip.file('word/document.xml')!.async('string');
  expect(body).toContain('Conference room Aurora');
  expect(body).toContain('Typed just before export.');
  expect(body).toContain('Civil unrest plan');
  expect(body).toContain('w:tblHeader');
  expect(body).not.toMatch(/\{\{|:::/);
});
