// The desktop app itself, through Playwright's Electron driver. It runs wherever Electron's
// binary is installed; on machines that cannot download it, it is skipped with the reason
// printed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
});
