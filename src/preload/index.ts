// The renderer's only doors: one named function per contract call, carried over a MessagePort
// to the library's own process (main hands the port to Lectern's page only), plus menu
// commands, dropped-file paths and native dialogs over IPC to main. Neither the port nor raw
// ipcRenderer is exposed: the page sees functions.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CallClient } from '../shared/calls.js';
import { apiNames } from '../shared/contract.js';
import type { IpcReply } from '../shared/ipc.js';
import { HOST_PORT_CHANNEL, MENU_ACTIONS, MENU_CHANNEL, OPEN_ARTICLE_CHANNEL, SHELL_CHANNELS, type DesktopShell, type MenuAction } from '../shared/shell.js';

/** The client of the newest port; calls made before the first port arrives wait for it. */
let client: CallClient | null = null;
let connected: (client: CallClient) => void = () => {};
let firstPort = new Promise<CallClient>((resolve) => (connected = resolve));

ipcRenderer.on(HOST_PORT_CHANNEL, (event) => {
  const [port] = event.ports;
  if (!port) return;
  // A newer port (the host restarted): calls still waiting on the old one fail with a message.
  client?.failAll(new Error('Lectern’s library restarted; try again.'));
  client = new CallClient({
    send: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.onmessage = (message) => listener(message.data);
    },
  });
  connected(client);
  firstPort = Promise.resolve(client);
});

const api: Record<string, (args: unknown) => Promise<unknown>> = {};
for (const name of apiNames) {
  api[name] = async (args: unknown) => (client ?? (await firstPort)).call(name, args);
}

/** A shell channel's reply (see src/main/shell-reply.ts), unwrapped into a value or a clean Error. */
async function invokeShell<T>(channel: string, args: unknown): Promise<T> {
  const reply = (await ipcRenderer.invoke(channel, args)) as IpcReply<T>;
  if (!reply.ok) throw Object.assign(new Error(reply.error), { name: reply.name });
  return reply.value;
}

const shell: DesktopShell = {
  onMenu(listener) {
    const handler = (_event: unknown, action: unknown) => {
      if (MENU_ACTIONS.includes(action as MenuAction)) listener(action as MenuAction);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.off(MENU_CHANNEL, handler);
  },
  onOpenArticle(listener) {
    const handler = (_event: unknown, id: unknown) => {
      if (typeof id === 'string' && /^[0-9a-f]{16}$/.test(id)) listener(id);
    };
    ipcRenderer.on(OPEN_ARTICLE_CHANNEL, handler);
    return () => ipcRenderer.off(OPEN_ARTICLE_CHANNEL, handler);
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
  pickPaths: (options) => invokeShell<string[]>(SHELL_CHANNELS.pickPaths, { folders: options.folders }),
  saveFile: (file) => invokeShell<string | null>(SHELL_CHANNELS.saveFile, { fileName: file.fileName, base64: file.base64 }),
  exportToFile: ({ articleIds, format }) => invokeShell<string | null>(SHELL_CHANNELS.exportToFile, { articleIds: articleIds === 'all' ? 'all' : [...articleIds], format }),
  exportPdf: (articleIds) => invokeShell<string | null>(SHELL_CHANNELS.exportPdf, [...articleIds]),
  libraryFolder: () => invokeShell<string>(SHELL_CHANNELS.libraryFolder, {}),
  moveLibrary: () => invokeShell<string | null>(SHELL_CHANNELS.moveLibrary, {}),
};

contextBridge.exposeInMainWorld('lectern', Object.freeze(api));
contextBridge.exposeInMainWorld('lecternShell', Object.freeze(shell));
