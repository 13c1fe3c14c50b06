#!/usr/bin/env node
// `npm start` after the build: make sure Electron's binary is there (Electron 45 fetches it on
// first use), then open the app. Where it cannot be had (offline machines), say so in one line,
// point to the browser shell, and exit 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = dirname(require.resolve('electron/package.json'));

function binaryPresent() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
}

if (!binaryPresent()) {
  process.stderr.write('Fetching the Electron binary (first start only)…\n');
  const fetched = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (fetched.status !== 0 || !binaryPresent()) {
    process.stderr.write('Lectern: the Electron binary is not installed and could not be downloaded (no internet?); run `npm run web` to use Lectern in your browser instead.\n');
    process.exit(1);
  }
}

const electron = require('electron');
const child = spawn(electron, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
