import { ApiFailure, type ApiResult } from './errors';
import { contract, isMethodName, type Api, type MethodName } from './index';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected (non-ApiFailure) errors, which clients only see as INTERNAL. */
  onInternalError?: (method: string, error: unknown) => void;
  /**
   * Also check each method's output against its schema (tests turn this on). A mismatch is an
   * INTERNAL error whose message names the method and the failing paths (reported like any other
   * internal error); a matching value is returned as the service gave it.
   */
  validateOutput?: boolean;
  /** Turns an environment error (a busy database, a full disk) into a failure with a stable code. */
  translateError?: (error: unknown) => ApiFailure | undefined;
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
        const mismatch = outputMismatch(method, value);
        if (mismatch) {
          options.onInternalError?.(method, mismatch);
          return fail(mismatch);
        }
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error);
      const translated = options.translateError?.(error);
      if (translated) return fail(translated);
      options.onInternalError?.(method, error);
      return fail(new ApiFailure('INTERNAL', `${method} failed unexpectedly. Nothing was changed.`));
    }
  };
}

function fail(failure: ApiFailure): ApiResult<never> {
  return { ok: false, error: failure.toApiError() };
}

/**
 * Why a service's output does not match its schema: a failed check, or a difference between what
 * was sent and what the schema makes of it (a key it does not declare, which parsing would strip,
 * or a value a default or transform changes), so that the contract describes exactly what clients get.
 */
function outputMismatch(method: MethodName, value: unknown): ApiFailure | undefined {
  const checked = contract[method].output.safeParse(value);
  if (!checked.success) {
    return new ApiFailure(
      'INTERNAL',
      `The output of ${method} does not match its schema: ${summarizeIssues(checked.error.issues)}`,
      issueDetails(checked.error.issues),
    );
  }
  const difference = firstDifference(value, checked.data, []);
  return difference
    ? new ApiFailure('INTERNAL', `The output of ${method} does not match its schema: ${difference}`)
    : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstDifference(sent: unknown, parsed: unknown, path: string[]): string | undefined {
  if (Object.is(sent, parsed)) return undefined;
  const at = (key: string) => [...path, key].join('.');
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    for (const [index, item] of sent.entries()) {
      const found = firstDifference(item, parsed[index], [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(sent) && isRecord(parsed)) {
    for (const [key, item] of Object.entries(sent)) {
      if (item === undefined) continue; // JSON leaves it out
      if (!(key in parsed)) return `${at(key)}: not declared in the schema`;
      const found = firstDifference(item, parsed[key], [...path, key]);
      if (found) return found;
    }
    const filled = Object.keys(parsed).find((key) => !(key in sent) && parsed[key] !== undefined);
    return filled === undefined ? undefined : `${at(filled)}: missing (the schema fills it in)`;
  }
  const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 80) ?? String(value);
  return `${path.join('.') || 'the output'}: the schema turns ${shown(sent)} into ${shown(parsed)}`;
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
