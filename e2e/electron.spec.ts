// The desktop app itself, through Playwright's Electron driver. It runs wherever Electron's
// binary is installed; on machines that cannot download it, it is skipped with the reason
// printed. Native dialogs cannot be clicked by Playwright: where a test needs one answered, it
// replaces that dialog function in the main process first.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const REPO = join(import.meta.dirname, '..');

function electronBinary(): string | null {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const reason = 'Electron binary not installed on this machine (it is downloaded on first `npm start`; offline machines cannot fetch it)';

test.describe('the desktop app', () => {
  test.beforeAll(() => {
    if (!binary) console.log(`skipping the Electron spec: ${reason}`);
  });

  test('opens on the sample with a sandboxed, isolated renderer', async () => {
    test.skip(!binary, reason);
    const userData = mkdtempSync(join(tmpdir(), 'lectern-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [REPO, `--user-data-dir=${userData}`], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    try {
      const page = await app.firstWindow();
      await expect(page.getByText('More in tune with Qin').first()).toBeVisible({ timeout: 20_000 });
      // The page sees the named API functions and nothing of Node.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { lectern?: Record<string, unknown> }).lectern?.['articles:list'])).toBe('function');
      // Sandboxed: the preload cannot reach Node's process object.
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });

  test('a library that cannot open shows an error dialog instead of an invisible app, and logs why', async () => {
    test.skip(!binary, reason);
    const userData = mkdtempSync(join(tmpdir(), 'lectern-electron-'));
    // The saved library is a file, not a folder: Library.open throws at start.
    const broken = join(userData, 'not-a-folder');
    writeFileSync(broken, 'x');
    writeFileSync(join(userData, 'app-settings.json'), JSON.stringify({ libraryPath: broken }));
    const app = await electron.launch({ executablePath: binary!, args: [REPO, `--user-data-dir=${userData}`] });
    try {
      const logFile = join(userData, 'logs', 'lectern.log');
      await expect.poll(() => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''), { timeout: 20_000 }).toContain(`could not open the library at ${broken}`);
      // The process waits on the dialog (no window yet) rather than running on invisibly.
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
    } finally {
      await app.close().catch(() => undefined);
      rmSync(userData, { recursive: true, force: true });
    }
  });

  test('Export PDF of two articles prints one document holding both', async () => {
    test.skip(!binary, reason);
    const userData = mkdtempSync(join(tmpdir(), 'lectern-electron-'));
    const essay = join(REPO, 'test', 'fixtures', 'articles', 'essay.md');
    const app = await electron.launch({ executablePath: binary!, args: [REPO, `--user-data-dir=${userData}`, essay] });
    try {
      const page = await app.firstWindow();
      type Listing = { id: string; title: string }[];
      const list = () => page.evaluate(() => (globalThis as unknown as { lectern: Record<string, (a: unknown) => Promise<unknown>> }).lectern['articles:list']!({}) as Promise<Listing>);
      await expect.poll(async () => (await list()).length, { timeout: 20_000 }).toBe(2);
      const articles = await list();
      const target = join(userData, 'export.pdf');
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
      }, target);
      const written = await page.evaluate((ids) => (globalThis as unknown as { lecternShell: { exportPdf(ids: string[]): Promise<string | null> } }).lecternShell.exportPdf(ids), articles.map((a) => a.id));
      expect(written).toBe(target);
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(target)) }).promise;
      let text = '';
      for (let n = 1; n <= pdf.numPages; n++) text += ((await (await pdf.getPage(n)).getTextContent()).items as { str?: string }[]).map((i) => i.str ?? '').join(' ');
      expect(pdf.numPages).toBeGreaterThanOrEqual(2);
      for (const { title } of articles) expect(text.replace(/\s+/g, ' ')).toContain(title.split(' ').slice(0, 3).join(' '));
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });

  test('macOS: opening a file after the last window closed opens a window for it', async () => {
    test.skip(!binary, reason);
    const notMac = 'the app stays running without windows only on macOS';
    if (binary && process.platform !== 'darwin') console.log(`skipping the macOS spec: ${notMac}`);
    test.skip(process.platform !== 'darwin', notMac);
    const userData = mkdtempSync(join(tmpdir(), 'lectern-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [REPO, `--user-data-dir=${userData}`] });
    try {
      const first = await app.firstWindow();
      await first.close();
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
      const opened = app.waitForEvent('window');
      await app.evaluate(({ app: electronApp }, path) => {
        electronApp.emit('open-file', { preventDefault: () => undefined }, path);
      }, join(REPO, 'test', 'fixtures', 'articles', 'essay.md'));
      const page = await opened;
      await expect(page.locator('body')).toBeVisible({ timeout: 20_000 });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
