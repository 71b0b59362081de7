import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '#shared/contract/errors';
import { exportDocx } from '#shared/export/document';
import { everyNodeDocument, FIXTURE_COVER } from '#shared/export/fixture-documents';
import { DEFAULT_HOUSE_STYLE } from '#shared/export/house-style';
import { importDocx } from './docx-import';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { useTestBackends } from '#electron/test-support/backend';
import { call, failureOf } from '#electron/test-support/call';

const openTestBackend = useTestBackends();

async function exported(): Promise<Uint8Array> {
  return exportDocx({
    document: everyNodeDocument(),
    style: DEFAULT_HOUSE_STYLE,
    cover: FIXTURE_COVER,
    estimatePageNumbers: false,
  });
}

async function refusal(bytes: Uint8Array, fileName = 'plan.docx'): Promise<ApiFailure> {
  const failure = await failureOf(importDocx(bytes, fileName, 'plan'));
  expect(failure.code).toBe('INVALID_INPUT');
  return failure;
}

function minimalDocx(
  extra: Record<string, Uint8Array> = {},
  contentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
) {
  const body =
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="${contentType}"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(body),
    ...extra,
  });
}

describe('Word import', () => {
  it('reads an exported plan back: headings, nested and check lists, tables, bold, italic, links', async () => {
    const result = await importDocx(await exported(), 'evacuation_plan.docx', 'plan');
    const blocks = result.document.content.root.children;
    const headings = blocks.filter((block) => block.type === 'heading');
    expect(headings.map((block) => (block.type === 'heading' ? block.tag : ''))).toContain('h3');
    const texts = JSON.stringify(blocks);
    expect(texts).toContain('Purpose and scope');
    expect(texts).toContain('План эвакуации');
    expect(result.document.meta.title).toBe('Evacuation contingency plan — Karavia HQ');
    const lists = blocks.filter((block) => block.type === 'list');
    expect(lists.some((list) => list.type === 'list' && list.listType === 'number')).toBe(true);
    const nested = lists.find(
      (list) =>
        list.type === 'list' && list.children.some((item) => item.children.some((child) => child.type === 'list')),
    );
    expect(nested).toBeDefined();
    const paragraphs = blocks.filter((block) => block.type === 'paragraph');
    const runs = paragraphs.flatMap((block) => (block.type === 'paragraph' ? block.children : []));
    expect(runs).toContainEqual(expect.objectContaining({ type: 'text', text: 'relocation', format: 1 }));
    expect(runs).toContainEqual(expect.objectContaining({ type: 'text', text: 'evacuation', format: 2 }));
    expect(runs).toContainEqual(expect.objectContaining({ type: 'link', url: 'https://www.osce.org' }));
    const tables = blocks.filter((block) => block.type === 'table');
    expect(tables.length).toBe(10);
    const first = tables[0];
    expect(first?.type === 'table' && first.children[0]?.children.length).toBe(3);
    expect(result.stats.tables).toBe(10);
    expect(result.stats.headings).toBeGreaterThanOrEqual(9);
  });

  it('lists what it could not keep, such as unknown styles and pictures', async () => {
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const withLogo = await exportDocx({
      document: everyNodeDocument(),
      style: {
        ...DEFAULT_HOUSE_STYLE,
        logo: {
          mimeType: 'image/png',
          data: Buffer.from(png).toString('base64'),
          width: 1,
          height: 1,
          fileName: 'l.png',
        },
      },
      cover: FIXTURE_COVER,
      estimatePageNumbers: false,
    });
    const result = await importDocx(withLogo, 'plan.docx', 'template');
    const what = result.unmapped.map((entry) => entry.what);
    expect(what).toContain('Pictures (not imported; insert them again after import)');
    expect(what.some((entry) => entry.includes('Word style "Cover Title"'))).toBe(true);
    expect(result.document.meta.kind).toBe('imported-template');
    expect(what).toContain('Table of contents (the export builds a new one)');
    expect(JSON.stringify(result.document)).not.toContain('_Toc');
  });

  it('saves an accepted document as a draft plan, in the workspace and site given', async () => {
    const backend = openTestBackend();
    try {
      const { document } = await importDocx(await exported(), 'plan.docx', 'plan');
      const created = await call(backend, 'import.createPlan', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        siteId: 'sample-site-hq',
        document,
      });
      const plan = await call(backend, 'plans.get', { id: created.planId });
      expect(plan).toMatchObject({
        title: 'Evacuation contingency plan — Karavia HQ',
        status: 'draft',
        siteId: 'sample-site-hq',
      });
      expect(plan.document.content.root.children.length).toBe(document.content.root.children.length);
      const refused = await backend.dispatch('import.createPlan', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        siteId: 'no-such-site',
        document,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      backend.close();
    }
  });

  it('refuses a corrupt file', async () => {
    const bytes = await exported();
    const failure = await refusal(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(failure.message).toContain('damaged');
  });

  it('refuses a password-protected document (an encrypted OLE container)', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const failure = await refusal(ole);
    expect(failure.message).toContain('password-protected');
    expect(failure.details).toMatchObject({ reason: 'encrypted-or-legacy', file: 'plan.docx' });
  });

  it('refuses documents with macros, by part and by content type', async () => {
    expect((await refusal(minimalDocx({ 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }))).message).toContain(
      'macros',
    );
    const docm = minimalDocx({}, 'application/vnd.ms-word.document.macroEnabled.main+xml');
    expect((await refusal(docm, 'plan.docm')).message).toContain('.docm');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = minimalDocx({ 'word/media/huge.bin': new Uint8Array(30 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const failure = await refusal(bomb);
    expect(failure.message).toContain('zip bomb');
  });

  it('refuses files that are not Word documents', async () => {
    expect((await refusal(strToU8('just text'), 'notes.txt')).message).toContain('not a Word .docx');
    expect((await refusal(zipSync({ 'a.txt': strToU8('x') }), 'a.zip')).message).toContain('no word/document.xml');
    expect((await refusal(new Uint8Array(0))).message).toContain('empty');
  });

  it('imports a minimal hand-made document', async () => {
    const result = await importDocx(minimalDocx(), 'Hello world.docx', 'plan');
    expect(result.document.meta.title).toBe('Hello world');
    expect(result.document.content.root.children).toEqual([
      { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Hello', format: 0 }] },
    ]);
  });
});
