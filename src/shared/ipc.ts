// The Electron IPC channel of each API call and the shape of its reply, shared by main and
// preload so neither spells a channel by hand.
import type { ApiName } from './contract.js';

export function channelFor(name: ApiName): string {
  return `lectern:${name}`;
}

/** Errors cross IPC as data: Electron would otherwise mangle the message. */
export type IpcReply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly name: string };
