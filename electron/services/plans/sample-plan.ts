import type { Api } from '#shared/contract';
import { preselectRisks } from '#shared/generate';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';

/**
 * The sample mission's plan, so that a new user sees a plan at once: the evacuation contingency
 * plan for the Head Office with its risks at High or above, generated exactly as the New plan
 * wizard does (`plans.generate`). It belongs to the sample workspace and is removed with it.
 */
export const SAMPLE_PLAN = {
  siteId: 'sample-site-hq',
  templateId: 'contingency-evacuation',
  minLevel: 'high',
} as const;

type SampleApi = Pick<Api, 'risks.list' | 'matrix.get' | 'plans.generate'>;

export async function seedSamplePlan(api: SampleApi): Promise<void> {
  const workspaceId = SAMPLE_WORKSPACE_ID;
  const [risks, matrix] = await Promise.all([api['risks.list']({ workspaceId }), api['matrix.get']({ workspaceId })]);
  const { siteId, templateId, minLevel } = SAMPLE_PLAN;
  await api['plans.generate']({
    workspaceId,
    siteId,
    templateId,
    riskIds: preselectRisks(risks, siteId, minLevel, matrix).map((risk) => risk.id),
    title: '',
  });
}
