import { ApiFailure, type ApiResult } from './errors';
import { contract, isMethodName, type Api } from './index';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected (non-ApiFailure) errors, which clients only see as INTERNAL. */
  onInternalError?: (method: string, error: unknown) => void;
  /**
   * Also check each method's output against its schema (tests turn this on). A mismatch is an
   * INTERNAL error whose message names the method and the failing paths; the value itself is
   * returned unchanged either way.
   */
  validateOutput?: boolean;
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
        new ApiFailure(
          'INVALID_INPUT',
          `Invalid input for ${method}: ${summarizeIssues(parsed.error.issues)}`,
          issueDetails(parsed.error.issues),
        ),
      );
    }
    try {
      const handler = api[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      if (options.validateOutput) {
        const checked = contract[method].output.safeParse(value);
        if (!checked.success) {
          return fail(
            new ApiFailure(
              'INTERNAL',
              `The output of ${method} does not match its schema: ${summarizeIssues(checked.error.issues)}`,
              issueDetails(checked.error.issues),
            ),
          );
        }
      }
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

/** The value of an envelope, or its error thrown as an ApiFailure with the same code, message and details. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiFailure(result.error.code, result.error.message, result.error.details);
  return result.value;
}

type Issues = ReadonlyArray<{ path: PropertyKey[]; message: string }>;

function issueDetails(issues: Issues): { issues: Array<{ path: string[]; message: string }> } {
  return { issues: issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })) };
}

function summarizeIssues(issues: Issues): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
