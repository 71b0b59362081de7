import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { everyNodeDocument } from '#shared/export/fixture-documents';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { cli } from '#electron/test-support/cli';
import { writeDocxWithoutDatabase } from './export';

const tempDir = useTempDirs();

function bodyOf(file: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(file)), {
    filter: (entry) => entry.name === 'word/document.xml',
  });
  return strFromU8(files['word/document.xml'] ?? new Uint8Array());
}

describe('cplan export and import', () => {
  it('exports a generated plan by id, then imports the .docx back to JSON', async () => {
    const dir = tempDir();
    await cli(
      'plans',
      'generate',
      '--data-dir',
      dir,
      '--template',
      'contingency-civil-unrest',
      '--site',
      'head office velmar',
    );
    const listed = JSON.parse((await cli('plans', 'list', '--data-dir', dir, '--format', 'json')).out) as Array<{
      id: string;
      title: string;
    }>;
    const plan = listed[0];
    expect(plan).toBeDefined();
    const output = join(dir, 'plan.docx');
    const exported = await cli('export', plan!.id, '-o', output, '--data-dir', dir);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    expect(bodyOf(output)).toContain(plan!.title);

    const json = join(dir, 'plan.json');
    const imported = await cli('import', output, '-o', json, '--data-dir', dir);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/Wrote .*plan\.json: \d+ headings/);
    expect(imported.out).toContain('not kept:');
    expect(readFileSync(json, 'utf8')).toContain('"type": "heading"');
  }, 60_000);

  it('exports a document file and the risk register report', async () => {
    const dir = tempDir();
    const documentFile = join(dir, 'doc.json');
    writeFileSync(documentFile, JSON.stringify(everyNodeDocument()));
    const fromFile = await cli('export', '--document', documentFile, '-o', join(dir, 'doc.docx'), '--data-dir', dir);
    expect(fromFile.err).toBe('');
    expect(bodyOf(join(dir, 'doc.docx'))).toContain('Purpose and scope');

    const register = await cli(
      'export',
      'register',
      '-o',
      join(dir, 'register.docx'),
      '--site',
      'head office velmar',
      '--data-dir',
      dir,
    );
    expect(register.err).toBe('');
    expect(bodyOf(join(dir, 'register.docx'))).toContain('Heatmaps');
  }, 60_000);

  it('refuses wrong invocations and bad files clearly', async () => {
    const dir = tempDir();
    const noDocx = await cli('export', 'some-id', '-o', join(dir, 'x.pdf'), '--data-dir', dir);
    expect(noDocx.code).toBe(2);
    expect(noDocx.err).toContain('-o must name a .docx file');
    const missing = await cli('export', 'no-such-plan', '-o', join(dir, 'x.docx'), '--data-dir', dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('[NOT_FOUND]');
    const notWord = join(dir, 'notes.docx');
    writeFileSync(notWord, 'plain text');
    const bad = await cli('import', notWord, '-o', join(dir, 'x.json'), '--data-dir', dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('is not a Word .docx file');
  }, 60_000);

  it('writes a document to Word without a database (for cplan render)', async () => {
    const output = join(tempDir(), 'rendered.docx');
    const size = await writeDocxWithoutDatabase(
      everyNodeDocument(),
      { workspace: 'Karavia', marking: 'RESTRICTED' },
      output,
    );
    expect(size).toBeGreaterThan(10_000);
    expect(bodyOf(output)).toContain('Karavia');
  }, 60_000);
});
