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
  pickPaths: (options) => ipcRenderer.invoke(SHELL_CHANNELS.pickPaths, { folders: options.folders }) as Promise<string[]>,
  saveFile: (file) => ipcRenderer.invoke(SHELL_CHANNELS.saveFile, { fileName: file.fileName, base64: file.base64 }) as Promise<string | null>,
  exportPdf: (articleIds) => ipcRenderer.invoke(SHELL_CHANNELS.exportPdf, [...articleIds]) as Promise<string | null>,
  libraryFolder: () => ipcRenderer.invoke(SHELL_CHANNELS.libraryFolder, {}) as Promise<string>,
  moveLibrary: () => ipcRenderer.invoke(SHELL_CHANNELS.moveLibrary, {}) as Promise<string | null>,
};

contextBridge.exposeInMainWorld('lectern', Object.freeze(api));
contextBridge.exposeInMainWorld('lecternShell', Object.freeze(shell));
