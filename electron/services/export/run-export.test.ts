import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { everyNodeDocument, FIXTURE_COVER } from '#shared/export/fixture-documents';
import { DEFAULT_HOUSE_STYLE } from '#shared/export/house-style';
import { runExport, type ExportStage } from './run-export';

const request = { document: everyNodeDocument(), style: DEFAULT_HOUSE_STYLE, cover: FIXTURE_COVER };

function body(bytes: Uint8Array): string {
  return strFromU8(
    unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'] ?? new Uint8Array(),
  );
}

describe('running an export', () => {
  it('builds the same document in a worker thread and in process, reporting both stages', async () => {
    const workerStages: ExportStage[] = [];
    const inWorker = await runExport(request, (stage) => workerStages.push(stage));
    const processStages: ExportStage[] = [];
    const inProcess = await runExport(request, (stage) => processStages.push(stage), { worker: false });
    expect(workerStages).toEqual(['building', 'writing']);
    expect(processStages).toEqual(['building', 'writing']);
    // Bookmark and relationship ids differ between runs; the text and structure do not.
    const normalise = (xml: string) =>
      xml
        .replace(/_Toc\d+/g, '_Toc')
        .replace(/w:id="\d+"/g, '')
        .replace(/r:id="[^"]+"/g, '');
    expect(normalise(body(inWorker))).toBe(normalise(body(inProcess)));
  }, 120_000);

  it('reports a failure from the worker as an error, not a crash', async () => {
    const broken = {
      ...request,
      style: { ...DEFAULT_HOUSE_STYLE, referenceDoc: { fileName: 'x.docx', stylesXml: '<w:styles' } },
    };
    await expect(runExport(broken)).rejects.toThrow();
  }, 120_000);
});
