import type { Api } from '#shared/contract';
import { ApiFailure } from '#shared/contract/errors';
import { rankByCarver } from '#shared/domain';
import { createPeopleRepository, createTargetRepository, type TargetRecord } from '#electron/db/repositories/people';
import { createRiskRepository } from '#electron/db/repositories/risks';
import { createSiteRepository, createWorkspaceRepository } from '#electron/db/repositories/workspaces';
import { notFound, raise } from '#electron/services/errors';
import type { ServiceDeps } from '#electron/services/ports';

type PeopleApi = Pick<
  Api,
  | 'people.list'
  | 'people.create'
  | 'people.update'
  | 'people.delete'
  | 'targets.list'
  | 'targets.create'
  | 'targets.update'
  | 'targets.delete'
>;

const invalid = (field: string, message: string) =>
  new ApiFailure('INVALID_INPUT', message, { issues: [{ path: ['fields', field], message }] });

/** People and roles that plans reuse, and vulnerable targets ranked with CARVER. */
export function createPeopleService({ db, events }: ServiceDeps): PeopleApi {
  const people = createPeopleRepository(db);
  const targets = createTargetRepository(db);
  const workspaces = createWorkspaceRepository(db);
  const sites = createSiteRepository(db);
  const risks = createRiskRepository(db);

  const requireWorkspace = (id: string) => workspaces.get(id) ?? raise(notFound('Workspace', id));
  const changed = (entity: string, workspaceId: string) => events.emit('data.changed', { entity, workspaceId });

  const checkDeputy = (workspaceId: string, deputy: string | null, self?: string) => {
    if (deputy === null) return;
    if (deputy === self) throw invalid('deputy', 'A person cannot be their own deputy');
    if (people.get(deputy)?.workspaceId !== workspaceId) throw invalid('deputy', 'Choose a deputy from this workspace');
  };
  const checkTarget = (workspaceId: string, siteId: string | null, riskIds: string[]) => {
    if (siteId !== null && sites.get(siteId)?.workspaceId !== workspaceId)
      throw invalid('siteId', 'Choose a site of this workspace');
    const known = new Set(risks.listByWorkspace(workspaceId).map((risk) => risk.id));
    const unknown = riskIds.find((id) => !known.has(id));
    if (unknown) throw invalid('riskIds', `Risk ${unknown} is not in this workspace`);
  };
  const ranked = (list: TargetRecord[]) =>
    rankByCarver(list).map(({ workspaceId: _workspace, ...target }, index) => ({ ...target, rank: index + 1 }));
  const targetView = (record: TargetRecord) =>
    ranked(targets.listByWorkspace(record.workspaceId)).find((target) => target.id === record.id)!;

  return {
    'people.list': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      return people.listByWorkspace(workspaceId).map(({ workspaceId: _workspace, ...person }) => person);
    },
    'people.create': ({ workspaceId, fields }) => {
      requireWorkspace(workspaceId);
      checkDeputy(workspaceId, fields.deputy);
      const { workspaceId: _workspace, ...created } = people.insert(workspaceId, fields);
      changed('person', workspaceId);
      return created;
    },
    'people.update': ({ id, fields }) => {
      const existing = people.get(id) ?? raise(notFound('Person', id));
      checkDeputy(existing.workspaceId, fields.deputy, id);
      const { workspaceId: _workspace, ...updated } = people.update(id, fields) ?? raise(notFound('Person', id));
      changed('person', existing.workspaceId);
      return updated;
    },
    'people.delete': ({ id }) => {
      const existing = people.get(id) ?? raise(notFound('Person', id));
      people.delete(id);
      changed('person', existing.workspaceId);
      return { deleted: true };
    },
    'targets.list': ({ workspaceId }) => {
      requireWorkspace(workspaceId);
      return ranked(targets.listByWorkspace(workspaceId));
    },
    'targets.create': ({ workspaceId, fields }) => {
      requireWorkspace(workspaceId);
      checkTarget(workspaceId, fields.siteId, fields.riskIds);
      const created = db.transaction(() => targets.insert(workspaceId, fields))();
      changed('target', workspaceId);
      return targetView(created);
    },
    'targets.update': ({ id, fields }) => {
      const existing = targets.get(id) ?? raise(notFound('Target', id));
      checkTarget(existing.workspaceId, fields.siteId, fields.riskIds);
      const updated = db.transaction(() => targets.update(id, fields))() ?? raise(notFound('Target', id));
      changed('target', existing.workspaceId);
      return targetView(updated);
    },
    'targets.delete': ({ id }) => {
      const existing = targets.get(id) ?? raise(notFound('Target', id));
      targets.delete(id);
      changed('target', existing.workspaceId);
      return { deleted: true };
    },
  };
}
