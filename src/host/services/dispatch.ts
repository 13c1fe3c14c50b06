// The transport-independent half of every API call: check the name, validate the arguments
// with the call's schema, run the handler. Electron IPC, the HTTP host and tests all use it.
import { contract, describeIssues, isApiName, type Api, type ApiName, type ApiResult, type Handlers } from '../../shared/contract.js';
import { ValidationError } from '../../core/errors.js';

export async function dispatch(handlers: Handlers, name: string, rawArgs: unknown): Promise<unknown> {
  if (!isApiName(name)) throw new ValidationError(`Lectern has no call named "${name}".`);
  const parsed = contract[name].args.safeParse(rawArgs === undefined ? {} : rawArgs);
  if (!parsed.success) throw new ValidationError(`Invalid arguments for ${name}: ${describeIssues(parsed.error)}.`);
  const handler = handlers[name] as (args: unknown) => unknown;
  return await handler(parsed.data);
}

/** The API as direct function calls, validated exactly as over IPC or HTTP. */
export function createDirectApi(handlers: Handlers): Api {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(contract) as ApiName[]) {
    api[name] = (args: unknown) => dispatch(handlers, name, args) as Promise<ApiResult<typeof name>>;
  }
  return api as unknown as Api;
}
