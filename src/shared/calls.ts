// The contract's calls as messages, for a host in another thread or process: Electron's utility
// process behind a window's MessagePort, the browser shell's worker thread behind its HTTP
// server. One request, one reply, matched by id; many calls may be in flight at once. Errors
// cross as their kind, name and message (src/host/calls.ts serves, the caller rebuilds them).

export interface CallRequest {
  readonly id: number;
  readonly name: string;
  readonly args: unknown;
}

/** What kind of failure: decides the HTTP status and the class rebuilt on the calling side. */
export type FailureKind = 'validation' | 'not-found' | 'refused' | 'internal';

export type CallFailure = { readonly id: number; readonly ok: false; readonly kind: FailureKind; readonly name: string; readonly error: string };
/** `json`: the value already serialised, for a caller that only passes it on (the browser
 * shell's HTTP server): a string crosses threads far cheaper than 10,000 list items. */
export type CallReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: true; readonly json: string } | CallFailure;

/** One end of a message channel, whatever carries it (worker port, Electron port, parentPort). */
export interface Channel {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

export function isCallRequest(message: unknown): message is CallRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return Number.isSafeInteger(m['id']) && typeof m['name'] === 'string';
}

function isCallReply(message: unknown): message is CallReply {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return Number.isSafeInteger(m['id']) && typeof m['ok'] === 'boolean';
}

/** A failure as a plain Error carrying the host's name and message (what the renderer shows). */
export function plainError(failure: CallFailure): Error {
  return Object.assign(new Error(failure.error), { name: failure.name });
}

/** The calling side: `call(name, args)` resolves with the host's value or rejects with its error. */
export class CallClient {
  #next = 1;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly channel: Channel,
    private readonly errorOf: (failure: CallFailure) => Error = plainError,
  ) {
    channel.onMessage((message) => {
      if (!isCallReply(message)) return;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if (message.ok) pending.resolve('json' in message ? message.json : message.value);
      else pending.reject(this.errorOf(message));
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
