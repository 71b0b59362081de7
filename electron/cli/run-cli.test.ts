import { describe, expect, it } from 'vitest';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '#electron/test-support/cli';

const tempDir = useTempDirs();

describe('cplan', () => {
  it('lists workspaces as a table and as JSON', async () => {
    const dir = tempDir();
    const table = await cli('workspaces', 'list', '--data-dir', dir);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/Name\s+Kind\s+Marking/);
    expect(table.out).toContain('Sample: Mission to Karavia');

    const json = await cli('workspaces', 'list', '--data-dir', dir, '--format', 'json');
    expect(JSON.parse(json.out)).toEqual([expect.objectContaining({ id: 'sample-karavia', siteCount: 5 })]);
  });

  it('lists the sites of the only workspace, or of the one named', async () => {
    const dir = tempDir();
    const sites = await cli('sites', 'list', '--data-dir', dir, '--format', 'json');
    expect(JSON.parse(sites.out).map((site: { name: string }) => site.name)).toContain('Head Office Velmar');
    const named = await cli('sites', 'list', '--data-dir', dir, '--workspace', 'sample: mission to karavia');
    expect(named.out).toContain('Field Office Dravik');
  });

  it('fails with a message on stderr and a non-zero code', async () => {
    const dir = tempDir();
    const unknownWorkspace = await cli('sites', 'list', '--data-dir', dir, '--workspace', 'Atlantis');
    expect(unknownWorkspace.code).toBe(2);
    expect(unknownWorkspace.err).toContain('No workspace is called "Atlantis"');
    expect(unknownWorkspace.out).toBe('');

    expect((await cli('fly', 'away')).code).toBe(2);
    expect((await cli('workspaces', 'list', '--bogus')).err).toContain("Unknown option '--bogus'");
    expect((await cli('workspaces', 'list', '--format', 'xml', '--data-dir', dir)).code).toBe(2);
  });

  it('reports a damaged database with the way out, and recovers', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'planner.db'), 'not a database'.repeat(100));
    const broken = await cli('workspaces', 'list', '--data-dir', dir);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('DATABASE_CORRUPT');
    expect(broken.err).toContain('cplan db recover');

    const recovered = await cli('db', 'recover', '--new-database', '--data-dir', dir);
    expect(recovered.code).toBe(0);
    expect((await cli('db', 'check', '--data-dir', dir)).out).toContain('integrity ok');
  });

  it('prints help and the version without touching any database', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('cplan workspaces list');
    expect((await cli('--version')).out).toMatch(/^\d+\.\d+\.\d+/);
  });
});
