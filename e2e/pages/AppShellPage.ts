import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every screen: top bar, sample banner, navigation, notices. */
export class AppShellPage {
  readonly page: Page;
  readonly workspaceSwitcher: Locator;
  readonly sampleBanner: Locator;
  readonly marking: Locator;
  readonly navigation: Locator;
  readonly successNotice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.workspaceSwitcher = page.getByRole('combobox', { name: 'Workspace' });
    this.sampleBanner = page.getByTestId('sample-banner');
    this.marking = page.getByTestId('workspace-marking');
    this.navigation = page.getByRole('navigation', { name: 'Main navigation' });
    this.successNotice = page.getByTestId('notice-success');
  }

  async open(section: 'Overview' | 'Sites' | 'Workspace settings'): Promise<void> {
    await this.navigation.getByRole('link', { name: section }).click();
    await expect(this.navigation.getByRole('link', { name: section })).toHaveAttribute('aria-current', 'page');
  }

  async createWorkspace(fields: {
    name: string;
    marking?: string;
    kind?: 'Field mission' | 'Institution';
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'New workspace' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create a workspace' });
    await dialog.getByLabel('Name').fill(fields.name);
    if (fields.kind) await dialog.getByLabel('Kind').selectOption({ label: fields.kind });
    if (fields.marking) await dialog.getByLabel('Classification marking').fill(fields.marking);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
  }

  async switchTo(workspaceName: string): Promise<void> {
    await this.workspaceSwitcher.selectOption({ label: workspaceName });
  }

  async removeSampleData(): Promise<void> {
    await this.sampleBanner.getByRole('button', { name: 'Remove sample data' }).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Remove sample data' }).click();
    await expect(this.sampleBanner).toBeHidden();
  }
}
