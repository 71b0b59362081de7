import { expect, type Locator, type Page } from '@playwright/test';

export interface RiskInput {
  title: string;
  site?: string;
  category?: string;
  inherent?: [likelihood: number, impact: number];
  residual?: [likelihood: number, impact: number] | null;
}

/** The risk register screen: heatmaps, filters, the table and the risk dialogs. */
export class RiskRegisterPage {
  readonly page: Page;
  readonly table: Locator;
  readonly dialog: Locator;
  readonly count: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByTestId('risk-register');
    this.dialog = page.getByRole('dialog');
    this.count = page.getByTestId('register-count');
  }

  async open(): Promise<void> {
    const link = this.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Risk register' });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(this.table).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  heatmapCell(kind: 'inherent' | 'residual', likelihood: number, impact: number): Locator {
    return this.page.getByTestId(`heatmap-${kind}-${likelihood}-${impact}`);
  }

  async fill(risk: RiskInput): Promise<void> {
    const dialog = this.dialog;
    await dialog.getByLabel('Title').fill(risk.title);
    if (risk.site) await dialog.getByLabel('Site', { exact: true }).selectOption({ label: risk.site });
    if (risk.category) await dialog.getByLabel('Threat or hazard').selectOption({ label: risk.category });
    if (risk.inherent) {
      await dialog.getByLabel('Inherent likelihood').selectOption(String(risk.inherent[0]));
      await dialog.getByLabel('Inherent impact').selectOption(String(risk.inherent[1]));
    }
    if (risk.residual !== undefined) {
      await dialog.getByLabel('Residual risk assessed').setChecked(risk.residual !== null);
      if (risk.residual) {
        await dialog.getByLabel('Residual likelihood').selectOption(String(risk.residual[0]));
        await dialog.getByLabel('Residual impact').selectOption(String(risk.residual[1]));
      }
    }
  }

  async add(risk: RiskInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add risk' }).click();
    await expect(this.dialog).toBeVisible();
    await this.fill(risk);
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async edit(title: string, changes: Partial<RiskInput>): Promise<void> {
    await this.row(title)
      .getByRole('button', { name: `Edit ${title}` })
      .click();
    await expect(this.dialog).toBeVisible();
    await this.fill({ title, ...changes });
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async addMeasure(
    title: string,
    measure: { type: 'Prevention' | 'Mitigation'; description: string; owner: string; dueDate: string },
  ): Promise<void> {
    await this.row(title)
      .getByRole('button', { name: `Measures of ${title}` })
      .click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: 'Add measure' }).click();
    await this.dialog.getByLabel('Type').selectOption({ label: measure.type });
    await this.dialog.getByRole('textbox', { name: /^Measure/ }).fill(measure.description);
    await this.dialog.getByLabel('Owner').fill(measure.owner);
    await this.dialog.getByLabel('Due date').fill(measure.dueDate);
    await this.dialog.getByRole('button', { name: 'Save measure' }).click();
    await expect(this.dialog.getByTestId('risk-measures')).toContainText(measure.description);
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  async checkImport(fileName: string, content: string | Buffer): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel('File').setInputFiles({
      name: fileName,
      mimeType: fileName.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
      buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    });
    const report = this.dialog.getByTestId('import-report');
    await expect(report).toBeVisible();
    return report;
  }
}
