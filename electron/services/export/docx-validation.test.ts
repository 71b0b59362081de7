import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { heading, paragraph, storedDocument } from '#shared/document/build';
import type { TableCellNode } from '#shared/document/nodes';
import { DEFAULT_MATRIX } from '#shared/domain/risk-matrix';
import { exportDocx } from '#shared/export/document';
import { bigTableDocument, everyNodeDocument, FIXTURE_COVER } from '#shared/export/fixture-documents';
import { DEFAULT_HOUSE_STYLE } from '#shared/export/house-style';
import { riskRegisterReport } from '#shared/export/risk-register-report';
import { useTestBackends } from '#electron/test-support/backend';
import { call } from '#electron/test-support/call';
import { useTempDirs } from '#electron/test-support/temp-dir';
import { canRender, canValidate, docxParts, renderPdf, schemaErrors } from './docx-inspect';
import { generateSamplePlans } from './sample-plans';

const tempDir = useTempDirs();
const openTestBackend = useTestBackends();

const VALIDATED_PARTS = /^word\/(document|styles|numbering|settings|header\d+|footer\d+|footnotes|endnotes)\.xml$/;

function exportOf(document = everyNodeDocument()) {
  return exportDocx({ document, style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER });
}

const documents = {
  'every node type': () => everyNodeDocument(),
  '500-row table': () => bigTableDocument(500),
  'empty document': () => storedDocument({ title: 'Empty', kind: 'contingency' }, []),
  'risk register report': () => riskRegisterReport({ workspaceName: 'Sample', matrix: DEFAULT_MATRIX, risks: [] }),
  'empty sections and merged cells': () =>
    storedDocument({ title: 'Sections', kind: 'contingency' }, [
      { type: 'section-break', version: 1, orientation: 'landscape' },
      heading('h2', 'Merged'),
      {
        type: 'table',
        version: 1,
        children: [
          { type: 'tablerow', version: 1, children: [mergedCell('A', { rowSpan: 2 }), mergedCell('B')] },
          { type: 'tablerow', version: 1, children: [mergedCell('C')] },
          { type: 'tablerow', version: 1, children: [mergedCell('D', { colSpan: 2 })] },
        ],
      },
      { type: 'section-break', version: 1, orientation: 'landscape' },
      { type: 'section-break', version: 1, orientation: 'portrait' },
    ]),
};

function mergedCell(text: string, spans: { rowSpan?: number; colSpan?: number } = {}): TableCellNode {
  const cell: TableCellNode = { type: 'tablecell', version: 1, headerState: 0, children: [paragraph(text)] };
  if (spans.rowSpan) cell.rowSpan = spans.rowSpan;
  if (spans.colSpan) cell.colSpan = spans.colSpan;
  return cell;
}

describe.skipIf(!canValidate())('exported parts against the OOXML schemas (xmllint)', () => {
  for (const [name, build] of Object.entries(documents)) {
    it(`validates every WordprocessingML part of the ${name}`, async () => {
      const dir = tempDir();
      const parts = docxParts(await exportOf(build()));
      const validated = Object.keys(parts).filter((part) => VALIDATED_PARTS.test(part));
      expect(validated).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
      for (const part of validated) expect(schemaErrors(parts[part] ?? '', dir, part), part).toBe('');
    });
  }

  it('catches a part that breaks the schema (the check is not vacuous)', async () => {
    const parts = docxParts(await exportOf());
    const broken = (parts['word/document.xml'] ?? '').replace('<w:body>', '<w:body><w:bogus/>');
    expect(schemaErrors(broken, tempDir(), 'word/document.xml')).toContain('bogus');
  });
});

describe('exported file read back by mammoth', () => {
  it('finds the headings, list items, tables and the text in every script', async () => {
    const bytes = await exportOf();
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h1>');
    expect(html).toMatch(/<h2>(<a id="_Toc\d+"><\/a>)?Languages<\/h2>/);
    expect(html).toMatch(/<h3>(<a id="_Toc\d+"><\/a>)?Lists<\/h3>/);
    expect(html).toMatch(/<li>Passports and laissez-passer<\/li>/);
    expect((html.match(/<table>/g) ?? []).length).toBe(10);
    expect(html).toContain('План эвакуации');
    expect(html).toContain('ევაკუაციის');
    expect(html).toContain('<strong>relocation</strong>');
    expect(html).toContain('<em>evacuation</em>');
  });
});

describe.skipIf(!canRender())('LibreOffice renders the export', () => {
  it('renders the every-node document to a PDF with the cover, contents and body on the expected pages', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.docx');
    writeFileSync(file, await exportOf());
    const rendered = renderPdf(file, join(dir, 'pdf'));
    expect(rendered.pages).toBe(6);
    const cover = rendered.pageText(1);
    expect(cover).toContain('RESTRICTED');
    expect(cover).toContain('Mission headquarters');
    expect(cover).toContain('Sample: Mission to Karavia');
    const contents = rendered.pageText(2);
    expect(contents).toMatch(/Purpose and scope\s*\.{5,}\s*3/);
    expect(contents).toMatch(/Annex A: Contacts\s*\.{5,}\s*5/);
    expect(contents).toContain('Page 2 of 6');
    const body = rendered.pageText(3);
    expect(body).toContain('[Approver name]');
    expect(body).toContain('☐');
    expect(rendered.pageText(6)).toContain('Page 6 of 6');
  }, 120_000);

  it('renders a 500-row table across pages with its header repeated on each', async () => {
    const dir = tempDir();
    const file = join(dir, 'table.docx');
    writeFileSync(file, await exportOf(bigTableDocument(500)));
    const rendered = renderPdf(file, join(dir, 'pdf'));
    expect(rendered.pages).toBeGreaterThan(10);
    for (const page of [4, 8]) expect(rendered.pageText(page)).toMatch(/#\s+Item\s+Quantity\s+Location/);
  }, 120_000);
});

describe.skipIf(!canRender() || !canValidate())('the sample plans, exported', () => {
  it('validate against the schemas and render with a cover, a filled contents page and page numbers', async () => {
    const dir = tempDir();
    const backend = openTestBackend();
    try {
      for (const plan of await generateSamplePlans(backend.api)) {
        const file = await call(backend, 'export.planDocx', { planId: plan.planId });
        const bytes = new Uint8Array(Buffer.from(file.data, 'base64'));
        const parts = docxParts(bytes);
        for (const part of Object.keys(parts).filter((name) => VALIDATED_PARTS.test(name))) {
          expect(schemaErrors(parts[part] ?? '', dir, part), `${plan.templateId} ${part}`).toBe('');
        }
        expect(parts['word/document.xml']).not.toContain('{{');
        const docx = join(dir, `${plan.templateId}.docx`);
        writeFileSync(docx, bytes);
        const rendered = renderPdf(docx, join(dir, plan.templateId));
        expect(rendered.pages, plan.templateId).toBeGreaterThanOrEqual(5);
        const cover = rendered.pageText(1).replace(/\s+/g, ' ');
        expect(cover).toContain('RESTRICTED');
        expect(cover).toContain('Sample: Mission to Karavia');
        expect(cover).toContain(plan.title.split(' - ')[0] ?? plan.title);
        const contents = rendered.pageText(2);
        expect(contents).toContain('Contents');
        expect(contents).toMatch(/^\s*1\.\s+\S.*\.{5,}\s*3\s*$/m);
        expect(contents).toContain(`Page 2 of ${rendered.pages}`);
      }
    } finally {
      backend.close();
    }
  }, 300_000);
});
