import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '#shared/contract/export';
import { paragraph, storedDocument } from '#shared/document/build';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';
import { useTestBackends } from '#electron/test-support/backend';
import { call, failureOf } from '#electron/test-support/call';
import { exportFileName } from './export-service';

const openTestBackend = useTestBackends({ onInternalError: () => undefined });
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function documentXml(base64: string): string {
  const files = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')), {
    filter: (file) => file.name === 'word/document.xml',
  });
  return strFromU8(files['word/document.xml'] ?? new Uint8Array());
}

describe('house style service', () => {
  it('starts from the default, saves settings, and resets', async () => {
    const backend = openTestBackend();
    const { close } = backend;
    try {
      const initial = await call(backend, 'houseStyle.get', { workspaceId: SAMPLE_WORKSPACE_ID });
      expect(initial).toMatchObject({ bodyFont: 'Calibri', pageSize: 'A4', isDefault: true, logo: null });
      const { logo: _logo, referenceDoc: _reference, isDefault: _isDefault, ...settings } = initial;
      const updated = await call(backend, 'houseStyle.update', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        settings: { ...settings, bodyFont: 'Arial', pageSize: 'Letter', marking: 'OSCE RESTRICTED' },
      });
      expect(updated).toMatchObject({ bodyFont: 'Arial', pageSize: 'Letter', isDefault: false });
      expect((await call(backend, 'houseStyle.reset', { workspaceId: SAMPLE_WORKSPACE_ID })).isDefault).toBe(true);
    } finally {
      close();
    }
  });

  it('stores a real logo and refuses a file that only claims to be an image', async () => {
    const backend = openTestBackend();
    const { close } = backend;
    try {
      const withLogo = await call(backend, 'houseStyle.setLogo', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        fileName: 'logo.png',
        data: PNG_1x1,
      });
      expect(withLogo.logo).toMatchObject({ fileName: 'logo.png', mimeType: 'image/png', width: 1, height: 1 });
      const fake = Buffer.from('MZ this is an executable, not a picture').toString('base64');
      const refused = await failureOf(
        call(backend, 'houseStyle.setLogo', { workspaceId: SAMPLE_WORKSPACE_ID, fileName: 'logo.png', data: fake }),
      );
      expect(refused.code).toBe('INVALID_INPUT');
      expect(refused.message).toContain('is not a PNG or JPEG image');
      // The earlier logo is untouched by the refused upload.
      expect((await call(backend, 'houseStyle.get', { workspaceId: SAMPLE_WORKSPACE_ID })).logo?.fileName).toBe(
        'logo.png',
      );
    } finally {
      close();
    }
  });

  it('takes the styles of a reference .docx and uses them in exports', async () => {
    const backend = openTestBackend();
    const { close } = backend;
    try {
      const sample = await call(backend, 'export.docx', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        document: storedDocument({ title: 'Reference', kind: 'contingency' }, [paragraph('x')]),
      });
      const view = await call(backend, 'houseStyle.setReferenceDoc', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        fileName: 'ref.docx',
        data: sample.data,
      });
      expect(view.referenceDoc?.fileName).toBe('ref.docx');
      expect(view.referenceDoc?.styleCount).toBeGreaterThan(10);
      const notDocx = await failureOf(
        call(backend, 'houseStyle.setReferenceDoc', {
          workspaceId: SAMPLE_WORKSPACE_ID,
          fileName: 'ref.docx',
          data: PNG_1x1,
        }),
      );
      expect(notDocx.message).toContain('not a Word .docx');
    } finally {
      close();
    }
  });
});

describe('export service', () => {
  it('exports a plan with its workspace marking, in a worker, reporting stages, and keeps a copy to open', async () => {
    const backend = openTestBackend();
    const { dataDir, close } = backend;
    try {
      const plan = await call(backend, 'plans.generate', {
        workspaceId: SAMPLE_WORKSPACE_ID,
        siteId: 'sample-site-hq',
        templateId: 'contingency-evacuation',
        riskIds: [],
        title: 'Evacuation of the HQ',
      });
      const started = await call(backend, 'export.start', { source: { kind: 'plan', planId: plan.id } });
      expect(['queued', 'collecting']).toContain(started.stage);
      const seen = new Set<string>();
      let status = started;
      for (let tries = 0; tries < 600 && status.stage !== 'done' && status.stage !== 'failed'; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = await call(backend, 'export.status', { jobId: started.jobId });
        seen.add(status.stage);
      }
      expect(status.stage, status.error ?? '').toBe('done');
      expect(seen.has('writing') || seen.has('building')).toBe(true);
      expect(status.fileName).toBe('Evacuation of the HQ.docx');
      const file = await call(backend, 'export.download', { jobId: started.jobId });
      const body = documentXml(file.data);
      expect(body).toContain('Evacuation of the HQ');
      expect(body).toContain('Sample: Mission to Karavia');
      expect(file.size).toBe(Buffer.from(file.data, 'base64').length);
      // The copy kept for "Open" is the same file.
      const kept = readFileSync(`${dataDir}/exports/${started.jobId.slice(0, 8)}-${file.fileName}`);
      expect(kept.equals(Buffer.from(file.data, 'base64'))).toBe(true);
    } finally {
      close();
    }
  }, 60_000);

  it('exports the risk register report of the sample mission', async () => {
    const backend = openTestBackend();
    const { close } = backend;
    try {
      const risks = await call(backend, 'risks.list', { workspaceId: SAMPLE_WORKSPACE_ID });
      const file = await call(backend, 'export.riskRegisterDocx', { workspaceId: SAMPLE_WORKSPACE_ID });
      const body = documentXml(file.data);
      expect(body).toContain('Heatmaps');
      expect(body).toContain('Inherent risk');
      for (const risk of risks.slice(0, 3)) expect(body).toContain(risk.title.replace(/&/g, '&amp;'));
      expect(file.fileName).toMatch(/^Risk register report .*\.docx$/);
    } finally {
      close();
    }
  }, 60_000);

  it('fails clearly for unknown plans and jobs', async () => {
    const backend = openTestBackend();
    const { close } = backend;
    try {
      expect((await failureOf(call(backend, 'export.planDocx', { planId: 'no-such-plan' }))).code).toBe('NOT_FOUND');
      expect((await failureOf(call(backend, 'export.status', { jobId: 'no-such-job' }))).code).toBe('NOT_FOUND');
    } finally {
      close();
    }
  });

  it('refuses a file over the upload limit through the contract, before reading it', async () => {
    const { dispatch, close } = openTestBackend();
    try {
      const huge = 'A'.repeat(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4);
      const result = await dispatch('import.docx', { fileName: 'huge.docx', data: huge });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(JSON.stringify(result.error.details)).toContain('The file is larger than 40 MB');
      }
    } finally {
      close();
    }
  });

  it('makes file names safe in any script', () => {
    expect(exportFileName('План: эвакуация / HQ?')).toBe('План эвакуация HQ.docx');
    expect(exportFileName('...')).toBe('Export.docx');
  });
});
