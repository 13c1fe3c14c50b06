// Electron main: lifecycle, the window, menus, dialogs and "Open with Lectern". Everything with
// logic lives in services/, store/, security.ts, menu.ts, window-state.ts, open-files.ts and
// app-settings.ts; this file only wires them to Electron.
import { app, BrowserWindow, dialog, Menu, screen, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_CHANNEL, OPEN_ARTICLE_CHANNEL, type MenuAction } from '../shared/shell.js';
import { AppSettingsFile, withRecent } from './app-settings.js';
import { bindApi } from './ipc.js';
import { Log } from './log.js';
import { menuTemplate, selectionMenuTemplate } from './menu.js';
import { moveLibrary } from './move-library.js';
import { filesFromArgv, isOpenableFile } from './open-files.js';
import { decideNavigation, decidePermission, decideWindowOpen, isAppUrl, isExternalWebUrl, isLocalRequest, windowOptions, withCspHeader } from './security.js';
import { ExportService } from './services/export.js';
import { createHandlers } from './services/handlers.js';
import { Library } from './services/library.js';
import { bindShell } from './shell-ipc.js';
import { restoreBounds } from './window-state.js';

const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const appUrl = devUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const windows = new Set<WebContents>();
const log = new Log(join(app.getPath('userData'), 'logs'));
const appSettings = new AppSettingsFile(app.getPath('userData'));
/** Files asked for before the library and the window were ready. */
const pendingFiles: string[] = filesFromArgv(process.argv, process.cwd(), app.isPackaged);
let library: Library | null = null;

function samplesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples');
}

function mainWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
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

function send(action: MenuAction): void {
  mainWindow()?.webContents.send(MENU_CHANNEL, action);
}

function buildMenu(): void {
  const template = menuTemplate({
    platform: process.platform,
    appName: app.name,
    isDev: !app.isPackaged,
    send,
    recent: appSettings.value.recent,
    openRecent: (path) => void openFiles([path]),
    clearRecent: () => {
      appSettings.update({ recent: [] });
      app.clearRecentDocuments();
      buildMenu();
    },
    openLogFolder: () => void shell.openPath(log.folder),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** "Open with Lectern": import each file (or find it, if already in the library) and show it. */
async function openFiles(paths: readonly string[]): Promise<void> {
  const win = mainWindow();
  if (!library || !win) {
    pendingFiles.push(...paths);
    return;
  }
  for (const path of paths.filter(isOpenableFile)) {
    const outcome = await library.importFile(path);
    if (outcome.kind === 'imported' || outcome.kind === 'duplicate') {
      if (outcome.kind === 'duplicate' && outcome.inTrash) library.restore(outcome.id);
      app.addRecentDocument(path);
      appSettings.update({ recent: withRecent(appSettings.value.recent, path) });
      win.webContents.send(OPEN_ARTICLE_CHANNEL, outcome.id);
    } else {
      log.write('warn', `could not open a file: ${outcome.kind === 'failed' ? outcome.error : outcome.reason}`);
      await dialog.showMessageBox(win, { type: 'warning', message: 'Lectern could not open this file.', detail: outcome.kind === 'failed' ? outcome.error : outcome.reason });
    }
  }
  buildMenu();
}

function createWindow(): BrowserWindow {
  const saved = appSettings.value.window;
  const bounds = restoreBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({ ...windowOptions(join(import.meta.dirname, '../preload/index.cjs')), ...(bounds ?? {}) });
  if (bounds && saved?.maximized) win.maximize();
  const contents = win.webContents;
  windows.add(contents);
  const remember = () => {
    if (!win.isDestroyed() && !win.isMinimized()) appSettings.setWindow({ bounds: win.isMaximized() ? (appSettings.value.window?.bounds ?? win.getBounds()) : win.getBounds(), maximized: win.isMaximized() });
  };
  win.on('resized', remember);
  win.on('moved', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('close', remember);
  win.on('closed', () => windows.delete(contents));
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.offerExternal) void offerExternal(win, url);
    return { action: decision.action };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url, appUrl);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.offerExternal) void offerExternal(win, url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('context-menu', (_event, params) => {
    Menu.buildFromTemplate(selectionMenuTemplate(params.selectionText.trim().length > 0, send)).popup({ window: win });
  });
  contents.on('render-process-gone', (_event, details) => log.write('error', `renderer gone: ${details.reason}`));
  win.once('ready-to-show', () => {
    win.show();
    if (pendingFiles.length) void openFiles(pendingFiles.splice(0));
  });
  void win.loadURL(appUrl);
  return win;
}

app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second "Open with Lectern" hands its files to this instance.
  app.on('second-instance', (_event, argv, cwd) => {
    const win = mainWindow();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    void openFiles(filesFromArgv(argv, cwd, app.isPackaged));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFiles([path]);
  });

  void app.whenReady().then(() => {
    log.write('info', `start ${app.getVersion()} on ${process.platform}`);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withCspHeader(details.responseHeaders) }));
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => callback(decidePermission(permission, details)));
    session.defaultSession.setPermissionCheckHandler((_contents, permission, _origin, details) => decidePermission(permission, details));
    // No request ever leaves the machine: only the app's own files (and the dev server) load.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url, devUrl) }));
    library = Library.open(appSettings.value.libraryPath ?? app.getPath('userData'), { samplesDir: samplesDir() });
    for (const recovery of library.store.recoveries) log.write('warn', `recovered ${recovery.file}: ${recovery.problem}; ${recovery.action}`);
    const trusted = (event: IpcMainInvokeEvent) => windows.has(event.sender) && isAppUrl(event.senderFrame?.url ?? '', appUrl);
    bindApi(createHandlers(library), trusted);
    const home = library.home;
    bindShell(
      new ExportService(library),
      {
        folder: () => home,
        moveTo: (target) => {
          moveLibrary(home, target);
          appSettings.update({ libraryPath: target });
          log.write('info', 'library moved');
          app.relaunch();
          app.exit(0);
        },
      },
      trusted,
    );
    buildMenu();
    createWindow();
    // Read the library's records while the window loads, so the first list is instant.
    setImmediate(() => library?.list());
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
