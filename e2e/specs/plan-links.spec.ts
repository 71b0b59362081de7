import { expect, test } from '../fixtures/app';
import { PlansPage } from '../pages/PlansPage';
import { RiskRegisterPage } from '../pages/RiskRegisterPage';

const PLAN = 'Civil unrest plan - Head Office Velmar';
const RISK = 'Violent civil unrest at the elections in Velmar';

test('a risk reference opens that risk in the register; once deleted, it says so', async ({ appPage }) => {
  const plans = new PlansPage(appPage);
  await plans.openList();
  await plans.generate({ site: 'Head Office Velmar', minLevel: 'Medium', template: /^Civil unrest plan/ });
  const reference = plans.editor.getByRole('button', { name: new RegExp(`^Risk ${RISK}, level`) }).first();
  await reference.click();

  // The register opens with the risk itself open, at an address of its own.
  const register = new RiskRegisterPage(appPage);
  const dialog = appPage.getByRole('dialog', { name: 'Edit risk' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue(RISK);
  expect(appPage.url()).toMatch(/#\/w\/[^/]+\/risks\/[^/]+$/);
  const riskAddress = appPage.url();
  await appPage.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(appPage).toHaveURL(/#\/w\/[^/]+\/risks$/);
  await expect(register.table).toBeVisible();

  // Delete the risk; the link to it, and the plan's reference, say it is gone.
  await register
    .row(RISK)
    .getByRole('button', { name: `Delete ${RISK}` })
    .click();
  await appPage.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(register.row(RISK)).toHaveCount(0);
  await appPage.goto(riskAddress);
  await expect(appPage.getByTestId('risk-link-missing')).toContainText('no longer in the register');
  await expect(appPage.getByRole('dialog')).toBeHidden();

  await plans.openList();
  await appPage.getByRole('link', { name: PLAN }).first().click();
  await expect(plans.editor).toBeVisible();
  const deleted = plans.editor.getByTestId('risk-reference').filter({ hasText: RISK }).first();
  await expect(deleted).toContainText('deleted from the register');
  await expect(deleted).toHaveAttribute('aria-label', `Risk ${RISK}, deleted: no longer in the register`);
  await expect(plans.editor.getByRole('button', { name: new RegExp(`^Risk ${RISK}`) })).toHaveCount(0);
});
