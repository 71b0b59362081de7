import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '#shared/export/document';
import { everyNodeDocument, FIXTURE_COVER, largePlanDocument } from '#shared/export/fixture-documents';
import { DEFAULT_HOUSE_STYLE } from '#shared/export/house-style';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { useTestBackends } from '#electron/test-support/backend';
import { call } from '#electron/test-support/call';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { canRender, contentsEntries, docxParts, headingPages, pdfPages, renderPdf } from './docx-inspect';
import { generateSamplePlans } from './sample-plans';

const tempDir = useTempDirs();
const openTestBackend = useTestBackends();

/** Estimated against real page of every contents entry, as LibreOffice lays the document out. */
function compare(bytes: Uint8Array, dir: string, name: string) {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  const rendered = renderPdf(file, join(dir, name));
  const entries = contentsEntries(docxParts(bytes)['word/document.xml'] ?? '');
  const actual = headingPages(pdfPages(rendered.pdf), entries);
  const errors = entries.map((entry, index) => Math.abs((entry.page ?? 0) - (actual[index] ?? 0)));
  return { pages: rendered.pages, entries, actual, worst: Math.max(0, ...errors) };
}

describe.skipIf(!canRender())('contents page numbers against LibreOffice', () => {
  it('are within one page for the every-node document, the sample plans and the risk register report', async () => {
    const dir = tempDir();
    const documents: Array<[string, Uint8Array]> = [
      [
        'every-node',
        await exportDocx({ document: everyNodeDocument(), style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER }),
      ],
    ];
    const backend = openTestBackend();
    try {
      for (const plan of await generateSamplePlans(backend.api)) {
        const file = await call(backend, 'export.planDocx', { planId: plan.planId });
        documents.push([plan.templateId, new Uint8Array(Buffer.from(file.data, 'base64'))]);
      }
      // Landscape sections and long tables.
      const report = await call(backend, 'export.riskRegisterDocx', { workspaceId: SAMPLE_WORKSPACE_ID });
      documents.push(['risk-register-report', new Uint8Array(Buffer.from(report.data, 'base64'))]);
    } finally {
      backend.close();
    }
    for (const [name, bytes] of documents) {
      const result = compare(bytes, dir, name);
      expect(result.entries.length, name).toBeGreaterThanOrEqual(5);
      expect(result.actual, name).not.toContain(null);
      expect(
        result.worst,
        `${name}: estimated ${result.entries.map((e) => e.page).join(',')} real ${result.actual.join(',')}`,
      ).toBeLessThanOrEqual(1);
    }
  }, 300_000);

  it('are within 2% of the pages for a 200-page plan', async () => {
    const dir = tempDir();
    const bytes = await exportDocx({
      document: largePlanDocument(134),
      style: DEFAULT_HOUSE_STYLE,
      cover: FIXTURE_COVER,
    });
    const result = compare(bytes, dir, 'large');
    expect(result.pages).toBeGreaterThanOrEqual(190);
    expect(result.entries).toHaveLength(134 * 4);
    expect(result.actual).not.toContain(null);
    expect(result.worst).toBeLessThanOrEqual(Math.ceil(result.pages * 0.02));
  }, 300_000);
});
