// The built main process (out/main/index.js) started under Node with a stand-in 'electron'
// module (test/main/stub): what it does at start with a library that cannot open, and what
// app:// serves. The real library code, the real built bundle; only Electron is stood in.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/temp-home.js';

interface Logged {
  readonly event: string;
  readonly [key: string]: unknown;
}

beforeAll(() => {
  if (!existsSync(join(REPO, 'out', 'main', 'index.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: 'ignore' });
}, 180_000);

function start(script: Record<string, unknown>, options: { args?: string[]; env?: Record<string, string> } = {}): { events: Logged[]; status: number | null; userData: string } {
  const userData = (script['userData'] as string | undefined) ?? tempDir('lectern-userdata-');
  const dir = tempDir('lectern-stub-');
  const log = join(dir, 'log.jsonl');
  writeFileSync(log, '');
  writeFileSync(join(dir, 'script.json'), JSON.stringify({ appPath: REPO, userData, ...script }));
  const run = spawnSync(process.execPath, ['--import', join(REPO, 'test', 'main', 'stub', 'register.mjs'), join(REPO, 'out', 'main', 'index.js'), ...(options.args ?? [])], {
    env: { ...process.env, ...options.env, STUB_LOG: log, STUB_SCRIPT: join(dir, 'script.json') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const events = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Logged);
  return { events, status: run.status, userData };
}

const names = (events: Logged[]) => events.map((e) => e.event);

describe('starting with a library that cannot open', () => {
  function brokenLibrary() {
    const userData = tempDir('lectern-userdata-');
    const broken = join(userData, 'not-a-folder');
    writeFileSync(broken, 'a file where the library folder should be');
    writeFileSync(join(userData, 'app-settings.json'), JSON.stringify({ libraryPath: broken }));
    return { userData, broken };
  }

  it('asks, and on Quit releases the single-instance lock and leaves', () => {
    const { userData, broken } = brokenLibrary();
    const { events, status } = start({ userData, messageBoxResponses: [2] });
    const box = events.find((e) => e.event === 'messageBox')!;
    expect(box.message).toBe('Lectern could not open your library.');
    expect(box.detail).toContain(broken);
    expect(box.buttons).toEqual(['Open the Default Library', 'Choose Another Folder…', 'Quit']);
    expect(names(events)).not.toContain('window');
    expect(names(events).slice(-2)).toEqual(['release-lock', 'exit']);
    expect(status).toBe(0);
    expect(readFileSync(join(userData, 'logs', 'lectern.log'), 'utf8')).toContain(`could not open the library at ${broken}`);
  });

  it('opens the default library when asked, remembers it, and shows the window', () => {
    const { userData, broken } = brokenLibrary();
    const { events } = start({ userData, messageBoxResponses: [0], afterLoad: 'exit' });
    expect(names(events)).toContain('window');
    expect(events.find((e) => e.event === 'load')?.url).toBe('app://lectern/index.html');
    expect(existsSync(join(userData, 'lectern.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(userData, 'app-settings.json'), 'utf8')).libraryPath).toBeNull();
    expect(existsSync(broken)).toBe(true); // the broken place is left as it was
  });

  it('opens a folder the user chooses instead', () => {
    const { userData } = brokenLibrary();
    const chosen = join(tempDir('lectern-chosen-'), 'Library');
    mkdirSync(chosen);
    const { events } = start({ userData, messageBoxResponses: [1], openDialogFolders: [chosen], afterLoad: 'exit' });
    expect(names(events)).toContain('window');
    expect(existsSync(join(chosen, 'lectern.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(userData, 'app-settings.json'), 'utf8')).libraryPath).toBe(chosen);
  });
});

describe('the library’s own process', () => {
  it('runs the library in a utility process and gives the page a port to it, again after it died', () => {
    const { events, userData } = start({ afterLoad: 'steps', steps: [{ waitForPorts: 1 }, { invoke: 'lectern-shell:exportToFile', args: { articleIds: 'all', format: 'json' } }, { crashHost: true }, { waitForPorts: 2 }, { invoke: 'lectern-shell:exportPdf', allArticleIds: true }] });
    const forks = events.filter((e) => e.event === 'utility-fork');
    expect(forks).toHaveLength(2);
    expect(forks[0]!.modulePath).toMatch(/out[\\/]main[\\/]host-process\.js$/);
    expect(forks[0]!.serviceName).toBe('Lectern library');
    expect(events.filter((e) => e.event === 'port').map((e) => e.channel)).toEqual(['lectern-host-port', 'lectern-host-port']);
    // After the restart the page's calls and main's own calls reach the new process.
    const replies = events.filter((e) => e.event === 'reply').map((e) => (e.reply as { ok: boolean }).ok);
    expect(replies).toEqual([true, true]);
    expect(events.filter((e) => e.event === 'loadFile')).toHaveLength(1);
    expect(readFileSync(join(userData, 'logs', 'lectern.log'), 'utf8')).toMatch(/the library process stopped/);
  });
});

describe('app://lectern', () => {
  it('serves the built renderer with Lectern’s CSP, and nothing outside out/renderer', () => {
    const { events } = start({
      afterLoad: 'exit',
      protocolRequests: ['app://lectern/index.html', 'app://lectern/..%2f..%2fmain%2findex.js', 'app://lectern/%2e%2e/main/index.js', 'app://lectern/nope.js'],
    });
    const privileged = events.find((e) => e.event === 'privileged')!.schemes as { scheme: string; privileges: Record<string, boolean> }[];
    expect(privileged[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    const served = Object.fromEntries(events.filter((e) => e.event === 'served').map((e) => [e.url as string, e]));
    expect(served['app://lectern/index.html']).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(served['app://lectern/index.html']!.csp).toContain("default-src 'none'");
    expect(served['app://lectern/index.html']!.head).toMatch(/<!doctype html>/i);
    for (const url of ['app://lectern/..%2f..%2fmain%2findex.js', 'app://lectern/%2e%2e/main/index.js', 'app://lectern/nope.js']) expect(served[url]?.status, url).toBe(404);
  });
});

const ESSAY = join(REPO, 'test', 'fixtures', 'articles', 'essay.md');

describe('Export PDF of several articles', () => {
  it('prints one document holding every article, loaded from a temporary file', () => {
    const { events } = start({ afterLoad: 'steps', steps: [{ waitForSend: 'lectern-open-article' }, { invoke: 'lectern-shell:exportPdf', allArticleIds: true }] }, { args: [ESSAY] });
    const loaded = events.filter((e) => e.event === 'loadFile');
    expect(loaded).toHaveLength(1);
    expect(loaded[0]!.path).toMatch(/lectern-pdf-.*\.html$/);
    expect(existsSync(loaded[0]!.path as string)).toBe(false); // removed after printing
    const html = loaded[0]!.html as string;
    expect(html).toContain('On Reading Slowly');
    expect(html).toContain('United States and China');
    expect(html.match(/<section/g)).toHaveLength(2);
    expect(events.some((e) => e.event === 'load' && String(e.url).startsWith('data:'))).toBe(false);
  });
});

describe('a shell channel that fails', () => {
  it('answers with the plain message', () => {
    const { events } = start({ afterLoad: 'steps', steps: [{ invoke: 'lectern-shell:exportPdf', args: ['ffffffffffffffff'] }] });
    const reply = events.find((e) => e.event === 'reply')!.reply as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).not.toMatch(/Error invoking remote method/);
    expect(reply.error.length).toBeGreaterThan(0);
  });
});

describe('macOS, after the last window closed', () => {
  it('opening a file creates a window and shows the article', () => {
    const { events } = start({ platform: 'darwin', afterLoad: 'steps', steps: [{ closeAllWindows: true }, { openFile: ESSAY }, { waitForSend: 'lectern-open-article' }] });
    const afterClose = events.slice(events.findIndex((e) => e.event === 'reply' || e.event === 'load') + 1);
    expect(afterClose.filter((e) => e.event === 'window')).toHaveLength(1);
    expect(afterClose.some((e) => e.event === 'send' && e.channel === 'lectern-open-article')).toBe(true);
  });
});

describe('moving the library from the AppImage', () => {
  it('restarts through $APPIMAGE', () => {
    const target = join(tempDir('lectern-move-'), 'Moved');
    const { events } = start({ packaged: true, afterLoad: 'steps', openDialogFolders: [target], steps: [{ invoke: 'lectern-shell:moveLibrary', args: {} }] }, { env: { APPIMAGE: '/home/ada/Apps/Lectern.AppImage' } });
    expect(events.find((e) => e.event === 'relaunch')?.options).toEqual({ execPath: '/home/ada/Apps/Lectern.AppImage', args: [] });
    expect(existsSync(join(target, 'lectern.json'))).toBe(true);
  });
});

describe('Export… in the desktop app', () => {
  it('writes the file from main where the user chose: the bytes never cross IPC', () => {
    const target = join(tempDir('lectern-export-'), 'backup.json');
    const { events } = start({ afterLoad: 'steps', savePath: target, steps: [{ invoke: 'lectern-shell:exportToFile', args: { articleIds: 'all', format: 'json' } }] });
    expect(events.find((e) => e.event === 'reply')?.reply).toEqual({ ok: true, value: target });
    const backup = JSON.parse(readFileSync(target, 'utf8')) as { articles: unknown[] };
    expect(backup.articles).toHaveLength(1);
  });
});
