import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { exportDocx } from '#shared/export/document';
import { everyNodeDocument, FIXTURE_COVER } from '#shared/export/fixture-documents';
import { DEFAULT_HOUSE_STYLE } from '#shared/export/house-style';
import { expect, test } from '../fixtures/app';
import { AppShellPage } from '../pages/AppShellPage';
import { WordExportPage } from '../pages/WordExportPage';

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function documentXml(file: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(file)), {
    filter: (entry) => entry.name === 'word/document.xml',
  });
  return strFromU8(files['word/document.xml'] ?? new Uint8Array());
}

function stylesXml(file: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(file)), { filter: (entry) => entry.name === 'word/styles.xml' });
  return strFromU8(files['word/styles.xml'] ?? new Uint8Array());
}

test.describe('Word export and import', () => {
  test('saves a house style that the next export uses, and refuses a fake logo', async ({ appPage, reopen }) => {
    const word = new WordExportPage(appPage);
    await word.open();
    await word.houseStyleForm.getByLabel('Body font').fill('Arial');
    await word.houseStyleForm.getByLabel('Classification marking').fill('OSCE RESTRICTED');
    await word.houseStyleForm.getByLabel('Paper').selectOption({ label: 'US Letter' });
    await word.houseStyleForm.getByRole('button', { name: 'Save house style' }).click();
    await expect(new AppShellPage(appPage).successNotice).toContainText('House style saved');

    await appPage
      .getByLabel('Upload a logo (PNG or JPEG)')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await expect(appPage.getByRole('alert')).toContainText('"logo.png" is not a PNG or JPEG image');
    await appPage
      .getByLabel('Upload a logo (PNG or JPEG)')
      .setInputFiles({ name: 'crest.png', mimeType: 'image/png', buffer: PNG_1x1 });
    await expect(appPage.getByRole('img', { name: 'Logo crest.png' })).toBeVisible();

    await reopen();
    await word.open();
    await expect(word.houseStyleForm.getByLabel('Body font')).toHaveValue('Arial');

    const download = await word.exportFrom(word.sampleExport);
    expect(download.suggestedFilename()).toBe('House style sample.docx');
    const path = await download.path();
    expect(stylesXml(path)).toContain('w:ascii="Arial"');
    expect(documentXml(path)).toContain('<w:pgSz w:w="12240" w:h="15840"');
    // The sample is a real plan, the built-in site security plan, not a test fixture.
    expect(documentXml(path)).toContain('Communications plan (PACE)');
  });

  test('exports the risk register report with progress and an Open button, then imports it back', async ({
    appPage,
  }, testInfo) => {
    const word = new WordExportPage(appPage);
    await word.open();
    const download = await word.exportFrom(word.registerExport);
    expect(download.suggestedFilename()).toMatch(/^Risk register report .*\.docx$/);
    await expect(word.registerExport.getByRole('button', { name: 'Open' })).toBeVisible();
    const path = await download.path();
    const body = documentXml(path);
    expect(body).toContain('Heatmaps');
    expect(body).toContain('Inherent risk');

    await word.importFile('register.docx', readFileSync(path));
    const result = word.importDialog.getByTestId('import-result');
    await expect(result.getByRole('status')).toContainText(/Found \d+ headings/);
    await expect(result.getByRole('list', { name: 'Not kept from the original' })).toContainText('Cover Title');
    await appPage.screenshot({ path: testInfo.outputPath('import-dialog.png') });
    await word.importDialog.getByRole('button', { name: 'Create a draft plan' }).click();
    await expect(word.importDialog).toBeHidden();
    const imported = appPage.getByTestId('word-imported');
    await expect(imported).toContainText('register.docx is now the draft plan "Risk register report');
    await imported.getByRole('link', { name: 'Open the plan' }).click();
    await expect(appPage).toHaveURL(/#\/w\/[^/]+\/plans\/[^/]+$/);
    await expect(appPage.getByText('Risk register report — Sample: Mission to Karavia').first()).toBeVisible();
  });

  test('imports a Word document as a template draft into the template library', async ({ appPage }) => {
    const word = new WordExportPage(appPage);
    await word.open();
    const docx = await exportDocx({ document: everyNodeDocument(), style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER });
    await appPage.getByLabel('Make it').selectOption({ label: 'a template draft (in the template library)' });
    await word.importFile('evacuation.docx', Buffer.from(docx));
    await expect(word.importDialog.getByTestId('import-result').getByRole('status')).toContainText(
      /Found \d+ headings/,
    );
    await word.importDialog.getByRole('button', { name: 'Create a template draft' }).click();
    await expect(word.importDialog).toBeHidden();
    await expect(appPage.getByTestId('word-imported')).toContainText(
      'evacuation.docx is now the template draft "Evacuation contingency plan — Karavia HQ"',
    );
    await expect(new AppShellPage(appPage).successNotice).toContainText('added to the library');
  });

  test('explains why a damaged or password-protected file cannot be imported, and imports nothing', async ({
    appPage,
  }) => {
    const word = new WordExportPage(appPage);
    await word.open();
    await word.importFile('broken.docx', Buffer.from('PK\u0003\u0004 this zip is cut short'));
    await expect(word.importDialog.getByRole('alert')).toContainText('"broken.docx" is damaged');
    const encrypted = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(encrypted);
    await word.importDialog
      .getByLabel('Word document (.docx)')
      .setInputFiles({ name: 'secret.docx', mimeType: 'application/octet-stream', buffer: encrypted });
    await word.importDialog.getByRole('button', { name: 'Read the document' }).click();
    await expect(word.importDialog.getByRole('alert')).toContainText('password-protected');
    await expect(word.importDialog.getByRole('button', { name: 'Create a draft plan' })).toHaveCount(0);
    await appPage.keyboard.press('Escape');
    await expect(appPage.getByTestId('word-imported')).toHaveCount(0);
  });

  test('the Word export screen has no accessibility violations', async ({ appPage }, testInfo) => {
    const word = new WordExportPage(appPage);
    await word.open();
    await appPage.screenshot({ path: testInfo.outputPath('word-export.png'), fullPage: true });
    const results = await new AxeBuilder({ page: appPage }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
});
