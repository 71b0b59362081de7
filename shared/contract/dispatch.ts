import { ApiFailure, type ApiResult } from './errors';
import { contract, isMethodName, type Api } from './index';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected (non-ApiFailure) errors, which clients only see as INTERNAL. */
  onInternalError?: (method: string, error: unknown) => void;
}

/**
 * The single entry both transports call: rejects unknown methods, validates input against the
 * contract, runs the service, and always resolves to an envelope (never throws).
 */
export function createDispatch(api: Api, options: DispatchOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail(new ApiFailure('UNKNOWN_METHOD', `Unknown API method "${method}".`));
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail(
        new ApiFailure('INVALID_INPUT', `Invalid input for ${method}: ${summarizeIssues(parsed.error.issues)}`, {
          issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
        }),
      );
    }
    try {
      const handler = api[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error);
      options.onInternalError?.(method, error);
      return fail(new ApiFailure('INTERNAL', `${method} failed unexpectedly. Nothing was changed.`));
    }
  };
}

function fail(failure: ApiFailure): ApiResult<never> {
  return { ok: false, error: failure.toApiError() };
}

function summarizeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
