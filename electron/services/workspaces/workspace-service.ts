import { ApiFailure, type Api } from '#shared/contract';
import { createSiteRepository, createWorkspaceRepository } from '#electron/db/repositories/workspaces';
import { notFound, raise, translateConstraint } from '#electron/services/errors';
import type { ServiceDeps } from '#electron/services/ports';

type WorkspaceApi = Pick<
  Api,
  | 'workspaces.list'
  | 'workspaces.get'
  | 'workspaces.create'
  | 'workspaces.update'
  | 'workspaces.delete'
  | 'sites.list'
  | 'sites.create'
  | 'sites.update'
  | 'sites.delete'
>;

export function createWorkspaceService({ db, events }: ServiceDeps): WorkspaceApi {
  const workspaces = createWorkspaceRepository(db);
  const sites = createSiteRepository(db);

  const requireWorkspace = (id: string) => workspaces.get(id) ?? raise(notFound('Workspace', id));
  const changed = (entity: string, workspaceId: string | null) => events.emit('data.changed', { entity, workspaceId });
  const siteNameTaken = (name: string) => `A site named "${name}" already exists in this workspace.`;

  return {
    'workspaces.list': () => workspaces.list(),
    'workspaces.get': ({ id }) => requireWorkspace(id),
    'workspaces.create': (fields) => {
      const created = workspaces.insert(fields);
      changed('workspace', created.id);
      return created;
    },
    'workspaces.update': ({ id, fields }) => {
      const updated = workspaces.update(id, fields) ?? raise(notFound('Workspace', id));
      changed('workspace', id);
      return updated;
    },
    'workspaces.delete': ({ id }) => {
      if (!workspaces.delete(id)) throw notFound('Workspace', id);
      changed('workspace', id);
      return { deleted: true };
    },
    'sites.list': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      return sites.listByWorkspace(workspaceId);
    },
    'sites.create': ({ workspaceId, fields }) => {
      requireWorkspace(workspaceId);
      try {
        const created = sites.insert(workspaceId, fields);
        changed('site', workspaceId);
        return created;
      } catch (error) {
        throw translateConstraint(error, siteNameTaken(fields.name));
      }
    },
    'sites.update': ({ id, fields }) => {
      try {
        const updated = sites.update(id, fields) ?? raise(notFound('Site', id));
        changed('site', updated.workspaceId);
        return updated;
      } catch (error) {
        throw translateConstraint(error, siteNameTaken(fields.name));
      }
    },
    'sites.delete': ({ id }) => {
      const site = sites.get(id) ?? raise(notFound('Site', id));
      try {
        sites.delete(id);
      } catch (error) {
        // Risks and plans keep their site: an assessment is never lost as a side effect.
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
        throw new ApiFailure(
          'CONFLICT',
          `The site "${site.name}" still has assessed risks or plans. Move them to another site or delete them first.`,
          { id },
        );
      }
      changed('site', site.workspaceId);
      return { deleted: true };
    },
  };
}
