import { strToU8, zipSync } from 'fflate';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { paragraph } from '#shared/document/build';
import { useTestBackends } from '#electron/test-support/backend';
import { call } from '#electron/test-support/call';

const openTestBackend = useTestBackends({ seedSample: false });

describe('template library service', () => {
  it('lists the built-in library, filters by kind and reads a template with its text', async () => {
    const { dispatch, close } = openTestBackend();
    const all = await dispatch('templates.list', {});
    expect(all.ok).toBe(true);
    const list = (all as { value: Array<{ id: string; kind: string; origin: string }> }).value;
    expect(list).toHaveLength(22);
    expect(list.every((template) => template.origin === 'built-in')).toBe(true);

    const contingency = await dispatch('templates.list', { kind: 'contingency' });
    expect((contingency as { value: unknown[] }).value).toHaveLength(16);

    const flood = await dispatch('templates.get', { id: 'contingency-flood' });
    expect(flood).toMatchObject({
      ok: true,
      value: { meta: { id: 'contingency-flood', version: '1.1.0' }, origin: 'built-in', latest: true },
    });
    expect((flood as { value: { text: string } }).value.text).toContain('::: for each risk | category: flood');
    expect(await dispatch('templates.get', { id: 'nope-nothing' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    close();
  });

  it('publishes a new version with a changelog line, keeps the old one readable, and refuses a stale edit', async () => {
    const backend = openTestBackend();
    const { dispatch, events, close } = backend;
    const seen: unknown[] = [];
    events.subscribe((event, payload) => seen.push([event, payload]));
    const original = await call(backend, 'templates.get', { id: 'contingency-fire' });
    const document = structuredClone(original.document);
    document.content.root.children.push(paragraph('Check the kitchen extinguisher every Friday.'));

    const published = await call(backend, 'templates.publish', {
      id: 'contingency-fire',
      baseVersion: '1.1.0',
      bump: 'minor',
      note: 'Weekly kitchen check.',
      document,
    });
    expect(published.meta.version).toBe('1.2.0');
    expect(published.origin).toBe('library');
    expect(published.meta.changelog[0]).toEqual({
      version: '1.2.0',
      date: expect.any(String),
      note: 'Weekly kitchen check.',
    });
    expect(published.text).toContain('Check the kitchen extinguisher every Friday.');
    expect(published.versions).toEqual([
      { version: '1.2.0', origin: 'library' },
      { version: '1.1.0', origin: 'built-in' },
    ]);
    expect(seen).toContainEqual(['data.changed', { entity: 'template', workspaceId: null }]);

    const old = await call(backend, 'templates.get', { id: 'contingency-fire', version: '1.1.0' });
    expect(old.latest).toBe(false);
    expect(old.text).not.toContain('every Friday');
    const listed = await call(backend, 'templates.list', {});
    expect(listed.find((template) => template.id === 'contingency-fire')).toMatchObject({
      version: '1.2.0',
      versions: ['1.2.0', '1.1.0'],
    });

    const stale = await dispatch('templates.publish', {
      id: 'contingency-fire',
      baseVersion: '1.1.0',
      note: 'Another change',
      document,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('1.2.0') } });

    const noNote = await dispatch('templates.publish', {
      id: 'contingency-fire',
      baseVersion: '1.2.0',
      note: ' ',
      document,
    });
    expect(noNote).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    close();
  });

  it('refuses to publish a document whose text form has errors, naming line and column', async () => {
    const backend = openTestBackend();
    const { dispatch, close } = backend;
    const original = await call(backend, 'templates.get', { id: 'contingency-flood' });
    const document = structuredClone(original.document);
    document.content.root.children.push(paragraph('Call {{nobody.knows}} now.'));
    const result = await dispatch('templates.publish', {
      id: 'contingency-flood',
      baseVersion: '1.1.0',
      note: 'Broken',
      document,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/line \d+, column \d+: Unknown field \{\{nobody\.knows\}\}/),
      },
    });
    expect((await call(backend, 'templates.get', { id: 'contingency-flood' })).meta.version).toBe('1.1.0');
    close();
  });

  it('publishes a changed title, summary and categories into the front matter', async () => {
    const backend = openTestBackend();
    const { dispatch, close } = backend;
    const fire = await call(backend, 'templates.get', { id: 'contingency-fire' });
    const published = await call(backend, 'templates.publish', {
      id: 'contingency-fire',
      baseVersion: '1.1.0',
      bump: 'major',
      note: 'Covers fires caused by power cuts.',
      title: 'Fire and power-cut fire plan',
      summary: 'Fires, including those started by generators.',
      appliesTo: ['fire', 'infrastructure-outage', 'fire'],
      document: fire.document,
    });
    expect(published.meta).toMatchObject({
      version: '2.0.0',
      title: 'Fire and power-cut fire plan',
      summary: 'Fires, including those started by generators.',
      appliesTo: ['fire', 'infrastructure-outage'],
    });
    expect(published.text).toContain('applies_to: [fire, infrastructure-outage]');
    expect(
      await dispatch('templates.publish', {
        id: 'contingency-fire',
        baseVersion: '2.0.0',
        note: 'x',
        appliesTo: ['volcano'],
        document: fire.document,
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    close();
  });

  it('duplicates a template under a new id as version 1.0.0', async () => {
    const backend = openTestBackend();
    const { dispatch, close } = backend;
    const copy = await call(backend, 'templates.duplicate', {
      id: 'contingency-earthquake',
      newId: 'contingency-earthquake-karavia',
      title: 'Earthquake plan (Karavia)',
    });
    expect(copy.meta).toMatchObject({
      id: 'contingency-earthquake-karavia',
      title: 'Earthquake plan (Karavia)',
      version: '1.0.0',
      changelog: [{ note: 'Copied from contingency-earthquake version 1.1.0.' }],
    });
    expect(copy.document.content.root.children.length).toBeGreaterThan(10);
    expect(
      await dispatch('templates.duplicate', {
        id: 'contingency-flood',
        newId: 'contingency-earthquake-karavia',
        title: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    close();
  });

  it('exports a zip pack and imports it elsewhere, reporting conflicts by id and version', async () => {
    const first = openTestBackend();
    const fire = await call(first, 'templates.get', { id: 'contingency-fire' });
    await call(first, 'templates.publish', {
      id: 'contingency-fire',
      baseVersion: '1.1.0',
      bump: 'patch',
      note: 'Wording.',
      document: fire.document,
    });
    const pack = await call(first, 'templates.exportPack', { ids: ['contingency-fire'] });
    expect(pack.count).toBe(2);
    expect(Object.keys(unzipSync(Buffer.from(pack.zipBase64, 'base64'))).sort()).toEqual([
      'contingency-fire@1.1.0.md',
      'contingency-fire@1.1.1.md',
    ]);
    first.close();

    const second = openTestBackend();
    const changedBuiltIn = fire.text.replace('Fire spreads and smoke kills', 'Fire and smoke kill');
    const report = await call(second, 'templates.importPack', {
      zipBase64: pack.zipBase64,
      files: [
        { name: 'changed.md', text: changedBuiltIn },
        { name: 'broken.md', text: fire.text.replace('::: end', '::: ending soon') },
        { name: 'notes.txt', text: 'hello' },
      ],
    });
    expect(report.imported).toEqual([{ file: 'contingency-fire@1.1.1.md', id: 'contingency-fire', version: '1.1.1' }]);
    expect(report.conflicts).toEqual([
      { file: 'changed.md', id: 'contingency-fire', version: '1.1.0', reason: 'different' },
      { file: 'contingency-fire@1.1.0.md', id: 'contingency-fire', version: '1.1.0', reason: 'identical' },
    ]);
    expect(report.rejected.map((file) => file.file)).toEqual(['broken.md', 'notes.txt']);
    expect(report.rejected[0]!.problems[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect((await call(second, 'templates.get', { id: 'contingency-fire' })).meta.version).toBe('1.1.1');

    expect(
      await second.dispatch('templates.importPack', { zipBase64: Buffer.from('not a zip').toString('base64') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('not a readable zip') },
    });
    const bomb = zipSync({ 'huge.md': strToU8('x'.repeat(3 * 1024 * 1024)) });
    const huge = await call(second, 'templates.importPack', {
      files: [],
      zipBase64: Buffer.from(bomb).toString('base64'),
    });
    expect(huge.rejected[0]!.problems[0]!.message).toMatch(/3\.0 MB; a template may be at most 1 MB/);
    second.close();
  });

  it('lints a text and returns located problems', async () => {
    const backend = openTestBackend();
    const { close } = backend;
    const result = await call(backend, 'templates.lint', { text: '---\nid: x\n---\n{{site.nope}}\n' });
    expect(result.meta).toBeNull();
    expect(result.problems.map((problem) => `${problem.line}:${problem.column}`)).toContain('4:1');
    close();
  });
});
