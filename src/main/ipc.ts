// Binds every call of the contract to Electron IPC, once. Calls are accepted only from
// Lectern's own windows showing Lectern's own page; arguments are validated by dispatch().
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiNames, type Handlers } from '../shared/contract.js';
import { channelFor, type IpcReply } from '../shared/ipc.js';
import { dispatch } from './services/dispatch.js';

export function bindApi(handlers: Handlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of apiNames) {
    ipcMain.handle(channelFor(name), async (event, args: unknown): Promise<IpcReply<unknown>> => {
      if (!isTrustedSender(event)) return { ok: false, name: 'SecurityError', error: 'Refused: the call did not come from a Lectern window.' };
      try {
        return { ok: true, value: await dispatch(handlers, name, args) };
      } catch (error) {
        const err = error instanceof Error ? error : new Error(String(error));
        return { ok: false, name: err.name, error: err.message };
      }
    });
  }
}
