// Packaging, checked offline: electron-builder packs the app for Linux into a folder with a
// stand-in Electron (the real one cannot be downloaded here), and app.asar is inspected:
// only the built output and runtime dependencies go in. The icons come from one source image.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/temp-home.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
let files: string[] = [];
let unpacked = '';
// Built once for the whole file (temp-home's folders are removed after each test).
const work = mkdtempSync(join(tmpdir(), 'lectern-dist-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(join(REPO, 'out', 'main', 'index.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: 'ignore' });
  const standIn = join(work, 'electron-dist');
  mkdirSync(standIn);
  writeFileSync(join(standIn, 'electron'), '#!/bin/sh\n');
  chmodSync(join(standIn, 'electron'), 0o755);
  writeFileSync(join(standIn, 'version'), '45.5.0');
  const output = join(work, 'out');
  execFileSync('npx', ['electron-builder', '--linux', 'dir', `-c.electronDist=${standIn}`, '-c.electronVersion=45.5.0', `-c.directories.output=${output}`], { cwd: REPO, stdio: 'ignore' });
  unpacked = join(output, 'linux-unpacked');
  files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
}, 120_000);

const modulesIn = (list: string[]) => new Set(list.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/').slice(2, f.split('/')[2]!.startsWith('@') ? 4 : 3).join('/')));

describe('the Linux package', () => {
  it('holds the built main, preload and renderer, and package.json', () => {
    expect(files).toEqual(expect.arrayContaining(['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']));
  });

  it('holds no sources, tests or maps', () => {
    const own = files.filter((f) => !f.startsWith('/node_modules/'));
    expect(own.filter((f) => /^\/(src|test|e2e|scripts|docs)\//.test(f) || /\.(ts|map)$/.test(f) || f.endsWith('.svelte'))).toEqual([]);
  });

  it('holds every runtime dependency and no development one', () => {
    const modules = modulesIn(files);
    for (const dep of Object.keys(pkg.dependencies)) expect(modules.has(dep), dep).toBe(true);
    for (const dev of ['electron', 'electron-vite', 'vite', 'vitest', 'typescript', 'svelte', '@playwright/test', 'electron-builder']) expect(modules.has(dev), dev).toBe(false);
  });

  it('ships the sample article beside the app', () => {
    expect(readFileSync(join(unpacked, 'resources', 'samples', '000_df74848942b8800c.txt'), 'utf8')).toMatch(/^United States and China/);
  });
});

describe('the icons', () => {
  it('are generated from the one source image for every platform', () => {
    execFileSync(process.execPath, [join(REPO, 'scripts', 'make-icons.mjs')], { cwd: REPO, stdio: 'ignore' });
    const build = join(REPO, 'resources', 'build');
    const png = readFileSync(join(build, 'icons', '256x256.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(256); // IHDR width
    expect(readFileSync(join(build, 'icon.icns')).subarray(0, 4).toString()).toBe('icns');
    expect([...readFileSync(join(build, 'icon.ico')).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});
