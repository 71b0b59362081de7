import { expect, type Locator, type Page } from '@playwright/test';

/** The screens before any data (first run, unlock, recovery) and the Application settings. */
export class SecurityPage {
  readonly page: Page;
  readonly gate: Locator;
  readonly app: Locator;

  constructor(page: Page) {
    this.page = page;
    this.gate = page.getByTestId('gate-screen');
    this.app = page.getByTestId('unlocked-app');
  }

  async setPassphrase(passphrase: string, confirm = passphrase): Promise<void> {
    await this.gate.getByLabel('New passphrase').fill(passphrase);
    await this.gate.getByLabel('Type it again').fill(confirm);
    await this.gate.getByRole('button', { name: /^Encrypt/ }).click();
  }

  async unlock(passphrase: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Unlock Contingency Planner' })).toBeVisible();
    await this.gate.getByLabel('Passphrase').fill(passphrase);
    await this.gate.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  async lockNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(this.gate).toBeVisible();
    await expect(this.app).toBeHidden();
  }

  /** Locks from outside the page, as the server's idle timer does. */
  async lockFromServer(): Promise<void> {
    await this.page.evaluate(async () => {
      const token = sessionStorage.getItem('cplan.token') ?? '';
      await fetch('/api/security.lock', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
    });
  }

  async openSettings(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Application settings' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Application settings' })).toBeVisible();
  }
}
