import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { letEditorTakeSelection } from '../pages/editor-input';
import { PlansPage } from '../pages/PlansPage';

/** A second window on the plan `page` shows (same server, same token). */
async function secondWindow(page: Page): Promise<PlansPage> {
  const token = await page.evaluate<string | null>('sessionStorage.getItem("cplan.token")');
  const url = new URL(page.url());
  url.searchParams.set('token', token ?? '');
  const other = await page.context().newPage();
  await other.goto(url.toString());
  const plans = new PlansPage(other);
  await expect(plans.editor).toBeVisible();
  return plans;
}

test('two windows edit one plan: the later one is told, keeps its version, and a reload shows it', async ({
  appPage,
  appKind,
}) => {
  test.skip(appKind === 'electron', 'A second window on one plan needs browser mode (a second page on the server).');
  const first = new PlansPage(appPage);
  await first.openList();
  await first.generate({ site: 'Head Office Velmar', template: /^Civil unrest plan/ });
  const second = await secondWindow(appPage);

  // The first window saves, so the second one's version is stale from here on.
  const firstSaved = first.saveCarrying('Room from the first window');
  await first.fillField('CMT meeting room', 'Room from the first window');
  await firstSaved;
  await first.waitSaved();

  // The second window types into the plan text; its autosave is refused with a clear message.
  await second.editor
    .getByText(/^This plan sets out/)
    .first()
    .click();
  await letEditorTakeSelection(second.page);
  await second.page.keyboard.type(' Kept from the second window.');
  const conflict = second.page.getByTestId('save-conflict');
  await expect(conflict).toContainText('changed elsewhere');
  await expect(second.saveState).toHaveAttribute('data-state', 'conflict');

  // Keep mine: the second window's document is saved over the first one's.
  const kept = second.saveCarrying('Kept from the second window.');
  await conflict.getByRole('button', { name: 'Keep my version (overwrite theirs)' }).click();
  await kept;
  await expect(conflict).toBeHidden();
  await second.waitSaved();

  for (const window of [second, first]) {
    await window.page.reload();
    await expect(window.editor).toBeVisible();
    await expect(window.editor.getByText('Kept from the second window.')).toBeVisible();
    await expect(window.editor.getByRole('button', { name: 'Room from the first window' })).toHaveCount(0);
    await expect(window.editor.getByRole('button', { name: 'CMT meeting room' }).first()).toBeVisible();
  }
  await second.page.close();
});
