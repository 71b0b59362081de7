import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Api } from '#shared/contract';
import { ApiFailure } from '#shared/contract/errors';
import { DOCX_MIME_TYPE, type ExportJob, type ExportSource, type ExportedFile } from '#shared/contract/export';
import type { CoverInfo, ExportRequest } from '#shared/export/document';
import { riskRegisterReport } from '#shared/export/risk-register-report';
import { newId } from '#electron/db/clock';
import { createWorkspaceRepository } from '#electron/db/repositories/workspaces';
import { ensurePrivateDir, writePrivateFile } from '#electron/db/private-files';
import { notFound, raise } from '#electron/services/errors';
import type { PlanReaderPort, RiskReaderPort, ServiceDeps, WorkspaceReaderPort } from '#electron/services/ports';
import { createHouseStyleRepository } from './house-style-repository';
import { loadHouseStyle } from './house-style-service';
import { runExport, type ExportStage } from './run-export';

type ExportApi = Pick<
  Api,
  | 'export.start'
  | 'export.status'
  | 'export.download'
  | 'export.open'
  | 'export.docx'
  | 'export.planDocx'
  | 'export.riskRegisterDocx'
>;

export interface ExportServiceDeps extends ServiceDeps {
  plans: PlanReaderPort;
  register: RiskReaderPort & WorkspaceReaderPort;
  /** Exports are kept in `exports/` here, for "Open". */
  dataDir: string;
  /** Run exports in a worker thread when one can start (default true). */
  worker?: boolean;
}

interface Job {
  state: ExportJob;
  bytes: Uint8Array | null;
  path: string | null;
  startedAt: number;
  failure?: unknown;
}

const STAGE_PROGRESS: Record<ExportJob['stage'], number> = {
  queued: 0,
  collecting: 0.1,
  building: 0.3,
  writing: 0.7,
  done: 1,
  failed: 1,
};
const MAX_JOBS = 20;

export function formatExportDate(iso: string | null | undefined, now = new Date()): string {
  const date = iso ? new Date(iso) : now;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Number.isNaN(date.getTime()) ? now : date,
  );
}

export function humanKind(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : '';
}

/** A file name any system accepts, from a title in any script. */
export function exportFileName(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return `${base || 'Export'}.docx`;
}

export function createExportService(deps: ExportServiceDeps): ExportApi {
  const { db, plans, register } = deps;
  const workspaces = createWorkspaceRepository(db);
  const houseStyles = createHouseStyleRepository(db);
  const jobs = new Map<string, Job>();
  const exportsDir = join(deps.dataDir, 'exports');

  const requireWorkspace = (id: string) => workspaces.get(id) ?? raise(notFound('Workspace', id));
  const requireJob = (jobId: string) => jobs.get(jobId) ?? raise(notFound('Export', jobId));

  async function requestFor(source: ExportSource): Promise<ExportRequest> {
    switch (source.kind) {
      case 'plan': {
        const plan = await plans['plans.get']({ id: source.planId });
        const workspace = requireWorkspace(plan.workspaceId);
        const draft = plan.status === 'approved' ? '' : ` (${plan.status.replace('-', ' ')})`;
        const cover: CoverInfo = {
          title: plan.title,
          subtitle: humanKind(plan.kind),
          site: plan.siteName || null,
          workspace: workspace.name,
          version: `${plan.edition}${draft}`,
          date: formatExportDate(plan.approvedAt ?? plan.updatedAt),
          marking: workspace.marking,
          author: plan.preparedBy || undefined,
          keywords: [humanKind(plan.kind), plan.siteName, workspace.name].filter(Boolean),
        };
        return { document: plan.document, style: loadHouseStyle(houseStyles, workspace.id), cover };
      }
      case 'document': {
        const workspace = requireWorkspace(source.workspaceId);
        const overrides = source.cover ?? {};
        const cover: CoverInfo = {
          title: overrides.title ?? source.document.meta.title,
          subtitle: overrides.subtitle ?? humanKind(source.document.meta.kind),
          site: overrides.site ?? null,
          workspace: workspace.name,
          version: overrides.version ?? '1',
          date: overrides.date ?? formatExportDate(null),
          marking: workspace.marking,
          author: overrides.author,
          keywords: [humanKind(source.document.meta.kind), workspace.name].filter(Boolean),
        };
        return { document: source.document, style: loadHouseStyle(houseStyles, workspace.id), cover };
      }
      case 'risk-register': {
        const workspace = requireWorkspace(source.workspaceId);
        const [risks, matrix] = await Promise.all([
          register['risks.list']({ workspaceId: workspace.id }),
          register['matrix.get']({ workspaceId: workspace.id }),
        ]);
        const atSite = source.siteId ? risks.filter((risk) => risk.siteId === source.siteId) : risks;
        if (source.siteId && atSite.length === 0 && !risks.some((risk) => risk.siteId === source.siteId)) {
          const sites = await register['sites.list']({ workspaceId: workspace.id });
          if (!sites.some((site) => site.id === source.siteId)) throw notFound('Site', source.siteId);
        }
        const siteName = source.siteId ? atSite[0]?.siteName : undefined;
        const document = riskRegisterReport({ workspaceName: workspace.name, siteName, risks: atSite, matrix });
        return {
          document,
          style: loadHouseStyle(houseStyles, workspace.id),
          cover: {
            title: document.meta.title,
            subtitle: 'Risk register report',
            site: siteName ?? null,
            workspace: workspace.name,
            date: formatExportDate(null),
            marking: workspace.marking,
            keywords: ['risk register', workspace.name],
          },
        };
      }
    }
  }

  function setStage(job: Job, stage: ExportJob['stage']): void {
    job.state = { ...job.state, stage, progress: STAGE_PROGRESS[stage] };
  }

  function forget(): void {
    const byAge = [...jobs.entries()].sort((a, b) => a[1].startedAt - b[1].startedAt);
    while (byAge.length > MAX_JOBS) {
      const oldest = byAge.shift();
      if (oldest && oldest[1].state.stage !== 'building' && oldest[1].state.stage !== 'writing') jobs.delete(oldest[0]);
    }
  }

  async function run(job: Job, source: ExportSource): Promise<void> {
    setStage(job, 'collecting');
    const request = await requestFor(source);
    job.state = { ...job.state, fileName: exportFileName(request.cover.title) };
    const bytes = await runExport(request, (stage: ExportStage) => setStage(job, stage), { worker: deps.worker });
    // Not encrypted (a Word file), so private to the user at least.
    ensurePrivateDir(exportsDir);
    const path = join(exportsDir, `${job.state.jobId.slice(0, 8)}-${job.state.fileName}`);
    writePrivateFile(path, bytes);
    job.bytes = bytes;
    job.path = path;
    job.state = { ...job.state, stage: 'done', progress: 1, size: bytes.length };
  }

  /** Starts a job; resolves when it ends. Failures are kept on the job, never thrown from here. */
  function start(source: ExportSource): { job: Job; finished: Promise<void> } {
    const jobId = newId();
    const job: Job = {
      state: { jobId, stage: 'queued', progress: 0, fileName: 'Export.docx', size: null, error: null },
      bytes: null,
      path: null,
      startedAt: Date.now(),
    };
    jobs.set(jobId, job);
    forget();
    const finished = run(job, source).catch((error: unknown) => {
      job.state = {
        ...job.state,
        stage: 'failed',
        progress: 1,
        error: error instanceof ApiFailure ? error.message : 'The Word file could not be produced. Nothing was saved.',
      };
      job.failure = error;
      if (!(error instanceof ApiFailure)) console.error('[export] failed:', error);
    });
    return { job, finished };
  }

  const download = (job: Job): ExportedFile => {
    if (job.state.stage === 'failed') {
      throw job.failure instanceof ApiFailure
        ? job.failure
        : new ApiFailure('CONFLICT', job.state.error ?? 'The export failed.');
    }
    if (!job.bytes) throw new ApiFailure('CONFLICT', 'The export is not finished yet.', { stage: job.state.stage });
    return {
      fileName: job.state.fileName,
      mimeType: DOCX_MIME_TYPE,
      data: Buffer.from(job.bytes).toString('base64'),
      size: job.bytes.length,
    };
  };

  const exportNow = async (source: ExportSource): Promise<ExportedFile> => {
    const { job, finished } = start(source);
    await finished;
    return download(job);
  };

  return {
    'export.start': ({ source }) => {
      // Validate what can be checked at once, so a bad id fails the call rather than the job.
      if (source.kind !== 'plan') requireWorkspace(source.workspaceId);
      return start(source).job.state;
    },
    'export.status': ({ jobId }) => requireJob(jobId).state,
    'export.download': ({ jobId }) => download(requireJob(jobId)),
    'export.open': ({ jobId }) => {
      const job = requireJob(jobId);
      if (!job.path) throw new ApiFailure('CONFLICT', 'The export is not finished yet.', { stage: job.state.stage });
      const path = job.path;
      const [command, args] =
        process.platform === 'win32'
          ? ['cmd', ['/c', 'start', '""', path]]
          : process.platform === 'darwin'
            ? ['open', [path]]
            : ['xdg-open', [path]];
      return new Promise((resolve, reject) => {
        const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
        child.once('error', () =>
          reject(
            new ApiFailure(
              'NOT_FOUND',
              `No program to open Word documents was found on this computer. The file is saved at ${path}.`,
              {
                path,
              },
            ),
          ),
        );
        child.once('spawn', () => {
          child.unref();
          resolve({ opened: true as const, path });
        });
      });
    },
    'export.docx': ({ workspaceId, document, cover }) => exportNow({ kind: 'document', workspaceId, document, cover }),
    'export.planDocx': ({ planId }) => exportNow({ kind: 'plan', planId }),
    'export.riskRegisterDocx': ({ workspaceId, siteId }) => exportNow({ kind: 'risk-register', workspaceId, siteId }),
  };
}
