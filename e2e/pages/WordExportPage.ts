import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The "Word export" screen: house style, sample export, risk register report, import. */
export class WordExportPage {
  readonly page: Page;
  readonly houseStyleForm: Locator;
  readonly registerExport: Locator;
  readonly sampleExport: Locator;
  readonly importDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.houseStyleForm = page.getByRole('form', { name: 'House style' });
    this.registerExport = page.getByTestId('export-register');
    this.sampleExport = page.getByTestId('export-sample');
    this.importDialog = page.getByRole('dialog', { name: 'Import a Word document' });
  }

  async open(): Promise<void> {
    const link = this.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Word export' });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(this.houseStyleForm).toBeVisible();
  }

  /** Clicks an export button and returns the download it produces, once the progress is over. */
  async exportFrom(area: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await area.getByRole('button').first().click();
    const file = await download;
    await expect(area.getByRole('status').filter({ hasText: 'is ready' })).toBeVisible();
    return file;
  }

  async importFile(name: string, buffer: Buffer): Promise<void> {
    await this.page.getByRole('button', { name: 'Import from Word…' }).click();
    await expect(this.importDialog).toBeVisible();
    await this.importDialog.getByLabel('Word document (.docx)').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer,
    });
    await this.importDialog.getByRole('button', { name: 'Read the document' }).click();
  }
}
