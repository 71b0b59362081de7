import { ApiFailure, type MethodInput, type MethodName, type MethodOutput } from '#shared/contract';
import type { CliContext } from './command';

/** The CLI calls the same dispatch as the app, so it validates and fails exactly alike. */
export async function call<M extends MethodName>(
  context: CliContext,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await context.backend().dispatch(method, input);
  if (!result.ok) throw new ApiFailure(result.error.code, result.error.message, result.error.details);
  return result.value as MethodOutput<M>;
}
