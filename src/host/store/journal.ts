// Append-only JSON-lines files: each append is one write of whole lines followed by fsync, so
// an acknowledged entry is on disk; a crash can at worst leave a torn last line, which readers
// skip. Appending costs the same however long the file is.
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncFolder } from './durable-file.js';

export function appendLines(path: string, entries: readonly object[]): void {
  const isNew = !existsSync(path);
  if (isNew) mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a+', 0o644);
  try {
    // After a torn write the file ends mid-line: start on a fresh line so the new entries
    // are not glued to the torn one.
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    const needsBreak = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
    const bytes = Buffer.from((needsBreak ? '\n' : '') + entries.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (isNew) syncFolder(dirname(path));
}

export function readLines(path: string): { entries: unknown[]; torn: boolean } {
  const text = readFileSync(path, 'utf8');
  const entries: unknown[] = [];
  let torn = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
      torn = true;
    }
  }
  return { entries, torn };
}
