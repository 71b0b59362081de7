import { expect, test } from '../fixtures/app';
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
  await newRow.fill('Brief the drivers on the Kestrel bypass');
  await newRow.blur();
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
  await otherPlans.fillField('CMT meeting room', 'Room from the other window');
  await otherPlans.waitSaved();

  await plans.fillField('Police emergency number', '112');
  await expect(appPage.getByTestId('save-conflict')).toContainText('changed elsewhere');
  await expect(plans.saveState).toHaveAttribute('data-state', 'conflict');
  await other.close();
});
