// Turning paths the user gave into files to import: folders are walked recursively (hidden
// entries and symlinked folders left out), missing paths reported, huge files refused before
// they are read.
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/** Reads a file whole, refusing ones over the size limit without reading them. */
export function readImportable(path: string, limit: number): Importable {
  const size = statSync(path).size;
  assertNotTooLarge(size, limit);
  const bytes = new Uint8Array(size);
  const fd = openSync(path, 'r');
  try {
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
  } finally {
    closeSync(fd);
  }
  return { kind: 'file', name: basename(path), bytes };
}
