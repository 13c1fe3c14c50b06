// The CLI and the browser shell run on machines without Electron's binary: nothing in the
// compiled Node build (tsconfig.cli.json: the CLI, core, and everything they import — the web
// host of `lectern serve` included) may load `electron`, statically, by require or dynamically.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/temp-home.js';

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : /\.(c|m)?js$/.test(path) ? [path] : [];
  });
}

/** `electron` or a subpath of it (`electron/main`, `electron/common`...), in any loading form. */
const ELECTRON = String.raw`['"\`]electron(?:\/[\w/-]*)?['"\`]`;
const LOADS_ELECTRON = new RegExp(
  [
    String.raw`\bfrom\s*${ELECTRON}`, // import x from 'electron' / export * from 'electron'
    String.raw`\bimport\s*${ELECTRON}`, // import 'electron' (side effect only)
    String.raw`\brequire\s*\(\s*${ELECTRON}\s*\)`, // require('electron')
    String.raw`\bimport\s*\(\s*${ELECTRON}`, // import('electron')
    String.raw`\brequire\.resolve\s*\(\s*${ELECTRON}`,
  ].join('|'),
);

function offenders(files: string[]): string[] {
  return files.filter((file) => LOADS_ELECTRON.test(readFileSync(file, 'utf8')));
}

describe('the electron-import detector', () => {
  it('catches every way of loading electron, and nothing else', () => {
    for (const code of [
      "import { app } from 'electron';",
      'import{app}from"electron"',
      "import 'electron';",
      "export { ipcMain } from 'electron';",
      "const { app } = require('electron');",
      'const e = require ( "electron" )',
      "const e = await import('electron');",
      'const e = import(`electron`)',
      "import { ipcMain } from 'electron/main';",
      "require.resolve('electron')",
    ]) {
      expect(LOADS_ELECTRON.test(code), code).toBe(true);
    }
    for (const code of ["import { z } from 'zod';", "// an electron-free module", "const electron = 'no';", "import x from 'electron-store-like';", "require('electronegativity')"]) {
      expect(LOADS_ELECTRON.test(code), code).toBe(false);
    }
  });
});

const fresh = mkdtempSync(join(tmpdir(), 'lectern-node-build-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('the compiled Node build', () => {
  it('compiled from the sources now, never imports electron — the web host included', { timeout: 180_000 }, () => {
    const build = spawnSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json', '--outDir', fresh, '--sourceMap', 'false'], { cwd: REPO, encoding: 'utf8' });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const files = jsFiles(fresh);
    expect(files.length).toBeGreaterThan(10);
    const names = files.map((f) => relative(fresh, f).replace(/\\/g, '/'));
    for (const needed of ['cli/main.js', 'host/web/host.js', 'host/web/guard.js', 'host/web/static-files.js', 'host/services/dispatch.js']) expect(names).toContain(needed);
    expect(offenders(files).map((f) => relative(fresh, f))).toEqual([]);
  });

  it.runIf(existsSync(join(REPO, 'out', 'node')))('as built in out/node (what bin/lectern.js runs) never imports electron', () => {
    const files = jsFiles(join(REPO, 'out', 'node'));
    expect(files.length).toBeGreaterThan(10);
    expect(offenders(files).map((f) => relative(REPO, f))).toEqual([]);
  });
});
