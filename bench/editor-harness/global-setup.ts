import { fileURLToPath } from 'node:url';
import { buildHarness } from './build';
import { serveFolder } from './serve';

/** Builds the harness once and serves it for all checks; the address goes through the environment. */
export default async function globalSetup() {
  const outDir = fileURLToPath(new URL('../../out/editor-harness-checks', import.meta.url));
  const { url, server } = await serveFolder(await buildHarness(outDir));
  process.env.EDITOR_HARNESS_URL = url;
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
