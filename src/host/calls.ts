// The contract's calls as messages, for a host that runs in another thread or process: a worker
// thread behind the browser shell's HTTP server, Electron's utility process behind a window's
// MessagePort. One request, one reply, matched by id; many calls may be in flight at once.
// Errors cross as their kind and message and are rebuilt on the other side, so the HTTP status
// and the message a person reads are the same as in-process.
import { LecternError, NotFoundError, ValidationError } from '../core/errors.js';
import type { Handlers } from '../shared/contract.js';
import { dispatch } from './services/dispatch.js';

export interface CallRequest {
  readonly id: number;
  readonly name: string;
  readonly args: unknown;
}

/** What kind of failure: decides the HTTP status and the class rebuilt on the calling side. */
export type FailureKind = 'validation' | 'not-found' | 'refused' | 'internal';

export type CallReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly kind: FailureKind; readonly name: string; readonly error: string };

/** One end of a message channel, whatever carries it (worker port, Electron port, parentPort). */
export interface Channel {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

function kindOf(error: unknown): FailureKind {
  if (error instanceof ValidationError) return 'validation';
  if (error instanceof NotFoundError) return 'not-found';
  if (error instanceof LecternError) return 'refused';
  return 'internal';
}

export function isCallRequest(message: unknown): message is CallRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return Number.isSafeInteger(m['id']) && typeof m['name'] === 'string';
}

/** Runs one request against the handlers (validated by dispatch) and says how it went. */
export async function answer(handlers: Handlers, request: CallRequest, beforeCall?: () => Promise<void>): Promise<CallReply> {
  try {
    await beforeCall?.();
    return { id: request.id, ok: true, value: await dispatch(handlers, request.name, request.args) };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    const kind = kindOf(error);
    if (kind === 'internal') process.stderr.write(`lectern: ${request.name} failed: ${err.stack ?? err.message}\n`);
    return { id: request.id, ok: false, kind, name: err.name, error: err.message };
  }
}

/** Answers every request that arrives on the channel. Anything that is not a request is ignored:
 * the channel may also carry the host's own control messages. */
export function serveCalls(channel: Channel, handlers: Handlers, beforeCall?: () => Promise<void>): void {
  channel.onMessage((message) => {
    if (!isCallRequest(message)) return;
    void answer(handlers, message, beforeCall).then((reply) => channel.send(reply));
  });
}

/** The error a failed reply stands for, as the class the in-process call would have thrown. */
export function failureOf(reply: Extract<CallReply, { ok: false }>): Error {
  const Class = reply.kind === 'validation' ? ValidationError : reply.kind === 'not-found' ? NotFoundError : reply.kind === 'refused' ? LecternError : Error;
  const error = new Class(reply.error);
  error.name = reply.name;
  return error;
}

function isCallReply(message: unknown): message is CallReply {
  return typeof message === 'object' && message !== null && Number.isSafeInteger((message as { id?: unknown }).id) && typeof (message as { ok?: unknown }).ok === 'boolean';
}

/** The calling side: `call(name, args)` resolves with the host's value or rejects with its error. */
export class CallClient {
  #next = 1;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly channel: Channel) {
    channel.onMessage((message) => {
      if (!isCallReply(message)) return;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if (message.ok) pending.resolve(message.value);
      else pending.reject(failureOf(message));
    });
  }

  call(name: string, args: unknown): Promise<unknown> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.channel.send({ id, name, args } satisfies CallRequest);
    });
  }

  /** Every call still waiting fails with `error` (the host went away). */
  failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }

  get inFlight(): number {
    return this.#pending.size;
  }
}
