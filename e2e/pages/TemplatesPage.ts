import { expect, type Locator, type Page } from '@playwright/test';
import { letEditorTakeSelection } from './editor-input';

/** The template library and one template's screen (preview, text, changelog, edit and publish). */
export class TemplatesPage {
  readonly page: Page;
  readonly navigation: Locator;
  readonly table: Locator;
  readonly identity: Locator;
  readonly editor: Locator;

  constructor(page: Page) {
    this.page = page;
    this.navigation = page.getByRole('navigation', { name: 'Main navigation' });
    this.table = page.getByTestId('templates-table');
    this.identity = page.getByTestId('template-identity');
    this.editor = page.getByTestId('document-editor-content');
  }

  async openLibrary(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Templates' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Template library' })).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async openTemplate(title: string): Promise<void> {
    await this.table.getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  }

  tab(name: 'Preview with workspace data' | 'Template' | 'Text form' | 'Changelog'): Locator {
    return this.page.getByRole('tab', { name });
  }

  async text(): Promise<string> {
    await this.tab('Text form').click();
    return (await this.page.getByTestId('template-text').textContent()) ?? '';
  }

  /** Starts a new paragraph right after a heading of the template editor and types into it. */
  async addParagraphAfterHeading(heading: string, text: string): Promise<void> {
    await this.editor.getByRole('heading', { name: heading }).click();
    await letEditorTakeSelection(this.page);
    await this.page.keyboard.press('End');
    await letEditorTakeSelection(this.page);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  async publish(note: string, kind: RegExp = /^New or changed content/): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Publish a new version' });
    await form.getByRole('radio', { name: kind }).check();
    await form.getByLabel('Changelog line').fill(note);
    await form.getByRole('button', { name: 'Publish' }).click();
    await expect(form).toBeHidden();
  }
}
