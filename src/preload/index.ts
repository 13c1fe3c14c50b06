// The renderer's only door to the main process: one named function per contract call,
// exposed through contextBridge. Raw ipcRenderer is never exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { apiNames } from '../shared/contract.js';
import { channelFor, type IpcReply } from '../shared/ipc.js';

const api: Record<string, (args: unknown) => Promise<unknown>> = {};
for (const name of apiNames) {
  api[name] = async (args: unknown) => {
    const reply = (await ipcRenderer.invoke(channelFor(name), args)) as IpcReply<unknown>;
    if (!reply.ok) throw Object.assign(new Error(reply.error), { name: reply.name });
    return reply.value;
  };
}

contextBridge.exposeInMainWorld('lectern', Object.freeze(api));
