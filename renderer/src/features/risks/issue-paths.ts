import { ApiCallError } from '#renderer/api/client';

/**
 * Server validation issues keyed by their path below `fields` ("inherent.likelihood", "title"),
 * so two fields with the same last name (inherent and residual likelihood) stay apart.
 */
export function issuesByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiCallError) || error.code !== 'INVALID_INPUT') return {};
  const issues = (error.details as { issues?: Array<{ path: string[]; message: string }> } | undefined)?.issues ?? [];
  const result: Record<string, string> = {};
  for (const issue of issues) {
    const path = (issue.path[0] === 'fields' ? issue.path.slice(1) : issue.path).join('.');
    if (path && !result[path]) result[path] = issue.message;
  }
  return result;
}
