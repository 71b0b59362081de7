import { parentPort, workerData } from 'node:worker_threads';
import { Packer } from 'docx';
import { buildWordDocument, type ExportRequest } from '../../../shared/export/document';

/** Builds one .docx off the main thread, reporting its stages; the bytes are transferred back. */
async function run(request: ExportRequest): Promise<void> {
  parentPort?.postMessage({ type: 'stage', stage: 'building' });
  const document = buildWordDocument(request);
  parentPort?.postMessage({ type: 'stage', stage: 'writing' });
  const buffer = await Packer.toArrayBuffer(document);
  parentPort?.postMessage({ type: 'done', buffer }, [buffer]);
}

run(workerData as ExportRequest).catch((error: unknown) => {
  parentPort?.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
});
