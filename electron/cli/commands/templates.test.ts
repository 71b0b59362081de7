import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { cli } from '#electron/test-support/cli';

const tempDir = useTempDirs();
const repository = fileURLToPath(new URL('../../..', import.meta.url));

describe('cplan templates', () => {
  it('lints the built-in library in templates/ without a single problem (what CI runs)', async () => {
    const result = await cli('templates', 'lint', join(repository, 'templates'));
    expect(result.err).toBe('');
    expect(result.out).toBe('22 templates checked: 0 errors, 0 warnings.');
    expect(result.code).toBe(0);
  });

  it('runs as `npx cplan templates lint templates/` from the repository', () => {
    const output = execFileSync(process.execPath, ['bin/cplan.mjs', 'templates', 'lint', 'templates/'], {
      cwd: repository,
      encoding: 'utf8',
    });
    expect(output.trim()).toBe('22 templates checked: 0 errors, 0 warnings.');
  }, 30_000);

  it('prints path:line:column for every problem and exits 1', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'contingency-broken.md'),
      '---\nid: contingency-broken\ntitle: Broken\nkind: contingency\nversion: 1.0.0\n---\n# {{site.nam}}\n\nHold {{fill: Days | default:}} days.\n\n::: for each risk\n',
    );
    writeFileSync(join(dir, 'garbage.md'), Buffer.from([0x00, 0xff, 0xfe, 0x10, 0x80]));
    const result = await cli('templates', 'lint', dir);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/contingency-broken\.md:7:3: error: Unknown field \{\{site\.nam\}\}/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/contingency-broken\.md:9:29: error: A default needs a value after the colon/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/contingency-broken\.md:11:1: error: "::: for each risk" is never closed/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/garbage\.md:1:1: error: This is not a text file/));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /contingency-broken\.md:4:1: warning: A contingency plan has a section "Purpose and scope"/,
      ),
    );
    expect(lines.at(-1)).toBe('2 templates checked: 4 errors, 13 warnings.');
    expect((await cli('templates', 'lint', join(dir, 'missing'))).code).toBe(2);
  });

  it('lists the library, and exports and imports a pack', async () => {
    const dataDir = tempDir();
    const list = await cli('templates', 'list', '--kind', 'contingency', '--data-dir', dataDir, '--format', 'json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toHaveLength(16);
    const table = await cli('templates', 'list', '--data-dir', dataDir);
    expect(table.out).toMatch(/Id\s+Title\s+Kind\s+Version/);
    expect(table.out).toContain('site-security-plan');

    const shown = await cli('templates', 'show', 'contingency-fire', '--data-dir', dataDir);
    expect(shown.out.split('\n')[1]).toBe('id: contingency-fire');
    expect(
      (await cli('templates', 'show', 'contingency-fire', '--template-version', '9.9.9', '--data-dir', dataDir)).err,
    ).toContain('has no version 9.9.9');

    const out = join(tempDir(), 'pack');
    const exported = await cli('templates', 'export', out, '--id', 'contingency-flood', '--data-dir', dataDir);
    expect(exported.out).toBe(`1 template version written to ${out}.`);
    expect(readdirSync(out)).toEqual(['contingency-flood@1.1.0.md']);

    const imported = await cli('templates', 'import', out, '--data-dir', tempDir());
    expect(imported.out).toContain(
      'conflict  contingency-flood 1.1.0  (contingency-flood@1.1.0.md): already in the library, skipped',
    );
    expect(imported.code).toBe(0);
  });
});
