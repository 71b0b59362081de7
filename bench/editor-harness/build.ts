import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const HARNESS_OUT = fileURLToPath(new URL('../../out/editor-harness', import.meta.url));

/** Builds the harness page (production React and Lexical, as the app ships them). */
export async function buildHarness(outDir = HARNESS_OUT): Promise<string> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    resolve: { tsconfigPaths: true },
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  });
  return outDir;
}
