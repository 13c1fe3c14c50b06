// `npm start`'s launcher (scripts/start-electron.mjs): run for real against a stand-in Electron
// (a shell script named `electron`, found through ELECTRON_OVERRIDE_DIST_PATH) that exits or
// dies by a signal the way Chromium's sandbox abort does.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { exitOutcome, installFailureMessage } from '../../scripts/start-electron.mjs';
import { REPO } from '../helpers/temp-home.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function start(body: string) {
  const dist = mkdtempSync(join(tmpdir(), 'lectern-fake-electron-'));
  dirs.push(dist);
  writeFileSync(join(dist, 'electron'), `#!/bin/sh\n${body}\n`);
  chmodSync(join(dist, 'electron'), 0o755);
  return spawnSync(process.execPath, [join(REPO, 'scripts', 'start-electron.mjs')], { env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist }, encoding: 'utf8' });
}

describe('npm start', () => {
  it('exits non-zero and prints the sandbox fix when Electron dies by a signal', { skip: process.platform === 'win32' }, () => {
    const run = start('echo "FATAL:setuid_sandbox_host.cc] The SUID sandbox helper binary was found, but is not configured correctly." >&2\nkill -TRAP $$');
    expect(run.status).toBe(128 + 5);
    expect(run.stderr).toContain('SUID sandbox helper'); // Electron's own message still shows
    expect(run.stderr).toMatch(/sudo chown root:root .*chrome-sandbox/);
    expect(run.stderr).toMatch(/sudo chmod 4755 .*chrome-sandbox/);
    expect(run.stderr).toContain('apparmor');
  });

  it('passes on Electron’s own exit status', () => {
    expect(start('exit 0').status).toBe(0);
    expect(start('exit 3').status).toBe(3);
  });
});

describe('the exit outcome', () => {
  it('is the child’s code when it exits, with nothing to add', () => {
    expect(exitOutcome({ code: 0, signal: null })).toEqual({ exitCode: 0, message: '' });
  });

  it('names the signal when the crash is not the sandbox’s', () => {
    const outcome = exitOutcome({ code: null, signal: 'SIGSEGV', platform: 'linux', stderrTail: 'boom' });
    expect(outcome.exitCode).toBe(128 + 11);
    expect(outcome.message).toContain('SIGSEGV');
    expect(outcome.message).not.toContain('chrome-sandbox');
  });

  it('gives the sandbox fix only on Linux', () => {
    expect(exitOutcome({ code: null, signal: 'SIGTRAP', platform: 'linux', electronBinary: '/e/dist/electron' }).message).toContain('/e/dist/chrome-sandbox');
    expect(exitOutcome({ code: null, signal: 'SIGTRAP', platform: 'darwin' }).message).not.toContain('chrome-sandbox');
  });
});

describe('a failed Electron install', () => {
  it('prints the installer’s own error, not a guess', () => {
    const message = installFailureMessage('HTTPError: Response code 403 (Forbidden) for https://github.com/electron/…\n    at stack');
    expect(message).toContain('Response code 403');
    expect(message).not.toContain('no internet');
    expect(message).toContain('npm run web');
  });
});
