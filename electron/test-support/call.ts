import { ApiFailure, type MethodInput, type MethodName, type MethodOutput } from '#shared/contract';
import { unwrap, type Dispatch } from '#shared/contract/dispatch';

/**
 * Calls one API method the way every client does, through `dispatch`: the input is validated (and
 * defaults applied), the output checked against its schema when the backend validates outputs (the
 * test backend does), and a failure thrown as an `ApiFailure` carrying the error's code, message and
 * details.
 */
export async function call<M extends MethodName>(
  backend: { dispatch: Dispatch },
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  return unwrap(await backend.dispatch(method, input)) as MethodOutput<M>;
}

/** The ApiFailure a call rejects with (and a test failure if it resolves or throws anything else). */
export async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
