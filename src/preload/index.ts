// The renderer's only door to the main process: one named function per contract call, plus
// menu commands and dropped-file paths, exposed through contextBridge. Raw ipcRenderer is
// never exposed.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { apiNames } from '../shared/contract.js';
import { channelFor, type IpcReply } from '../shared/ipc.js';
import { MENU_ACTIONS, MENU_CHANNEL, OPEN_ARTICLE_CHANNEL, SHELL_CHANNELS, type DesktopShell, type MenuAction } from '../shared/shell.js';

const api: Record<string, (args: unknown) => Promise<unknown>> = {};
for (const name of apiNames) {
  api[name] = async (args: unknown) => {
    const reply = (await ipcRenderer.invoke(channelFor(name), args)) as IpcReply<unknown>;
    if (!reply.ok) throw Object.assign(new Error(reply.error), { name: reply.name });
    return reply.value;
  };
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
