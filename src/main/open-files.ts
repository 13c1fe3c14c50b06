// Which files the app was asked to open ("Open with Lectern"): from its command line at start,
// from a second instance's command line (forwarded by the single-instance lock), or from
// macOS's open-file event. Pure.
import { isAbsolute, resolve } from 'node:path';

const OPENABLE = /\.(txt|text|md|markdown|mdown|mkd|html?|xhtml|epub|pdf|docx)$/i;

/**
 * The article files named on a command line. `argv` is the whole process argv: Electron's
 * executable, then (unpackaged) the app folder, then flags Chromium or Electron add
 * (`--flag`, `--flag=value`), then the files.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, packaged: boolean): string[] {
  const args = argv.slice(packaged ? 1 : 2);
  const files: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') || !OPENABLE.test(arg)) continue;
    const path = arg.startsWith('file://') ? decodeURIComponent(new URL(arg).pathname) : arg;
    files.push(isAbsolute(path) ? path : resolve(cwd, path));
  }
  return [...new Set(files)];
}

export function isOpenableFile(path: string): boolean {
  return OPENABLE.test(path);
}
