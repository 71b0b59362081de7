/**
 * Renders the sample plans and the risk register report to PNG pages in docs/renders/, so that a
 * person can see what an export looks like (LibreOffice, poppler-utils needed):
 *
 *   node --import tsx electron/services/export/render-samples.ts
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { openBackend } from '#electron/services/backend';
import { canRender, renderPdf, renderPngs } from './docx-inspect';
import { generateSamplePlans } from './sample-plans';

const OUT = resolve(import.meta.dirname, '../../../docs/renders');
/** Pages kept per document: cover, contents, and the first pages of the body. */
const PAGES: Record<string, number[]> = {
  'site-security-plan': [1, 2, 3, 5],
  'contingency-evacuation': [3, 4],
  'contingency-armed-attack-hospital': [3],
  'risk-register-report': [3, 4],
};

async function main() {
  if (!canRender()) throw new Error('LibreOffice (soffice), pdfinfo and pdftoppm are needed.');
  const work = mkdtempSync(join(tmpdir(), 'cplan-renders-'));
  const backend = openBackend({ dataDir: join(work, 'data'), transport: 'cli' });
  try {
    const files: Array<[string, string]> = [];
    for (const plan of await generateSamplePlans(backend.api)) {
      files.push([plan.templateId, (await backend.api['export.planDocx']({ planId: plan.planId })).data]);
    }
    files.push([
      'risk-register-report',
      (await backend.api['export.riskRegisterDocx']({ workspaceId: SAMPLE_WORKSPACE_ID })).data,
    ]);
    mkdirSync(OUT, { recursive: true });
    for (const name of readdirSync(OUT).filter((file) => file.endsWith('.png'))) rmSync(join(OUT, name));
    for (const [name, data] of files) {
      const docx = join(work, `${name}.docx`);
      writeFileSync(docx, Buffer.from(data, 'base64'));
      const rendered = renderPdf(docx, join(work, name));
      const wanted = PAGES[name] ?? [1];
      const pngs = renderPngs(rendered.pdf, join(work, name, 'page'), Math.max(...wanted), 70);
      for (const page of wanted) {
        const png = pngs[page - 1];
        if (png) copyFileSync(png, join(OUT, `${name}-page${page}.png`));
      }
      console.log(`${name}: ${rendered.pages} pages`);
    }
  } finally {
    backend.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
