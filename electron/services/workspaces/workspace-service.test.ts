import { describe, expect, it } from 'vitest';
import { useTestBackends } from '#electron/test-support/backend';
import { call } from '#electron/test-support/call';

const openTestBackend = useTestBackends();

describe('workspaces and sites', () => {
  it('seeds the sample mission once, and never again after the user removes it', async () => {
    let backend = openTestBackend();
    const dir = backend.dataDir;
    await backend.ready;
    const [sample] = await call(backend, 'workspaces.list', {});
    expect(sample).toMatchObject({ isSample: true, marking: 'RESTRICTED', siteCount: 5 });
    // A generated plan comes with it, and goes with it.
    const plans = await call(backend, 'plans.list', { workspaceId: sample!.id });
    expect(plans).toMatchObject([{ status: 'draft', templateId: 'contingency-evacuation', siteId: 'sample-site-hq' }]);
    await call(backend, 'workspaces.delete', { id: sample!.id });
    expect(backend.db.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 0 });
    backend.close();

    backend = openTestBackend({ dataDir: dir });
    expect(await call(backend, 'workspaces.list', {})).toEqual([]);
    backend.close();
  });

  it('creates, updates and deletes sites, and refuses a duplicate name in the same workspace', async () => {
    const backend = openTestBackend({ seedSample: false });
    const { dispatch } = backend;
    const created = await dispatch('workspaces.create', { name: 'OSCE Mission to Testland', marking: 'RESTRICTED' });
    expect(created.ok).toBe(true);
    const workspaceId = (created as { value: { id: string } }).value.id;

    const site = await dispatch('sites.create', {
      workspaceId,
      fields: { name: 'Head Office', kind: 'office', latitude: 41.7, longitude: 44.8 },
    });
    expect(site).toMatchObject({ ok: true, value: { name: 'Head Office', latitude: 41.7 } });

    const duplicate = await dispatch('sites.create', { workspaceId, fields: { name: 'head office' } });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const outOfRange = await dispatch('sites.create', { workspaceId, fields: { name: 'Nowhere', latitude: 123 } });
    expect(outOfRange).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const siteId = (site as { value: { id: string } }).value.id;
    expect(
      await dispatch('sites.update', { id: siteId, fields: { name: 'Main Office', kind: 'office' } }),
    ).toMatchObject({
      ok: true,
      value: { name: 'Main Office', latitude: null },
    });
    expect(await dispatch('sites.list', { workspaceId })).toMatchObject({ ok: true, value: [{ name: 'Main Office' }] });
    expect(await dispatch('sites.delete', { id: siteId })).toEqual({ ok: true, value: { deleted: true } });
    expect(await dispatch('sites.delete', { id: siteId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    backend.close();
  });

  it('refuses to delete a site that still has risks, with a message saying so', async () => {
    const backend = openTestBackend();
    const result = await backend.dispatch('sites.delete', { id: 'sample-site-hq' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(result)).toContain('Head Office Velmar');
    expect((await call(backend, 'sites.list', { workspaceId: 'sample-karavia' })).length).toBe(5);
    backend.close();
  });

  it('removes a workspace’s sites with it', async () => {
    const backend = openTestBackend();
    await call(backend, 'workspaces.delete', { id: 'sample-karavia' });
    expect(backend.db.prepare('SELECT count(*) AS n FROM sites').get()).toEqual({ n: 0 });
    backend.close();
  });

  it('announces changes so that open windows refresh', async () => {
    const backend = openTestBackend();
    await backend.ready; // the sample plan's own announcement comes first
    const seen: unknown[] = [];
    backend.events.subscribe((event, payload) => seen.push([event, payload]));
    await backend.dispatch('sites.create', { workspaceId: 'sample-karavia', fields: { name: 'Checkpoint 4' } });
    expect(seen).toEqual([['data.changed', { entity: 'site', workspaceId: 'sample-karavia' }]]);
    backend.close();
  });
});
