// Binds every call of the contract to Electron IPC, once. Calls are accepted only from
// Lectern's own windows showing Lectern's own page; arguments are validated by dispatch().
// The per-call handler is a plain function (createIpcHandler) so it is tested without Electron;
// bindApi registers exactly that function for each channel.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiNames, type ApiName, type Handlers } from '../shared/contract.js';
import { channelFor, type IpcReply } from '../shared/ipc.js';
import { dispatch } from '../host/services/dispatch.js';

export const UNTRUSTED_SENDER_REPLY: IpcReply<never> = Object.freeze({
  ok: false,
  name: 'SecurityError',
  error: 'Refused: the call did not come from a Lectern window.',
});

/** What ipcMain.handle runs for one call: sender check, then dispatch(); errors become data. */
export function createIpcHandler<E = IpcMainInvokeEvent>(
  handlers: Handlers,
  name: ApiName,
  isTrustedSender: (event: E) => boolean,
): (event: E, args: unknown) => Promise<IpcReply<unknown>> {
  return async (event, args) => {
    let trusted = false;
    try {
      trusted = isTrustedSender(event) === true;
    } catch {
      trusted = false;
    }
    if (!trusted) return UNTRUSTED_SENDER_REPLY;
    try {
      return { ok: true, value: await dispatch(handlers, name, args) };
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      return { ok: false, name: err.name, error: err.message };
    }
  };
}

export function bindApi(handlers: Handlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of apiNames) {
    ipcMain.handle(channelFor(name), createIpcHandler(handlers, name, isTrustedSender));
  }
}
