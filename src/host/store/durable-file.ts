// Atomic, durable file writes: a change either reaches the disk whole or not at all, even if
// the process is killed mid-write. Temp file in the same folder + fsync + rename + fsync of
// the folder, so a rename that returned is on disk before the caller acknowledges anything.
import { closeSync, fsyncSync, openSync, renameSync, writeSync, unlinkSync, mkdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';

/** Writes `data` to `path` atomically. `beforeReplace` runs after the new content is safely in
 * its temp file and before it replaces the old file (the rolling backup hooks in there). */
export function writeFileDurably(path: string, data: string | Uint8Array, beforeReplace?: () => void): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw error;
  }
  closeSync(fd);
  beforeReplace?.();
  renameSync(tmp, path);
  syncFolder(dir);
}

/** `writeFileDurably` with the write and its fsync on libuv's threads, for big files written
 * while the thread serves other calls (an import's original: a 10 MB write took ~100 ms). */
export async function writeFileDurablyAsync(path: string, data: Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const file = await open(tmp, 'w', 0o644);
  try {
    await file.writeFile(data);
    await file.sync();
  } catch (error) {
    await file.close();
    await unlink(tmp);
    throw error;
  }
  await file.close();
  await rename(tmp, path);
  syncFolder(dir);
}

/** Makes a rename or create in `dir` durable. */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** True for the temp files that `writeFileDurably` leaves behind when killed mid-write. */
export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}
