import { ApiCallError } from '#renderer/api/client';

/**
 * The server validates every input with the contract; its INVALID_INPUT details list issues by
 * path. Map them onto form fields by the last path segment (fields.name -> name).
 */
export function fieldErrorsFrom(error: unknown): Record<string, string> {
  if (!(error instanceof ApiCallError) || error.code !== 'INVALID_INPUT') return {};
  const issues = (error.details as { issues?: Array<{ path: string[]; message: string }> } | undefined)?.issues ?? [];
  const result: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.at(-1);
    if (key && !result[key]) result[key] = issue.message;
  }
  return result;
}
