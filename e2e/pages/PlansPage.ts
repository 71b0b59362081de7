import { expect, type Locator, type Page } from '@playwright/test';

/** The plans list, the "New plan" wizard and the plan screen. */
export class PlansPage {
  readonly page: Page;
  readonly navigation: Locator;
  readonly saveState: Locator;
  readonly editor: Locator;

  constructor(page: Page) {
    this.page = page;
    this.navigation = page.getByRole('navigation', { name: 'Main navigation' });
    this.saveState = page.getByTestId('save-state');
    this.editor = page.getByTestId('document-editor');
  }

  async openList(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Plans' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  }

  /** Runs the wizard: site and level, then a template by title, preview, create. */
  async generate(options: { site: string; minLevel?: string; template: RegExp }): Promise<void> {
    await this.page.getByRole('button', { name: 'New plan' }).click();
    const wizard = this.page.getByRole('dialog', { name: 'New plan' });
    await wizard.getByLabel('Site').selectOption({ label: options.site });
    if (options.minLevel)
      await wizard.getByLabel('Preselect risks at or above').selectOption({ label: options.minLevel });
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('radio', { name: options.template }).check();
    await wizard.getByRole('button', { name: 'Preview' }).click();
    await expect(wizard.getByTestId('wizard-preview').getByTestId('document-editor')).toBeVisible();
    await wizard.getByRole('button', { name: 'Create plan' }).click();
    await expect(wizard).toBeHidden();
    await expect(this.editor).toBeVisible();
  }

  async fillField(label: string, value: string): Promise<void> {
    await this.editor.getByRole('button', { name: label }).first().click();
    const popover = this.page.getByRole('dialog', { name: `Fill ${label}` });
    await popover.getByLabel(label).fill(value);
    await popover.getByRole('button', { name: 'Fill' }).click();
  }

  actionTable(title: string): Locator {
    // Each structured block is a region named after its title.
    return this.editor.getByRole('region', { name: title, exact: true });
  }

  /** Resolves once a successful autosave has sent a document (or the changed sections) containing `text`. */
  async saveCarrying(text: string): Promise<void> {
    const response = await this.page.waitForResponse(
      (candidate) =>
        /\/api\/plans\.(save|saveSections)$/.test(candidate.url()) &&
        (candidate.request().postData() ?? '').includes(text),
      { timeout: 20_000 },
    );
    expect((await response.json()) as { ok: boolean }).toMatchObject({ ok: true });
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  }
}
