import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { exportDocx, type ExportRequest } from '#shared/export/document';
import { NODE_ZIP_CODEC } from './node-codec';

export type ExportStage = 'building' | 'writing';

const WORKER_TIMEOUT_MS = 5 * 60_000;

/**
 * Where the worker's entry is: beside this file when running from sources (tsx, vitest, CLI,
 * browser mode), or beside the bundle when a build emits it. Null when neither exists.
 */
function workerEntry(): { code: string } | { file: string } | null {
  const here = fileURLToPath(import.meta.url);
  const dir = dirname(here);
  if (here.endsWith('.ts') && existsSync(join(dir, 'export-worker.ts'))) {
    // From sources, the worker registers tsx first, as bin/cplan.mjs does, then loads the TypeScript entry.
    const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
    const tsxApi = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
    const worker = pathToFileURL(join(dir, 'export-worker.ts')).href;
    const tsconfig = join(dir, '../../../tsconfig.json');
    return {
      code: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register({ tsconfig: ${JSON.stringify(tsconfig)} }); return import(${JSON.stringify(worker)}); });`,
    };
  }
  if (existsSync(join(dir, 'export-worker.js'))) return { file: join(dir, 'export-worker.js') };
  return null;
}

async function inProcess(request: ExportRequest, onStage: (stage: ExportStage) => void): Promise<Uint8Array> {
  onStage('building');
  // Let the caller's progress reply go out before the synchronous build takes the thread.
  await new Promise((resolve) => setImmediate(resolve));
  const bytes = await exportDocx(request, { codec: NODE_ZIP_CODEC });
  onStage('writing');
  return bytes;
}

function inWorker(
  entry: { code: string } | { file: string },
  request: ExportRequest,
  onStage: (stage: ExportStage) => void,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker =
      'code' in entry
        ? new Worker(entry.code, { eval: true, workerData: request })
        : new Worker(entry.file, { workerData: request });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('The export took longer than 5 minutes and was stopped.'));
    }, WORKER_TIMEOUT_MS);
    const finish = (action: () => void) => {
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    worker.on('message', (message: { type: string; stage?: ExportStage; buffer?: ArrayBuffer; message?: string }) => {
      if (message.type === 'stage' && message.stage) onStage(message.stage);
      else if (message.type === 'done' && message.buffer)
        finish(() => resolve(new Uint8Array(message.buffer as ArrayBuffer)));
      else if (message.type === 'error') finish(() => reject(new Error(message.message ?? 'The export failed.')));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`The export worker stopped (exit code ${code}).`));
    });
  });
}

/** Builds the .docx in a worker thread where one can start, so the app keeps answering meanwhile. */
export function runExport(
  request: ExportRequest,
  onStage: (stage: ExportStage) => void = () => undefined,
  options: { worker?: boolean } = {},
): Promise<Uint8Array> {
  const entry = options.worker === false ? null : workerEntry();
  return entry ? inWorker(entry, request, onStage) : inProcess(request, onStage);
}
