import type { PlanContext } from '#shared/generate';
import { contextFromRegister } from '#shared/generate';
import { ApiFailure } from '#shared/contract/errors';
import type { RegisterReaderPort } from '#electron/services/ports';

export interface ContextRequest {
  workspaceId: string;
  siteId: string | null;
  riskIds: readonly string[];
  today: string;
  plan?: PlanContext['plan'];
}

/**
 * Gathers the generator's context from the register. Risk ids that do not exist (or belong to
 * another workspace) are refused by name rather than silently left out of the plan.
 */
export async function loadPlanContext(register: RegisterReaderPort, request: ContextRequest): Promise<PlanContext> {
  const { workspaceId } = request;
  const [workspace, sites, risks, people, phases, targets, matrix] = await Promise.all([
    register['workspaces.get']({ id: workspaceId }),
    register['sites.list']({ workspaceId }),
    register['risks.list']({ workspaceId }),
    register['people.list']({ workspaceId }),
    register['phases.list']({ workspaceId }),
    register['targets.list']({ workspaceId }),
    register['matrix.get']({ workspaceId }),
  ]);
  if (request.siteId !== null && !sites.some((site) => site.id === request.siteId)) {
    throw new ApiFailure('NOT_FOUND', `Site ${request.siteId} is not a site of "${workspace.name}".`, {
      siteId: request.siteId,
    });
  }
  const byId = new Map(risks.map((risk) => [risk.id, risk]));
  const unknown = request.riskIds.filter((id) => !byId.has(id));
  if (unknown.length) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `Unknown risk${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} in workspace "${workspace.name}" (deleted meanwhile?).`,
      { issues: [{ path: ['riskIds'], message: `Unknown: ${unknown.join(', ')}` }] },
    );
  }
  return contextFromRegister({
    workspace: { name: workspace.name, marking: workspace.marking, description: workspace.description },
    sites: sites.map((site) => ({ id: site.id, name: site.name, kind: site.kind, address: site.address })),
    siteId: request.siteId,
    risks: [...new Set(request.riskIds)].map((id) => byId.get(id)!),
    people,
    phases,
    targets,
    matrix,
    today: request.today,
    ...(request.plan ? { plan: request.plan } : {}),
  });
}
