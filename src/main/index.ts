// Electron main: lifecycle, the window, menus, dialogs and "Open with Lectern". Everything with
// logic lives in services/, store/, security.ts, menu.ts, window-state.ts, open-files.ts and
// app-settings.ts; this file only wires them to Electron.
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MENU_CHANNEL, OPEN_ARTICLE_CHANNEL, type MenuAction } from '../shared/shell.js';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, contentType, rendererFile } from './app-protocol.js';
import { AppSettingsFile, withRecent } from './app-settings.js';
import { HostLink } from './host-link.js';
import { EXPORT_RENDER } from './host-protocol.js';
import { Log } from './log.js';
import { libraryFailureDialog } from './library-open.js';
import { menuTemplate, selectionMenuTemplate } from './menu.js';
import { moveLibrary } from './move-library.js';
import { filesFromArgv, isOpenableFile } from './open-files.js';
import { relaunchOptions } from './relaunch.js';
import { CONTENT_SECURITY_POLICY, decideNavigation, decidePermission, decideWindowOpen, isAppUrl, isExternalWebUrl, isLocalRequest, mayReceiveHostPort, windowOptions, withCspHeader } from './security.js';
import type { ExportOutput } from '../core/export/index.js';
import type { ImportOutcome, Recovery } from '../shared/types.js';
import { bindShell } from './shell-ipc.js';
import { debounced, restoreBounds } from './window-state.js';

const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
// The built renderer is served from app://lectern/ (app-protocol.ts), never from file://.
const appUrl = devUrl ?? APP_URL;
const rendererRoot = join(import.meta.dirname, '../renderer');
const windows = new Set<WebContents>();
/** Windows whose page has loaded (ready-to-show): only they can be sent an article to show. */
const readyWindows = new Set<BrowserWindow>();
const log = new Log(join(app.getPath('userData'), 'logs'));
// Errors that escape every handler are logged, so the log folder explains a broken start.
process.on('uncaughtException', (error) => {
  log.write('error', `uncaught exception: ${error.stack ?? error.message}`);
  if (app.isReady()) dialog.showErrorBox('Lectern hit an unexpected error', `${error.message}\n\nDetails are in the log folder (Help › Open Log Folder).`);
});
process.on('unhandledRejection', (reason) => log.write('error', `unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
const appSettings = new AppSettingsFile(app.getPath('userData'));
/** Files asked for before the library and the window were ready. */
const pendingFiles: string[] = filesFromArgv(process.argv, process.cwd(), app.isPackaged);
/** The library's utility process (host-process.ts); null until a library is open in it. */
let host: HostLink | null = null;
/** Where the open library lives. */
let libraryHome = '';

function samplesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples');
}

function mainWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

function readyWindow(): BrowserWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  return focused && readyWindows.has(focused) ? focused : [...readyWindows][0];
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
  const win = readyWindow();
  if (!host || !win) {
    // Shown once a window is ready. With the library open but no window at all (macOS after the
    // last window closed), one is created for them rather than waiting for a Dock click.
    pendingFiles.push(...paths);
    if (host && BrowserWindow.getAllWindows().length === 0) createWindow();
    return;
  }
  for (const path of paths.filter(isOpenableFile)) {
    const outcome = (await host.call('articles:importFile', { path })) as ImportOutcome;
    if (outcome.kind === 'imported' || outcome.kind === 'duplicate') {
      if (outcome.kind === 'duplicate' && outcome.inTrash) await host.call('trash:restore', { id: outcome.id });
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
  const contents = win.webContents;
  windows.add(contents);
  const remember = () => {
    if (!win.isDestroyed() && !win.isMinimized()) appSettings.setWindow({ bounds: win.isMaximized() ? (appSettings.value.window?.bounds ?? win.getBounds()) : win.getBounds(), maximized: win.isMaximized() });
  };
  // 'move' and 'resize' fire on every platform ('moved'/'resized' not on Linux) and many times
  // per drag: the state is written once the window stops, and at once on close.
  const rememberSoon = debounced(remember, 500);
  win.on('resize', rememberSoon);
  win.on('move', rememberSoon);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('close', () => {
    rememberSoon.flush();
    remember();
  });
  win.on('closed', () => {
    windows.delete(contents);
    readyWindows.delete(win);
  });
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
  // The page's only way to the library: a port to the host, given to Lectern's own page alone
  // (again after a reload, or after the host restarted).
  contents.on('did-finish-load', () => {
    if (mayReceiveHostPort(windows.has(contents), contents.getURL(), appUrl)) host?.connectWindow(contents);
  });
  contents.on('render-process-gone', (_event, details) => log.write('error', `renderer gone: ${details.reason}`));
  win.once('ready-to-show', () => {
    // Maximised only now: maximize() on a hidden window shows it before its page is painted.
    if (bounds && saved?.maximized) win.maximize();
    win.show();
    readyWindows.add(win);
    if (pendingFiles.length) void openFiles(pendingFiles.splice(0));
  });
  void win.loadURL(appUrl);
  return win;
}

/** The built renderer's files, and nothing else, for app://lectern/ (with Lectern's CSP). */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFile(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** The library's process, built beside this bundle (electron.vite.config.ts names it). */
const HOST_ENTRY = join(import.meta.dirname, 'host-process.js');

function logRecoveries(recoveries: readonly Recovery[]): void {
  for (const recovery of recoveries) log.write('warn', `recovered ${recovery.file}: ${recovery.problem}; ${recovery.action}`);
}

/**
 * The library, opened in its own process, or — when it cannot be opened (a drive not plugged
 * in, no permission, a newer schema) — what the user chooses in a dialog: the default library
 * or another folder. Null when they quit.
 */
async function openLibrary(link: HostLink): Promise<string | null> {
  const defaultPath = app.getPath('userData');
  let path = appSettings.value.libraryPath ?? defaultPath;
  for (;;) {
    try {
      logRecoveries(await link.open(path, samplesDir()));
      if (path !== (appSettings.value.libraryPath ?? defaultPath)) appSettings.update({ libraryPath: path === defaultPath ? null : path });
      return path;
    } catch (error) {
      log.write('error', `could not open the library at ${path}: ${error instanceof Error ? error.message : String(error)}`);
      const ask = libraryFailureDialog(path, defaultPath, error);
      const { response } = await dialog.showMessageBox({ type: 'error', message: ask.message, detail: ask.detail, buttons: [...ask.buttons], defaultId: ask.defaultId, cancelId: ask.cancelId, noLink: true });
      const choice = ask.choices[response] ?? 'quit';
      if (choice === 'quit') return null;
      if (choice === 'default') {
        path = defaultPath;
        continue;
      }
      const picked = await dialog.showOpenDialog({ title: 'Choose a library folder', properties: ['openDirectory', 'createDirectory'] });
      const folder = picked.canceled ? undefined : picked.filePaths[0];
      if (folder) path = folder;
    }
  }
}

/** Restarts of the library's process in the last minute: a host that keeps dying is reported
 * and the app quits, rather than restarting it forever. */
const restarts: number[] = [];
let stoppingHost = false;

/** When the library's process dies unexpectedly, a new one opens the same library and every
 * window gets a port to it; calls in flight fail with a message and can be tried again. */
function watchHost(link: HostLink): void {
  link.onExit((code) => {
    if (stoppingHost || host !== link) return;
    log.write('error', `the library process stopped (code ${code})`);
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && now - restarts[0]! > 60_000) restarts.shift();
    if (restarts.length > 3) {
      dialog.showErrorBox('Lectern’s library stopped', `Lectern’s library process stopped several times and is not restarted again.\n\nDetails are in the log folder: ${log.folder}`);
      return quitWithoutWindow(1);
    }
    const next = HostLink.start(HOST_ENTRY);
    host = next;
    watchHost(next);
    void next.open(libraryHome, samplesDir()).then(
      (recoveries) => {
        logRecoveries(recoveries);
        for (const win of readyWindows) if (mayReceiveHostPort(windows.has(win.webContents), win.webContents.getURL(), appUrl)) next.connectWindow(win.webContents);
      },
      (error: unknown) => {
        dialog.showErrorBox('Lectern’s library stopped', `${error instanceof Error ? error.message : String(error)}\n\nDetails are in the log folder: ${log.folder}`);
        quitWithoutWindow(1);
      },
    );
  });
}

/** Leaves without a window: the lock is released first, so the next start is not handed to us. */
function quitWithoutWindow(code: number): void {
  app.releaseSingleInstanceLock();
  app.exit(code);
}

// Before ready: app:// is a secure, standard scheme (same-origin rules, fetch, code cache).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
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

  void app.whenReady().then(async () => {
    log.write('info', `start ${app.getVersion()} on ${process.platform}`);
    serveRenderer();
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withCspHeader(details.responseHeaders) }));
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => callback(decidePermission(permission, details, appUrl)));
    session.defaultSession.setPermissionCheckHandler((_contents, permission, origin, details) => decidePermission(permission, { requestingUrl: details.requestingUrl ?? origin }, appUrl));
    // No request ever leaves the machine: only the app's own files (and the dev server) load.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url, devUrl) }));
    const link = HostLink.start(HOST_ENTRY);
    const home = await openLibrary(link);
    if (!home) {
      link.stop();
      return quitWithoutWindow(0);
    }
    host = link;
    libraryHome = home;
    watchHost(link);
    const trusted = (event: IpcMainInvokeEvent) => windows.has(event.sender) && isAppUrl(event.senderFrame?.url ?? '', appUrl);
    bindShell(
      async (articleIds, format) => (await (host ?? link).call(EXPORT_RENDER, { articleIds, format })) as ExportOutput,
      {
        folder: () => libraryHome,
        moveTo: (target) => {
          // The library's process lets go of the folder before it moves.
          stoppingHost = true;
          host?.stop();
          moveLibrary(libraryHome, target);
          appSettings.update({ libraryPath: target });
          log.write('info', 'library moved');
          app.relaunch(relaunchOptions(process.argv, process.env, app.isPackaged));
          app.exit(0);
        },
      },
      trusted,
    );
    buildMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  }).catch((error: unknown) => {
    // A start that fails after the library opened must not leave an invisible app holding the lock.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log.write('error', `start failed: ${message}`);
    dialog.showErrorBox('Lectern could not start', `${error instanceof Error ? error.message : String(error)}\n\nDetails are in the log folder: ${log.folder}`);
    quitWithoutWindow(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
