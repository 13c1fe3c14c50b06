// Packaging, checked offline: electron-builder packs the app for Linux (AppImage and deb) with a
// stand-in Electron and stand-in packaging tools (the real ones are downloaded from GitHub, which
// this machine cannot reach): the stand-in fpm and mksquashfs record what electron-builder hands
// them — the .desktop file, the deb's maintainer — and app.asar is inspected: only the built
// output and runtime dependencies go in. The icons come from one source image.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listPackage } from '@electron/asar';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/temp-home.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
let files: string[] = [];
let unpacked = '';
let built = { output: '', log: '' };
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
  const log = join(work, 'standin-log');
  const script = (path: string, body: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
  };
  // fpm (deb): keep its arguments and the .desktop file it is given, make the package file.
  script(join(work, 'fpm'), [
    'mkdir -p "$STANDIN_LOG/deb"; : > "$STANDIN_LOG/deb/args"; prev=""',
    'for a in "$@"; do printf "%s\\n" "$a" >> "$STANDIN_LOG/deb/args"',
    '  case "$a" in *.desktop) cp "${a%%=*}" "$STANDIN_LOG/deb/lectern.desktop";; esac',
    '  if [ "$prev" = "--package" ]; then : > "$a"; fi; prev="$a"; done',
  ].join('\n'));
  // AppImage tools (legacy FUSE2 layout): mksquashfs keeps the staged .desktop file.
  const tools = join(work, 'appimage-tools');
  script(join(tools, 'linux-x64', 'mksquashfs'), 'mkdir -p "$STANDIN_LOG/appimage"; cp "$1"/*.desktop "$STANDIN_LOG/appimage/"; : > "$2"');
  script(join(tools, 'linux-x64', 'desktop-file-validate'), 'exit 0');
  writeFileSync(join(tools, 'runtime-x64'), 'stand-in runtime');
  mkdirSync(join(tools, 'lib', 'x64'), { recursive: true });
  execFileSync('npx', ['electron-builder', '--linux', 'deb', 'AppImage', `-c.electronDist=${standIn}`, '-c.electronVersion=45.5.0', `-c.directories.output=${output}`], {
    cwd: REPO,
    stdio: 'ignore',
    env: { ...process.env, STANDIN_LOG: log, CUSTOM_FPM_PATH: join(work, 'fpm'), APPIMAGE_TOOLS_PATH: tools },
  });
  built = { output, log };
  unpacked = join(output, 'linux-unpacked');
  files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
}, 240_000);

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

const MIME_TYPES = ['text/plain', 'text/markdown', 'text/html', 'application/epub+zip', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
const desktopEntry = (target: 'deb' | 'appimage') => readFileSync(join(built.log, target, 'lectern.desktop'), 'utf8');

describe('the AppImage and the deb', () => {
  it('are both built from the configuration', () => {
    expect(existsSync(join(built.output, 'Lectern-0.1.0.AppImage'))).toBe(true);
    expect(existsSync(join(built.output, 'lectern_0.1.0_amd64.deb'))).toBe(true);
  });

  it('offer "Open with Lectern" for txt, md, html, epub, pdf and docx through the .desktop MimeType line', () => {
    for (const target of ['deb', 'appimage'] as const) {
      const line = desktopEntry(target).split('\n').find((l) => l.startsWith('MimeType='));
      expect(line, target).toBeDefined();
      const types = line!.slice('MimeType='.length).split(';').filter(Boolean);
      expect(types, target).toEqual(expect.arrayContaining(MIME_TYPES));
      expect(desktopEntry(target), target).toMatch(/^Exec=.* %U$/m); // the files reach the app
    }
  });

  it('name a maintainer for the deb', () => {
    const args = readFileSync(join(built.log, 'deb', 'args'), 'utf8').split('\n');
    expect(args[args.indexOf('--maintainer') + 1]).toMatch(/^Lectern <[^@\s]+@[^>\s]+>$/);
  });
});

describe('the Windows installer', () => {
  const config = parseYaml(readFileSync(join(REPO, 'electron-builder.yml'), 'utf8')) as Record<string, { fileAssociations?: unknown; include?: string } | undefined> & { fileAssociations?: unknown };
  const nsh = readFileSync(join(REPO, 'resources', 'installer.nsh'), 'utf8');
  const extensions = ['txt', 'md', 'html', 'htm', 'epub', 'pdf', 'docx'];

  it('declares no electron-builder file association, which would make Lectern the default program', () => {
    expect(config.fileAssociations).toBeUndefined();
    expect(config['win']?.fileAssociations).toBeUndefined();
    expect(config['nsis']?.fileAssociations).toBeUndefined();
    expect(config['nsis']?.include).toBe('resources/installer.nsh');
  });

  it('adds Lectern to each type’s "Open with" list and removes it again on uninstall', () => {
    for (const ext of extensions) {
      expect(nsh, ext).toContain(`!insertmacro lecternOpenWith "${ext}"`);
      expect(nsh, ext).toContain(`!insertmacro lecternNoLongerOpenWith "${ext}"`);
    }
    expect(nsh).toMatch(/WriteRegNone SHELL_CONTEXT "Software\\Classes\\\.\$\{EXT\}\\OpenWithProgids"/);
    expect(nsh).toMatch(/DeleteRegValue SHELL_CONTEXT "Software\\Classes\\\.\$\{EXT\}\\OpenWithProgids"/);
  });

  it('never writes the default program of an extension', () => {
    // The default value of HKCU\Software\Classes\.ext is what Windows opens the type with.
    expect(nsh).not.toMatch(/WriteRegStr SHELL_CONTEXT "Software\\Classes\\\.[^"\\]*" ""/);
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
