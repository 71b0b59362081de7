import { ApiFailure } from '#shared/contract/errors';
import type { ParsedRiskFields } from '#shared/contract/risks';
import type { RiskMatrix, ThreatCategory } from '#shared/domain';

export interface FieldIssue {
  path: string[];
  message: string;
}

/**
 * Checks the contract cannot make alone because they depend on the workspace: the site is one of
 * its sites, the category one of its categories, and each score is on its matrix's scales.
 */
export function riskFieldIssues(
  fields: ParsedRiskFields,
  context: { siteIds: ReadonlySet<string>; categories: readonly ThreatCategory[]; matrix: RiskMatrix },
  prefix: string[] = ['fields'],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { matrix } = context;
  if (!context.siteIds.has(fields.siteId))
    issues.push({ path: [...prefix, 'siteId'], message: 'Choose a site of this workspace' });
  if (!context.categories.some((category) => category.key === fields.categoryKey))
    issues.push({ path: [...prefix, 'categoryKey'], message: `Unknown category "${fields.categoryKey}"` });
  const scale = (which: 'inherent' | 'residual') => {
    const assessment = fields[which];
    if (!assessment) return;
    if (assessment.likelihood > matrix.likelihood.length)
      issues.push({
        path: [...prefix, which, 'likelihood'],
        message: `Likelihood goes from 1 to ${matrix.likelihood.length} in this workspace's matrix`,
      });
    if (assessment.impact > matrix.impact.length)
      issues.push({
        path: [...prefix, which, 'impact'],
        message: `Impact goes from 1 to ${matrix.impact.length} in this workspace's matrix`,
      });
  };
  scale('inherent');
  scale('residual');
  return issues;
}

export function invalidFields(issues: FieldIssue[]): ApiFailure {
  return new ApiFailure(
    'INVALID_INPUT',
    issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    {
      issues,
    },
  );
}
