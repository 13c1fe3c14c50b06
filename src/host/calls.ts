// The host's side of calls as messages (the protocol is src/shared/calls.ts): each request is
// validated and run by dispatch(), exactly as an in-process call, and its failure is sent as a
// kind the caller turns back into the class the services threw.
import { LecternError, NotFoundError, ValidationError } from '../core/errors.js';
import { isCallRequest, type CallReply, type CallRequest, type Channel, type FailureKind } from '../shared/calls.js';
import type { Handlers } from '../shared/contract.js';
import { dispatch } from './services/dispatch.js';

/** Calls only one caller may make (Electron main's own channel), beside the contract's. */
export type ExtraCalls = Readonly<Record<string, (args: unknown) => Promise<unknown>>>;

function kindOf(error: unknown): FailureKind {
  if (error instanceof ValidationError) return 'validation';
  if (error instanceof NotFoundError) return 'not-found';
  if (error instanceof LecternError) return 'refused';
  return 'internal';
}

/** Runs one request against the handlers (validated by dispatch) and says how it went. */
export async function answer(handlers: Handlers, request: CallRequest, beforeCall?: () => Promise<void>, extra: ExtraCalls = {}, asJson = false): Promise<CallReply> {
  try {
    await beforeCall?.();
    const own = Object.hasOwn(extra, request.name) ? extra[request.name] : undefined;
    const value = own ? await own(request.args) : await dispatch(handlers, request.name, request.args);
    // JSON.stringify(undefined) is undefined: a call that answers nothing answers null.
    return asJson ? { id: request.id, ok: true, json: JSON.stringify(value) ?? 'null' } : { id: request.id, ok: true, value };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    const kind = kindOf(error);
    if (kind === 'internal') process.stderr.write(`lectern: ${request.name} failed: ${err.stack ?? err.message}\n`);
    return { id: request.id, ok: false, kind, name: err.name, error: err.message };
  }
}

/** Answers every request that arrives on the channel. Anything that is not a request is ignored:
 * the channel may also carry the host's own control messages. */
export function serveCalls(channel: Channel, handlers: Handlers, beforeCall?: () => Promise<void>, extra?: ExtraCalls, asJson = false): void {
  channel.onMessage((message) => {
    if (!isCallRequest(message)) return;
    void answer(handlers, message, beforeCall, extra, asJson).then((reply) => channel.send(reply));
  });
}

// failureOf lives in its own module so the browser shell's main thread can turn replies back
// into errors without loading the handlers and their validation (see host-thread.ts).
export { failureOf } from './call-failure.js';
