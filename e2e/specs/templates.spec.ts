import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures/app';
import { TemplatesPage } from '../pages/TemplatesPage';

const ADDITION = 'Check the kitchen extinguisher every Friday.';

test('a maintainer edits a template, publishes it, and the new version is listed and readable', async ({
  appPage,
  reopen,
}) => {
  const templates = new TemplatesPage(appPage);
  await templates.openLibrary();
  await expect(templates.table.getByRole('row')).toHaveCount(23);
  await appPage.getByLabel('Kind').selectOption({ label: 'Exercise' });
  await expect(templates.table.getByRole('row')).toHaveCount(2);
  await appPage.getByLabel('Kind').selectOption({ label: 'All kinds' });

  await templates.openTemplate('Fire contingency plan');
  await expect(templates.identity).toHaveText(/contingency-fire · version 1\.1\.0 · Contingency plan · Built-in/);
  // The preview is the template filled in with the sample mission.
  await expect(appPage.getByTestId('template-preview').getByTestId('document-editor-content')).toContainText(
    'Head Office Velmar',
  );

  await appPage.getByRole('button', { name: 'Edit' }).click();
  await templates.addParagraphAfterHeading('1. Purpose and scope', ADDITION);
  await templates.publish('Weekly check of the kitchen extinguisher.');

  await expect(templates.identity).toHaveText(/version 1\.2\.0 · Contingency plan · Published here/);
  expect(await templates.text()).toContain(
    `## 1. Purpose and scope {section: purpose, required}\n\n${ADDITION}\n\nThis plan sets out how staff`,
  );
  const download = appPage.waitForEvent('download');
  await appPage.getByRole('button', { name: 'Download this version (.md)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('contingency-fire@1.2.0.md');
  expect(readFileSync(await file.path(), 'utf8')).toContain(ADDITION);
  await templates.tab('Changelog').click();
  await expect(appPage.getByTestId('template-changelog').getByRole('listitem').first()).toContainText('1.2.0');
  await expect(appPage.getByTestId('template-changelog')).toContainText('Weekly check of the kitchen extinguisher.');

  // The older version stays readable, unchanged.
  await appPage.getByLabel('Version').selectOption('1.1.0');
  await expect(templates.identity).toHaveText(/version 1\.1\.0 · Contingency plan · Built-in/);
  await expect(appPage.getByRole('status').filter({ hasText: 'This is an older version' })).toBeVisible();
  expect(await templates.text()).not.toContain(ADDITION);

  await reopen();
  await templates.openLibrary();
  await expect(templates.row('Fire contingency plan')).toContainText('1.2.0');
  await expect(templates.row('Fire contingency plan')).toContainText('(and 1 older version)');
  await expect(templates.row('Fire contingency plan')).toContainText('Published here');
});

test('duplicating a template and importing a pack report conflicts and located problems', async ({ appPage }) => {
  const templates = new TemplatesPage(appPage);
  await templates.openLibrary();
  await templates.openTemplate('Flood contingency plan');
  const text = await templates.text();

  await appPage.getByRole('button', { name: 'Duplicate' }).click();
  const dialog = appPage.getByRole('dialog', { name: 'Duplicate template' });
  await dialog.getByLabel('New id').fill('contingency-flood-velmar');
  await dialog.getByLabel('Title').fill('Flood plan for Velmar');
  await dialog.getByRole('button', { name: 'Duplicate' }).click();
  await expect(appPage.getByRole('heading', { level: 1, name: 'Flood plan for Velmar', exact: true })).toBeVisible();
  await expect(templates.identity).toHaveText(/contingency-flood-velmar · version 1\.0\.0/);

  await templates.openLibrary();
  await appPage.getByTestId('template-pack-input').setInputFiles([
    { name: 'contingency-flood.md', mimeType: 'text/markdown', buffer: Buffer.from(text) },
    {
      name: 'broken.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(text.replace('{{site.name}}', '{{site.nmae}}')),
    },
  ]);
  const report = appPage.getByTestId('pack-report');
  await expect(report).toContainText('0 imported, 1 conflicts, 1 files rejected.');
  await expect(report).toContainText('contingency-flood 1.1.0');
  await expect(report).toContainText('already in the library with the same content');
  await expect(report).toContainText(/broken\.md:\d+:\d+ Unknown field \{\{site\.nmae\}\}/);
  await report.getByRole('button', { name: 'Close report' }).click();

  // A folder brings its templates; other files in it are left out of the pack.
  const folder = mkdtempSync(join(tmpdir(), 'cplan-pack-'));
  const newer = text
    .replace('version: 1.1.0\n', 'version: 1.2.0\n')
    .replace(
      '  - version: 1.1.0',
      '  - version: 1.2.0\n    date: "2026-12-02"\n    note: Imported.\n  - version: 1.1.0',
    );
  writeFileSync(join(folder, 'contingency-flood@1.2.0.md'), newer);
  writeFileSync(join(folder, 'notes.txt'), 'not a template');
  await appPage.getByTestId('template-folder-input').setInputFiles(folder);
  await expect(report).toContainText('1 imported, 0 conflicts, 0 files rejected.');
  await expect(report).toContainText('contingency-flood 1.2.0');
  rmSync(folder, { recursive: true, force: true });
  await expect(templates.row('Flood contingency plan')).toContainText('1.2.0');
});

test('the library and a template screen pass the accessibility checks', async ({ appPage }) => {
  const templates = new TemplatesPage(appPage);
  const violations = async () =>
    (await new AxeBuilder({ page: appPage }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
  await templates.openLibrary();
  await expect(templates.table.getByRole('row')).toHaveCount(23);
  expect(await violations()).toEqual([]);
  await templates.openTemplate('Earthquake contingency plan');
  await expect(appPage.getByTestId('template-preview').getByTestId('document-editor-content')).toBeVisible();
  expect(await violations()).toEqual([]);
});
