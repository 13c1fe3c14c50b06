// Turning paths the user gave into files to import: folders are walked recursively (hidden
// entries and symlinked folders left out), missing paths reported, huge files refused before
// they are read, and only regular files read.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { ParseError } from '../../core/errors.js';
import { assertNotTooLarge } from '../../core/parse/index.js';
import type { ImportOutcome } from '../../shared/types.js';

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  /** The file being imported now; null once all are done. */
  readonly path: string | null;
}

export function collectFiles(paths: readonly string[]): { files: string[]; outcomes: ImportOutcome[] } {
  const files: string[] = [];
  const outcomes: ImportOutcome[] = [];
  const walk = (dir: string) => {
    const names = readdirSync(dir).sort();
    // "Web page, complete" saves page.html with a page_files folder: the folder belongs to the page.
    const pageFolders = new Set(names.filter((n) => /\.html?$/i.test(n)).map((n) => `${n.replace(/\.html?$/i, '')}_files`));
    for (const name of names) {
      if (name.startsWith('.') || pageFolders.has(name)) continue;
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) files.push(path);
    }
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      outcomes.push({ kind: 'failed', path, error: code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? 'unknown error'})` });
    }
  }
  return { files, outcomes };
}

export type Importable = { kind: 'file'; name: string; bytes: Uint8Array } | Extract<ImportOutcome, { kind: 'skipped' }>;

/** Reads a file whole, refusing ones over the size limit without reading them. Only regular
 * files are read: a FIFO, socket or device named like a document would block the read forever
 * (or never end), so the file is opened without blocking and checked before any byte is read. */
export function readImportable(path: string, limit: number): Importable {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new ParseError('It is not a regular file (a pipe, socket or device); Lectern imports files only.');
    const size = stat.size;
    assertNotTooLarge(size, limit);
    const bytes = new Uint8Array(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { kind: 'file', name: basename(path), bytes: off === size ? bytes : bytes.subarray(0, off) };
  } finally {
    closeSync(fd);
  }
}

/** Lets a saved web page read the images in its own folder (e.g. "page_files/a.png"), and
 * nothing outside it: the path is resolved through any symlinks first, and only a regular file
 * whose real path is still inside the page's real folder is read. */
export function pageFileReader(pagePath: string, limit = 10 * 1024 * 1024): (relative: string) => Uint8Array | null {
  const folder = dirname(resolve(pagePath));
  let realFolder: string | null = null;
  return (relative) => {
    try {
      realFolder ??= realpathSync(folder);
      const target = realpathSync(resolve(folder, relative));
      if (!target.startsWith(realFolder.endsWith(sep) ? realFolder : realFolder + sep)) return null;
      const file = readImportable(target, limit);
      return file.kind === 'file' ? file.bytes : null;
    } catch {
      return null;
    }
  };
}
