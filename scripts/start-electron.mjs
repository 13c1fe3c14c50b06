#!/usr/bin/env node
// `npm start` after the build: make sure Electron's binary is there (Electron 45 fetches it on
// first use), then open the app. Where it cannot be had, print the installer's own reason,
// point to the browser shell, and exit 1. When Electron dies by a signal (Chromium's sandbox
// aborts on Linux with restricted user namespaces), say why and how to fix it, and exit
// non-zero — never 0 after a crash.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** How much of Electron's stderr is kept to recognise a sandbox abort. */
const TAIL_BYTES = 64 * 1024;

/** The last lines of the installer's error output worth showing (its stack, not ours). */
export function installerReason(stderr) {
  const lines = String(stderr ?? '').split(/\r?\n/).map((l) => l.trimEnd()).filter(Boolean);
  return lines.slice(0, 6).join('\n');
}

/** What to print when Electron could not be installed. */
export function installFailureMessage(stderr) {
  const reason = installerReason(stderr);
  return [
    'Lectern: the Electron binary is not installed and its installer failed' + (reason ? ':' : '.'),
    ...(reason ? [reason.replace(/^/gm, '  ')] : []),
    'Run `npm run web` to use Lectern in your browser instead.',
  ].join('\n') + '\n';
}

/** The fix for Chromium's sandbox on Linux, where unprivileged user namespaces are restricted. */
export function sandboxAdvice(electronBinary) {
  const sandbox = join(dirname(electronBinary), 'chrome-sandbox');
  return [
    "Lectern: Electron was stopped by Chromium's sandbox. On Linux with restricted user namespaces",
    '(Ubuntu 24.04 and later) the sandbox helper must be owned by root and setuid:',
    `  sudo chown root:root ${sandbox}`,
    `  sudo chmod 4755 ${sandbox}`,
    'or allow user namespaces for Electron with an AppArmor profile, /etc/apparmor.d/lectern-electron:',
    '  abi <abi/4.0>,',
    '  include <tunables/global>',
    `  profile lectern-electron ${electronBinary} flags=(unconfined) {`,
    '    userns,',
    '  }',
    'then `sudo apparmor_parser -r /etc/apparmor.d/lectern-electron`, and run `npm start` again.',
  ].join('\n') + '\n';
}

/**
 * How `npm start` ends after Electron exits. A signal death is a crash: exit 128+signal (as a
 * shell would), with the sandbox fix when Chromium's sandbox is the likely cause (Linux, and its
 * message on stderr or the SIGTRAP a failed sandbox check raises). Pure.
 */
export function exitOutcome({ code, signal, stderrTail = '', platform = process.platform, electronBinary = 'electron' }) {
  if (signal) {
    const number = constants.signals[signal] ?? 0;
    const sandbox = platform === 'linux' && (/sandbox/i.test(stderrTail) || signal === 'SIGTRAP');
    const message = sandbox ? sandboxAdvice(electronBinary) : `Lectern: Electron stopped by ${signal}; see its output above.\n`;
    return { exitCode: number ? 128 + number : 1, message };
  }
  return { exitCode: code ?? 1, message: '' };
}

function binaryPresent(electronDir) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
}

function main() {
  const electronDir = dirname(require.resolve('electron/package.json'));
  if (!binaryPresent(electronDir)) {
    process.stderr.write('Fetching the Electron binary (first start only)…\n');
    const fetched = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (fetched.status !== 0 || !binaryPresent(electronDir)) {
      process.stderr.write(installFailureMessage(fetched.error?.message ?? fetched.stderr));
      process.exit(1);
    }
  }

  const electron = require('electron');
  // stderr is passed through and its tail kept, to recognise the sandbox's abort message.
  const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'pipe'] });
  let tail = '';
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
  });
  child.on('error', (error) => {
    process.stderr.write(`Lectern: could not start Electron: ${error.message}\n`);
    process.exit(1);
  });
  child.on('close', (code, signal) => {
    const outcome = exitOutcome({ code, signal, stderrTail: tail, electronBinary: electron });
    if (outcome.message) process.stderr.write(outcome.message);
    process.exit(outcome.exitCode);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
