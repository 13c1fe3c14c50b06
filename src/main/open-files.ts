// Which files the app was asked to open ("Open with Lectern"): from its command line at start,
// from a second instance's command line (forwarded by the single-instance lock), or from
// macOS's open-file event. Pure.
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatOfFileName } from '../shared/formats.js';


/**
 * The article files named on a command line. `argv` is the whole process argv: Electron's
 * executable, then (unpackaged) the app folder, then flags Chromium or Electron add
 * (`--flag`, `--flag=value`), then the files. Paths follow `platform`'s rules, so a Windows
 * `file:///C:/…` URL becomes `C:\…` (not `/C:/…`).
 */
export function filesFromArgv(argv: readonly string[], cwd: string, packaged: boolean, platform: NodeJS.Platform = process.platform): string[] {
  const paths = platform === 'win32' ? win32 : posix;
  const args = argv.slice(packaged ? 1 : 2);
  const files: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') || formatOfFileName(arg) === null) continue;
    let path = arg;
    if (/^file:/i.test(arg)) {
      try {
        path = fileURLToPath(arg, { windows: platform === 'win32' });
      } catch {
        continue; // a file: URL naming another host, or malformed: not a local file
      }
    }
    files.push(paths.isAbsolute(path) ? path : paths.resolve(cwd, path));
  }
  return [...new Set(files)];
}

export function isOpenableFile(path: string): boolean {
  return formatOfFileName(path) !== null;
}
