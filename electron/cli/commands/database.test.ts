import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '#electron/db/database-file';
import { cli, cliWith } from '#electron/test-support/cli';
import { readWithPlainSqlite } from '#electron/test-support/plain-sqlite';
import { useTempDirs } from '#electron/test-support/temp-dir';

const tempDir = useTempDirs();
const PASSPHRASE = 'correct horse battery staple';

describe('cplan with an encrypted database', () => {
  it('creates a new database encrypted when given a passphrase, then needs it', async () => {
    const dir = tempDir();
    const env = { CPLAN_PASSPHRASE: PASSPHRASE };
    const created = await cliWith({ env }, 'workspaces', 'list', '--data-dir', dir);
    expect(created.code).toBe(0);
    expect(created.out).toContain('Sample: Mission to Karavia');
    expect(readWithPlainSqlite(databaseFile(dir)).ok).toBe(false);

    const missing = await cli('workspaces', 'list', '--data-dir', dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('is encrypted and no passphrase was given');
    expect(missing.err).toContain('--passphrase-file');

    const wrong = await cliWith(
      { env: { CPLAN_PASSPHRASE: 'not it at all' } },
      'workspaces',
      'list',
      '--data-dir',
      dir,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('The passphrase is wrong');
  });

  it('reads the passphrase from a file, or asks on a terminal', async () => {
    const dir = tempDir();
    const file = join(tempDir(), 'passphrase.txt');
    writeFileSync(file, `${PASSPHRASE}\n`);
    expect((await cli('db', 'backup', '--data-dir', dir, '--passphrase-file', file)).code).toBe(0);
    const checked = await cli('db', 'check', '--data-dir', dir, '--passphrase-file', file);
    expect(checked.out).toMatch(/integrity ok, schema \d+, encrypted/);

    const prompts: string[] = [];
    const asked = await cliWith(
      { askPassphrase: async (prompt) => (prompts.push(prompt), PASSPHRASE) },
      'workspaces',
      'list',
      '--data-dir',
      dir,
    );
    expect(asked.code).toBe(0);
    expect(prompts).toEqual([`Passphrase for ${databaseFile(dir)}: `]);

    const empty = join(tempDir(), 'empty.txt');
    writeFileSync(empty, '');
    const refused = await cli('workspaces', 'list', '--data-dir', dir, '--passphrase-file', empty);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('is empty');
  });

  it('lists the backups of a damaged database and restores the one chosen', async () => {
    const dir = tempDir();
    const env = { CPLAN_PASSPHRASE: PASSPHRASE };
    await cliWith({ env }, 'db', 'backup', '--data-dir', dir);
    writeFileSync(databaseFile(dir), Buffer.alloc(8192, 7));

    const broken = await cliWith({ env }, 'workspaces', 'list', '--data-dir', dir);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('damaged');

    const listed = await cliWith({ env }, 'db', 'recover', '--data-dir', dir);
    expect(listed.code).toBe(2);
    expect(listed.out).toMatch(/Backup\s+Created\s+Reason/);
    const name = /planner-\S+-manual\.db/.exec(listed.out)![0];

    const noKey = await cli('db', 'recover', '--from', name, '--data-dir', dir);
    expect(noKey.code).toBe(1);
    expect(noKey.err).toContain('encrypted');
    const restored = await cliWith({ env }, 'db', 'recover', '--from', name, '--data-dir', dir);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`Restored ${databaseFile(dir)}`);
    expect((await cliWith({ env }, 'workspaces', 'list', '--data-dir', dir)).out).toContain(
      'Sample: Mission to Karavia',
    );
  });
});
