import type { MethodInput, MethodName, MethodOutput } from '#shared/contract';
import { unwrap } from '#shared/contract/dispatch';
import type { CliContext } from './command';

/** The CLI calls the same dispatch as the app, so it validates and fails exactly alike. */
export async function call<M extends MethodName>(
  context: CliContext,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  return unwrap(await (await context.backend()).dispatch(method, input)) as MethodOutput<M>;
}
