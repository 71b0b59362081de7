import { expect, type Locator, type Page } from '@playwright/test';

export interface SiteInput {
  name: string;
  type?: 'Office' | 'Residence' | 'Warehouse' | 'Venue' | 'Other';
  address?: string;
  latitude?: string;
  longitude?: string;
}

export class SitesPage {
  readonly page: Page;
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByTestId('sites-table');
    this.dialog = page.getByRole('dialog');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async startAdding(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add site' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async fill(site: SiteInput): Promise<void> {
    await this.dialog.getByLabel('Name').fill(site.name);
    if (site.type) await this.dialog.getByLabel('Type').selectOption({ label: site.type });
    if (site.address !== undefined) await this.dialog.getByLabel('Address').fill(site.address);
    if (site.latitude !== undefined) await this.dialog.getByLabel('Latitude').fill(site.latitude);
    if (site.longitude !== undefined) await this.dialog.getByLabel('Longitude').fill(site.longitude);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
  }

  async add(site: SiteInput): Promise<void> {
    await this.startAdding();
    await this.fill(site);
    await this.save();
    await expect(this.dialog).toBeHidden();
  }
}
