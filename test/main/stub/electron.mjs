// A stand-in for the 'electron' module, so the built main process (out/main/index.js) runs
// under plain Node: every call the app makes is appended as a JSON line to $STUB_LOG, and the
// answers of dialogs come from $STUB_SCRIPT. Not a mock of Lectern: Electron's surface only.
import { appendFileSync, readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { MessageChannel, Worker } from 'node:worker_threads';
import { PortMain } from './port-main.mjs';

const script = JSON.parse(readFileSync(process.env.STUB_SCRIPT, 'utf8'));
// Electron sets these for the app; the script may play another platform or a packaged app.
if (script.platform) Object.defineProperty(process, 'platform', { value: script.platform });
process.resourcesPath = script.appPath + '/resources';
const record = (event, data = {}) => appendFileSync(process.env.STUB_LOG, JSON.stringify({ event, ...data }) + '\n');
const answers = [...(script.messageBoxResponses ?? [])];
const folders = [...(script.openDialogFolders ?? [])];
const windows = [];
let served = Promise.resolve();
const handlers = new Map();
/** Channels main has sent a page something on (steps may wait for one). */
const sentChannels = new Set();
let portsSent = 0;
const utilities = [];
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

class AppStub extends EventEmitter {
  isPackaged = script.packaged ?? false;
  name = 'Lectern';
  getPath(name) { return name === 'userData' ? script.userData : script.userData + '/' + name; }
  getAppPath() { return script.appPath; }
  getVersion() { return '0.1.0'; }
  enableSandbox() {}
  requestSingleInstanceLock() { record('lock'); return true; }
  releaseSingleInstanceLock() { record('release-lock'); }
  whenReady() { return Promise.resolve(); }
  isReady() { return true; }
  quit() { record('quit'); process.exit(0); }
  exit(code = 0) { record('exit', { code }); process.exit(code); }
  relaunch(options) { record('relaunch', { options }); }
  addRecentDocument() {}
  clearRecentDocuments() {}
}
export const app = new AppStub();

class WebContents extends EventEmitter {
  url = '';
  hostPort = null;
  setWindowOpenHandler() {}
  getURL() { return this.url; }
  send(channel, ...args) { record('send', { channel, args }); sentChannels.add(channel); }
  postMessage(channel, _message, ports = []) { record('port', { channel }); portsSent++; this.hostPort = ports[0] ?? null; }
  printToPDF() { return Promise.resolve(Buffer.from('%PDF-stub')); }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() { return windows.filter((w) => !w.destroyed); }
  static getFocusedWindow() { return null; }
  static fromWebContents(contents) { return windows.find((w) => w.webContents === contents) ?? null; }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.destroyed = false;
    windows.push(this);
    record('window', { show: options.show });
  }
  async loadURL(url) {
    record('load', { url });
    this.webContents.url = url;
    setImmediate(() => {
      this.emit('ready-to-show');
      this.webContents.emit('did-finish-load');
    });
    if (script.afterLoad === 'exit') void served.then(() => setTimeout(() => { record('done'); process.exit(0); }, 50));
    if (script.afterLoad === 'steps' && !stepsStarted) {
      stepsStarted = true;
      void served.then(() => runSteps(this));
    }
  }
  async loadFile(path) { record('loadFile', { path, html: readFileSync(path, 'utf8') }); }
  isDestroyed() { return this.destroyed; }
  isMinimized() { return false; }
  isMaximized() { return false; }
  getBounds() { return { x: 0, y: 0, width: 1200, height: 820 }; }
  maximize() {}
  show() {}
  restore() {}
  focus() {}
  destroy() { this.destroyed = true; }
  close() { this.emit('close'); this.destroyed = true; this.emit('closed'); }
}

export const Menu = { buildFromTemplate: (template) => ({ template, popup() {} }), setApplicationMenu() {} };

export const dialog = {
  async showMessageBox(...args) {
    const options = args.at(-1);
    const response = answers.shift() ?? options.cancelId ?? 0;
    record('messageBox', { message: options.message, detail: options.detail, buttons: options.buttons, response });
    return { response };
  },
  async showOpenDialog(...args) {
    const folder = folders.shift();
    record('openDialog', { title: args.at(-1).title });
    return folder ? { canceled: false, filePaths: [folder] } : { canceled: true, filePaths: [] };
  },
  async showSaveDialog(...args) {
    record('saveDialog', { defaultPath: args.at(-1).defaultPath });
    return script.savePath ? { canceled: false, filePath: script.savePath } : { canceled: true };
  },
  showErrorBox(title, content) { record('errorBox', { title, content }); },
};

export const ipcMain = { handle(channel, handler) { record('ipc', { channel }); handlers.set(channel, handler); } };

export const protocol = {
  registerSchemesAsPrivileged(schemes) { record('privileged', { schemes }); },
  handle(scheme, handler) {
    record('protocol', { scheme });
    // Ask the handler for the URLs the test names, as the renderer would.
    served = (async () => {
      for (const url of script.protocolRequests ?? []) {
        const response = await handler(new Request(url));
        const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
        record('served', { url, status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), head: body.slice(0, 200) });
      }
    })();
  },
};

export class MessageChannelMain {
  constructor() {
    const channel = new MessageChannel();
    this.port1 = new PortMain(channel.port1);
    this.port2 = new PortMain(channel.port2);
  }
}

/** A utility process as a worker thread running the entry (utility-child.mjs). */
class UtilityProcessStub extends EventEmitter {
  constructor(modulePath) {
    super();
    this.worker = new Worker(new URL('./utility-child.mjs', import.meta.url), { workerData: { modulePath } });
    this.worker.on('message', (message) => this.emit('message', message));
    this.worker.on('exit', (code) => this.emit('exit', code));
    this.worker.on('error', (error) => record('utility-error', { message: error.message }));
  }
  postMessage(message, transfer = []) {
    const ports = transfer.map((p) => p.port);
    this.worker.postMessage({ message, ports }, ports);
  }
  kill() { record('utility-kill'); void this.worker.terminate(); return true; }
}
export const utilityProcess = {
  fork(modulePath, _args, options) {
    record('utility-fork', { modulePath, serviceName: options?.serviceName });
    const child = new UtilityProcessStub(modulePath);
    utilities.push(child);
    return child;
  },
};

/** A call from the page over its port to the library's process, as the preload makes it. */
let nextCall = 1;
async function callOverPort(contents, name, args) {
  for (let i = 0; i < 100 && !contents.hostPort; i++) await pause(50);
  const port = contents.hostPort;
  if (!port) throw new Error('the page never got a port to the library');
  const id = nextCall++;
  return new Promise((resolve) => {
    port.on('message', ({ data }) => { if (data.id === id) resolve(data); });
    port.postMessage({ id, name, args });
  });
}

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };

const webRequest = { onHeadersReceived() {}, onBeforeRequest() {} };
export const session = { defaultSession: { webRequest, setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } };

export const shell = { openPath: async () => '', openExternal: async () => {} };

export const webUtils = { getPathForFile: () => '' };
export const contextBridge = { exposeInMainWorld() {} };
export const ipcRenderer = { invoke: async () => undefined, on() {}, off() {} };

export default { app, BrowserWindow, Menu, MessageChannelMain, dialog, ipcMain, protocol, screen, session, shell, utilityProcess };

let stepsStarted = false;

/** The script's steps after the first page loaded: calls from the page, closing windows, events. */
async function runSteps(win) {
  await pause(100);
  for (const step of script.steps ?? []) {
    // Wait for main to have sent the page something (e.g. the article it opened), not for a time.
    if (step.waitForSend) for (let i = 0; i < 600 && !sentChannels.has(step.waitForSend); i++) await pause(50);
    if (step.invoke) {
      const sender = BrowserWindow.getAllWindows()[0]?.webContents ?? win.webContents;
      const event = { sender, senderFrame: { url: 'app://lectern/index.html' } };
      let args = step.args;
      if (step.allArticleIds) args = (await callOverPort(sender, 'articles:list', {})).value.map((a) => a.id);
      const reply = await handlers.get(step.invoke)(event, args);
      record('reply', { channel: step.invoke, reply });
    } else if (step.crashHost) {
      // The library's process dies on its own (not killed by main).
      await utilities.at(-1).worker.terminate();
    } else if (step.waitForPorts) {
      for (let i = 0; i < 600 && portsSent < step.waitForPorts; i++) await pause(50);
    } else if (step.closeAllWindows) {
      for (const w of BrowserWindow.getAllWindows()) w.close();
      app.emit('window-all-closed');
    } else if (step.openFile) {
      app.emit('open-file', { preventDefault() {} }, step.openFile);
    }
    await pause(step.wait ?? 300);
  }
  record('done');
  process.exit(0);
}
