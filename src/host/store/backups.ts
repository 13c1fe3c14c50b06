// Rolling backups of store files: before a file is replaced, its previous version is kept
// (a hard link, so no bytes are copied) under `<home>/backups/<same relative path>/`. Kept: the
// newest KEEP_RECENT versions plus the newest of each of the last KEEP_DAYS days. Pruning looks
// only at that one file's backups, so the cost does not grow with the library.
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export const KEEP_RECENT = 10;
export const KEEP_DAYS = 7;

let sequence = 0;

/** A sortable backup name: UTC time, then a per-process sequence and the pid. */
export function backupName(now: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `${stamp}-${String(sequence).padStart(6, '0')}-${process.pid}.json`;
}

/** Which backup names to keep, newest first. Pure: names sort by time. */
export function backupsToKeep(names: readonly string[], now: Date): Set<string> {
  const sorted = [...names].sort().reverse();
  const keep = new Set(sorted.slice(0, KEEP_RECENT));
  const oldestDay = new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const daysSeen = new Set<string>();
  for (const name of sorted) {
    const day = name.slice(0, 8);
    if (day < oldestDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(name);
  }
  return keep;
}

export function listBackups(backupDir: string): string[] {
  if (!existsSync(backupDir)) return [];
  return readdirSync(backupDir).filter((n) => n.endsWith('.json')).sort().reverse();
}

/** Keeps the current version of `file` as a backup, then prunes old ones. */
export function backUp(file: string, backupDir: string, now = new Date()): void {
  if (!existsSync(file)) return;
  mkdirSync(backupDir, { recursive: true });
  const target = join(backupDir, backupName(now));
  try {
    linkSync(file, target);
  } catch {
    copyFileSync(file, target); // file systems without hard links
  }
  const names = listBackups(backupDir);
  const keep = backupsToKeep(names, now);
  for (const name of names) if (!keep.has(name)) unlinkSync(join(backupDir, name));
}
