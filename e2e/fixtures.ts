// Each test gets the real browser shell (`lectern serve`, compiled) on a fresh library home in
// a temp folder, and a page already signed in with the per-launch token.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

export const test = base.extend<{ shell: Shell }>({
  shell: async ({}, use) => {
    const home = join(mkdtempSync(join(tmpdir(), 'lectern-e2e-')), 'home');
    let current = await startHost(home);
    const make = (url: string): Shell => {
      const parsed = new URL(url);
      return {
        url,
        origin: parsed.origin,
        token: parsed.searchParams.get('token')!,
        home,
        restart: async () => {
          current.child.kill('SIGTERM');
          await new Promise((r) => current.child.once('exit', r));
          current = await startHost(home);
          return make(current.url);
        },
      };
    };
    await use(make(current.url));
    current.child.kill('SIGTERM');
    rmSync(join(home, '..'), { recursive: true, force: true });
  },
});

export { expect };
