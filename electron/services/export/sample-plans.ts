import type { Api } from '#shared/contract';
import { SAMPLE_WORKSPACE_ID } from '#electron/db/sample';

export const SAMPLE_PLAN_TEMPLATES = [
  'site-security-plan',
  'contingency-evacuation',
  'contingency-armed-attack-hospital',
] as const;

/** Plans of the sample mission generated from library templates with every sample risk of their site. */
export async function generateSamplePlans(
  api: Api,
): Promise<Array<{ templateId: string; planId: string; title: string }>> {
  const risks = await api['risks.list']({ workspaceId: SAMPLE_WORKSPACE_ID });
  const plans = [];
  for (const [templateId, siteId] of [
    ['site-security-plan', 'sample-site-hq'],
    ['contingency-evacuation', 'sample-site-hq'],
    ['contingency-armed-attack-hospital', 'sample-site-hospital'],
  ] as const) {
    const plan = await api['plans.generate']({
      workspaceId: SAMPLE_WORKSPACE_ID,
      siteId,
      templateId,
      riskIds: risks.filter((risk) => risk.siteId === siteId).map((risk) => risk.id),
      title: '',
    });
    plans.push({ templateId, planId: plan.id, title: plan.title });
  }
  return plans;
}
