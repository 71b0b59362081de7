import { expect, test } from '../fixtures/app';
import { letEditorTakeSelection } from '../pages/editor-input';
import { PlansPage } from '../pages/PlansPage';

test('after reopening a plan, an edit saves only the section it changed', async ({ appPage, appKind }) => {
  test.skip(appKind === 'electron', 'Reads the saves off the HTTP API of browser mode.');
  const plans = new PlansPage(appPage);
  await plans.openList();
  await plans.generate({ site: 'Head Office Velmar', template: /^Civil unrest plan/ });
  // The first save after generating sends everything: the editor adds its own properties to every node.
  const first = plans.saveCarrying('First edit.');
  await plans.editor
    .getByText(/^This plan se/)
    .first()
    .click();
  await letEditorTakeSelection(appPage);
  await appPage.keyboard.type(' First edit.');
  await first;
  await plans.waitSaved();

  await appPage.reload();
  await expect(plans.editor).toBeVisible();
  const request = appPage.waitForRequest(
    (candidate) =>
      candidate.url().endsWith('/api/plans.saveSections') && (candidate.postData() ?? '').includes('Second edit.'),
  );
  await plans.editor
    .getByText(/^This plan se/)
    .first()
    .click();
  await letEditorTakeSelection(appPage);
  await appPage.keyboard.type(' Second edit.');
  const sent = (await request).postDataJSON() as { head?: unknown; sections: Array<{ unchanged?: number }> };
  expect(sent.head).toBeUndefined();
  expect(sent.sections.length).toBeGreaterThan(5);
  expect(sent.sections.filter((section) => section.unchanged === undefined)).toHaveLength(1);
  await plans.waitSaved();
});
