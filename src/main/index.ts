// Electron main: lifecycle, the window, the menu and dialogs. Everything with logic lives in
// services/, store/, security.ts and menu.ts; this file only wires them to Electron.
import { app, BrowserWindow, dialog, Menu, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_CHANNEL, type MenuAction } from '../shared/shell.js';
import { bindApi } from './ipc.js';
import { menuTemplate } from './menu.js';
import { CONTENT_SECURITY_POLICY, isAppUrl, isExternalWebUrl, windowOptions } from './security.js';
import { createHandlers } from './services/handlers.js';
import { ExportService } from './services/export.js';
import { Library } from './services/library.js';
import { bindShell } from './shell-ipc.js';

const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const appUrl = devUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const windows = new Set<WebContents>();

function samplesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples');
}

/** An http(s) link leaves the app only after the user says so; any other scheme never does. */
async function offerExternal(win: BrowserWindow, url: string): Promise<void> {
  if (!isExternalWebUrl(url)) return;
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  const contents = win.webContents;
  windows.add(contents);
  win.on('closed', () => windows.delete(contents));
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternal(win, url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    void offerExternal(win, url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);
  return win;
}

function sendToFocused(action: MenuAction): void {
  (BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0])?.webContents.send(MENU_CHANNEL, action);
}

app.enableSandbox();

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // No request ever leaves the machine: only the app's own files (and the dev server) load.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local = url.startsWith('file:') || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:') || (devUrl !== undefined && url.startsWith(new URL(devUrl).origin));
    callback({ cancel: !local });
  });
  const library = Library.open(app.getPath('userData'), { samplesDir: samplesDir() });
  const trusted = (event: IpcMainInvokeEvent) => windows.has(event.sender) && isAppUrl(event.senderFrame?.url ?? '', appUrl);
  bindApi(createHandlers(library), trusted);
  bindShell(new ExportService(library), trusted);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, appName: app.name, isDev: !app.isPackaged, send: sendToFocused })));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
