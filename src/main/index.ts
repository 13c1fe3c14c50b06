// Electron main: lifecycle and the one window. Everything with logic lives in services/,
// store/ and security.ts; this file only wires them to Electron.
import { app, BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { bindApi } from './ipc.js';
import { CONTENT_SECURITY_POLICY, isAppUrl, windowOptions } from './security.js';
import { createHandlers } from './services/handlers.js';
import { Library } from './services/library.js';

function samplesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples');
}

function createWindow(appUrl: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);
  return win;
}

app.enableSandbox();

void app.whenReady().then(() => {
  const appUrl = process.env['ELECTRON_RENDERER_URL'] ?? new URL(`file://${join(import.meta.dirname, '../renderer/index.html')}`).href;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const library = Library.open(app.getPath('userData'), { samplesDir: samplesDir() });
  const windows = new Set<number>();
  bindApi(createHandlers(library), (event) => windows.has(event.sender.id) && isAppUrl(event.senderFrame?.url ?? '', appUrl));
  const win = createWindow(appUrl);
  windows.add(win.webContents.id);
  void shell; // opening links in the system browser comes with the reader (issue 3)
});

app.on('window-all-closed', () => app.quit());
