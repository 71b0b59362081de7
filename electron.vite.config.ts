import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    resolve: { tsconfigPaths: true },
    build: {
      lib: {
        entry: {
          index: 'electron/main/index.ts',
          // Word export runs in a worker thread; run-export.ts looks for this file beside index.js.
          'export-worker': 'electron/services/export/export-worker.ts',
        },
      },
      outDir: 'out/main',
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    resolve: { tsconfigPaths: true },
    build: {
      lib: { entry: 'electron/preload/index.ts' },
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: rendererConfig,
});
