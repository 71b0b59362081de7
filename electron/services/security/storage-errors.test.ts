import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFile } from '#electron/db/database-file';
import { Database } from '#electron/db/sqlite';
import { useTestBackends } from '#electron/test-support/backend';
import { call, failureOf } from '#electron/test-support/call';

describe('a busy database', () => {
  const openBackend = useTestBackends({ samplePlan: false });

  it('answers DATABASE_BUSY while another program holds the write lock, loses nothing, and carries on', async () => {
    const errors: string[] = [];
    const backend = openBackend({ busyTimeoutMs: 100, indexDelayMs: 10, onInternalError: (what) => errors.push(what) });
    const [sample] = await call(backend, 'workspaces.list', {});
    const other = new Database(databaseFile(backend.dataDir));
    other.pragma('busy_timeout = 0');
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const failure = await failureOf(
        call(backend, 'sites.create', {
          workspaceId: sample!.id,
          fields: { name: 'Residence Bravo', kind: 'residence' },
        }),
      );
      expect(failure.code).toBe('DATABASE_BUSY');
      expect(failure.message).toContain('The database is busy: another program is writing');
      // Reads still answer.
      expect((await call(backend, 'sites.list', { workspaceId: sample!.id })).length).toBe(5);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    await call(backend, 'sites.create', {
      workspaceId: sample!.id,
      fields: { name: 'Residence Bravo', kind: 'residence' },
    });
    expect((await call(backend, 'sites.list', { workspaceId: sample!.id })).map((site) => site.name)).toContain(
      'Residence Bravo',
    );
    expect(errors).toEqual([]);
  });

  it('keeps indexing for search in the background when the database is busy, and catches up', async () => {
    const errors: unknown[] = [];
    const backend = openBackend({
      busyTimeoutMs: 50,
      indexDelayMs: 20,
      onInternalError: (_what, error) => errors.push(error),
    });
    await backend.ready;
    const [sample] = await call(backend, 'workspaces.list', {});
    const plan = await call(backend, 'plans.generate', {
      workspaceId: sample!.id,
      siteId: (await call(backend, 'sites.list', { workspaceId: sample!.id }))[0]!.id,
      templateId: 'contingency-evacuation',
      riskIds: [],
    });
    // The plan's indexing is due in 20 ms: another program takes the write lock first.
    const other = new Database(databaseFile(backend.dataDir));
    other.prepare('BEGIN IMMEDIATE').run();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(errors.length).toBeGreaterThan(0);
    expect((errors[0] as { code?: string }).code).toMatch(/^SQLITE_BUSY/);
    other.prepare('ROLLBACK').run();
    other.close();
    const found = await call(backend, 'search.query', { workspaceId: sample!.id, query: 'evacuation' });
    expect(found.plans.some((hit) => hit.planId === plan.id)).toBe(true);
  });
});

/** A small file system of its own, so that the disk really fills (root only; skipped elsewhere). */
function mountTmpfs(dir: string, size: string): string | null {
  mkdirSync(dir, { recursive: true });
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  return run.status === 0 ? null : `cannot mount a tmpfs here (${(run.stderr || run.error?.message || '').trim()})`;
}

describe('a full disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'cplan-full-'));
  const mountPoint = join(root, 'disk');
  let skipReason: string | null = null;
  beforeAll(() => {
    skipReason = process.platform === 'linux' ? mountTmpfs(mountPoint, '6m') : 'tmpfs needs Linux';
  });
  afterAll(() => {
    if (!skipReason) spawnSync('umount', [mountPoint]);
    rmSync(root, { recursive: true, force: true });
  });
  const openBackend = useTestBackends({ samplePlan: false });

  it('answers DISK_FULL, loses nothing, and saves once there is space again', async (context) => {
    if (skipReason) context.skip(skipReason);
    const dataDir = join(mountPoint, 'data');
    const backend = openBackend({ dataDir, passphrase: 'correct horse battery staple' });
    const [sample] = await call(backend, 'workspaces.list', {});
    const before = await call(backend, 'sites.list', { workspaceId: sample!.id });

    // Fill the disk to the last few kilobytes.
    const filler = join(mountPoint, 'filler');
    const chunk = Buffer.alloc(64 * 1024, 1);
    for (let size = chunk.length; ; size = Math.max(1024, Math.floor(size / 2))) {
      try {
        writeFileSync(filler, chunk.subarray(0, size), { flag: 'a' });
      } catch {
        if (size === 1024) break;
      }
    }
    const big = 'x'.repeat(2000);
    let failure;
    for (let n = 0; n < 200 && !failure; n += 1) {
      try {
        await call(backend, 'sites.create', {
          workspaceId: sample!.id,
          fields: { name: `Site ${n}`, kind: 'office', notes: big },
        });
      } catch (error) {
        failure = error as { code: string; message: string };
      }
    }
    expect(failure?.code).toBe('DISK_FULL');
    expect(failure?.message).toBe('The disk is full: nothing was lost; free space and try again.');
    const during = await call(backend, 'sites.list', { workspaceId: sample!.id });
    expect(during.length).toBeGreaterThanOrEqual(before.length);

    rmSync(filler);
    await call(backend, 'sites.create', {
      workspaceId: sample!.id,
      fields: { name: 'After the clean-up', kind: 'office' },
    });
    const after = await call(backend, 'sites.list', { workspaceId: sample!.id });
    expect(after.map((site) => site.name)).toEqual(
      expect.arrayContaining([...during.map((site) => site.name), 'After the clean-up']),
    );
    backend.close();
    const reopened = openBackend({ dataDir, passphrase: 'correct horse battery staple' });
    expect((await call(reopened, 'sites.list', { workspaceId: sample!.id })).length).toBe(after.length);
  });
});
