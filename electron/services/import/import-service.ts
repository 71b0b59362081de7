import type { Api } from '#shared/contract';
import { MAX_UPLOAD_BYTES } from '#shared/contract/export';
import { documentParts } from '#shared/document/sections';
import { createPlanRepository } from '#electron/db/repositories/plans';
import { createSiteRepository, createWorkspaceRepository } from '#electron/db/repositories/workspaces';
import { notFound } from '#electron/services/errors';
import type { ServiceDeps } from '#electron/services/ports';
import { decodeUpload } from './docx-container';
import { importDocx } from './docx-import';

type ImportApi = Pick<Api, 'import.docx' | 'import.createPlan'>;

/** Marks plans that came from Word rather than from a library template. */
export const IMPORTED_TEMPLATE_ID = 'imported-docx';

/**
 * Word import. `import.docx` reads a file and stores nothing; `import.createPlan` saves the
 * document the user accepted as a draft plan, in one transaction.
 */
export function createImportService({ db, events }: ServiceDeps): ImportApi {
  const plans = createPlanRepository(db);
  const workspaces = createWorkspaceRepository(db);
  const sites = createSiteRepository(db);
  return {
    'import.docx': ({ fileName, data, target }) =>
      importDocx(decodeUpload(data, fileName, MAX_UPLOAD_BYTES), fileName, target),
    'import.createPlan': ({ workspaceId, siteId, document }) => {
      if (!workspaces.get(workspaceId)) throw notFound('Workspace', workspaceId);
      if (siteId !== null) {
        const site = sites.get(siteId);
        if (!site || site.workspaceId !== workspaceId) throw notFound('Site', siteId);
      }
      const title = document.meta.title.trim() || 'Imported plan';
      const summary = plans.insert(
        {
          workspaceId,
          siteId,
          kind: document.meta.kind.trim() || 'imported',
          title,
          templateId: IMPORTED_TEMPLATE_ID,
          templateVersion: '',
        },
        documentParts({ ...document, meta: { ...document.meta, title } }),
        [],
      );
      events.emit('data.changed', { entity: 'plan', workspaceId });
      return { planId: summary.id, title: summary.title };
    },
  };
}
