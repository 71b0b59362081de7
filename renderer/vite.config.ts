import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/adapters/content-security-policy.ts';

/**
 * The built page carries its Content-Security-Policy as a meta tag (an Electron file:// page gets
 * no headers). Only at build: the dev server needs inline scripts for hot reload.
 */
// frame-ancestors is only honoured as a header; browsers warn about it in a meta tag.
const META_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'cplan-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`),
  };
}

/** Shared by electron-vite (desktop) and the plain browser-mode build. */
export const rendererConfig: UserConfig = {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { tsconfigPaths: true },
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { index: fileURLToPath(new URL('./index.html', import.meta.url)) } },
  },
};

export default defineConfig(rendererConfig);
