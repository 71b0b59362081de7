import { parentPort, workerData } from 'node:worker_threads';
import { exportDocx, type ExportRequest } from '#shared/export/document';
import { NODE_ZIP_CODEC } from './node-codec';

/** Builds one .docx off the main thread, reporting its stages; the bytes are transferred back. */
async function run(request: ExportRequest): Promise<void> {
  parentPort?.postMessage({ type: 'stage', stage: 'building' });
  const bytes = await exportDocx(request, { codec: NODE_ZIP_CODEC });
  parentPort?.postMessage({ type: 'stage', stage: 'writing' });
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  parentPort?.postMessage({ type: 'done', buffer }, [buffer]);
}

run(workerData as ExportRequest).catch((error: unknown) => {
  parentPort?.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
});
