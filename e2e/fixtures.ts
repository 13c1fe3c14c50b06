// Each test gets the real browser shell (`lectern serve`, compiled) on a fresh library home in
// a temp folder, and a page already signed in with the per-launch token.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

const REPO = join(import.meta.dirname, '..');

export interface Shell {
  /** The printed URL, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly home: string;
  /** Stops this host and starts another on the same home (a "relaunch"). */
  restart(): Promise<Shell>;
}

function startHost(home: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'lectern.js'), '--home', home, 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /Lectern: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`lectern serve exited (${code}): ${err}`)));
  });
}

/** Stops a host and waits for it to exit (a browser's keep-alive connection can hold a
 * graceful close open, so it is killed after a while). */
async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const slow = setTimeout(() => child.kill('SIGKILL'), 8_000);
  await exited;
  clearTimeout(slow);
}

export const test = base.extend<{ shell: Shell; tour: boolean }>({
  /** Whether the first-run tour shows (off in tests, as a user who has seen it). */
  tour: [false, { option: true }],
  shell: async ({ tour }, use) => {
    const home = join(mkdtempSync(join(tmpdir(), 'lectern-e2e-')), 'home');
    // A home holding only settings.json is still new: the host adds the sample to it.
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'settings.json'), JSON.stringify({ schema: 1, theme: 'light', fontSize: 19, tourSeen: !tour }));
    let current = await startHost(home);
    const make = (url: string): Shell => {
      const parsed = new URL(url);
      return {
        url,
        origin: parsed.origin,
        token: parsed.searchParams.get('token')!,
        home,
        restart: async () => {
          await stopHost(current.child);
          current = await startHost(home);
          return make(current.url);
        },
      };
    };
    await use(make(current.url));
    // The host may still be writing: remove its folder only once it has exited.
    await stopHost(current.child);
    rmSync(join(home, '..'), { recursive: true, force: true });
  },
});

export { expect };

/** The article a fresh library home starts with (resources/samples). */
export const SAMPLE_TITLE = 'United States and China: balance of Antony Blinken’s visit to Beijing';

/** Waits until the UI has saved something through `name` (e.g. "articles:setProgress"). */
export function waitForCall(page: import('@playwright/test').Page, name: string) {
  return page.waitForResponse((r) => decodeURIComponent(new URL(r.url()).pathname) === `/api/${name}` && r.ok());
}

/** The reader's scroll position as a fraction of how far it can scroll. */
export function scrollFraction(page: import('@playwright/test').Page): Promise<number> {
  return page.getByRole('region', { name: 'Article text' }).evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight));
}

/** Opens the sample in the reader and keeps all its new cards from the Cards panel. */
export async function keepAllSampleCards(page: import('@playwright/test').Page, shell: Shell): Promise<void> {
  await page.goto(shell.url);
  const panel = page.getByRole('complementary', { name: 'Study panel' });
  await expect(panel.getByRole('list', { name: 'Cards to triage' }).getByRole('listitem').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Keep all' }).click();
  await expect(panel.getByRole('list', { name: 'Cards to triage' })).toHaveCount(0);
}

/** Selects `text` inside the article's text as a user would, and lets the reader see it. */
export async function selectInArticle(page: import('@playwright/test').Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const root = document.querySelector('[role="region"][aria-label="Article text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`not in the article: ${needle}`);
  }, text);
}
