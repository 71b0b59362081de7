import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { cli } from '#electron/test-support/cli';

const tempDir = useTempDirs();

const HEADER = 'Title,Category,Inherent likelihood,Inherent impact';

describe('cplan risks', () => {
  it('lists the register as a table and as JSON', async () => {
    const dir = tempDir();
    const table = await cli('risks', 'list', '--data-dir', dir);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/Title\s+Site\s+Category\s+Inherent/);
    expect(table.out).toContain('Escalation of armed conflict near Dravik');
    const json = JSON.parse((await cli('risks', 'list', '--data-dir', dir, '--format', 'json')).out);
    expect(json.length).toBeGreaterThanOrEqual(14);
  });

  it('checks with --dry-run, imports with --site, and fails with row numbers when rows are bad', async () => {
    const dir = tempDir();
    const file = join(dir, 'in.csv');
    writeFileSync(file, `${HEADER}\nПоджог склада,fire,2,4\nFlood again,flood,3,3\n`);
    const dry = await cli(
      'risks',
      'import',
      file,
      '--site',
      'Logistics warehouse Ostra',
      '--dry-run',
      '--data-dir',
      dir,
    );
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain('2 valid, 0 rejected');
    expect(dry.out).toContain('Dry run: nothing was imported.');

    const done = await cli('risks', 'import', file, '--site', 'Logistics warehouse Ostra', '--data-dir', dir);
    expect(done.code).toBe(0);
    expect(done.out).toContain('Imported 2 risk(s).');
    expect((await cli('risks', 'list', '--data-dir', dir)).out).toContain('Поджог склада');

    writeFileSync(file, `${HEADER}\nFine,fire,2,4\nBroken,volcano,2,4\n`);
    const bad = await cli('risks', 'import', file, '--site', 'Logistics warehouse Ostra', '--data-dir', dir);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('row 3, column "Category": Unknown category "volcano".');
    expect(bad.out).toContain('Nothing was imported');

    const noSite = await cli('risks', 'import', file, '--data-dir', dir);
    expect(noSite.code).toBe(1);
    expect(noSite.out).toContain('No site');
  });

  it('exports CSV and XLSX by extension, and refuses other names', async () => {
    const dir = tempDir();
    const csv = join(dir, 'out.csv');
    expect((await cli('risks', 'export', csv, '--data-dir', dir)).out).toMatch(/Wrote \d+ risk\(s\)/);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFSite,Title,Category/);
    const xlsx = join(dir, 'out.xlsx');
    await cli('risks', 'export', xlsx, '--data-dir', dir);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect((await cli('risks', 'export', join(dir, 'out.txt'), '--data-dir', dir)).code).toBe(2);
    expect((await cli('risks', 'import', join(dir, 'missing.csv'), '--data-dir', dir)).err).toContain('ENOENT');
  });
});
