// Reading store files that may be damaged. A bad file is moved aside (never deleted), the newest
// good backup restored, or else the file made anew; every recovery is kept in memory and
// appended to <home>/recoveries.log.
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LecternError, StoreError } from '../../core/errors.js';
import type { Recovery } from '../../shared/types.js';
import { backupName, listBackups } from './backups.js';
import { writeFileDurably } from './durable-file.js';
import type { FileKind } from './file-kinds.js';
import type { HomeLock } from './home-lock.js';
import { CorruptFileError, decodeDocument, JsonFile } from './json-file.js';
import { articleBackupDir, backupDirOf, recoveriesLog, type Shelf } from './paths.js';

/** How to make a file anew when neither it nor a backup can be read. */
export interface Fallback<T> {
  readonly action: string;
  readonly build: () => T | null;
}

/** The parsed text is being made again from the original, off this thread; try again soon. */
export class ReparseScheduled extends StoreError {
  override name = 'ReparseScheduled';
}

export class StoreRecovery {
  readonly recoveries: Recovery[] = [];

  constructor(
    private readonly home: string,
    private readonly lock: HomeLock,
  ) {}

  /** A store file that keeps its backups in the home's backup folder. */
  jsonFile<T>(kind: FileKind<T>, path: string): JsonFile<T> {
    return new JsonFile(path, kind, backupDirOf(this.home, path));
  }

  /**
   * Reads a store file. If it is bad, it is moved aside, the newest good backup restored, or
   * else `fallback` rebuilds it; each recovery is recorded. A missing file is recovered too when
   * `required`. Returns null when nothing can be had.
   */
  read<T>(kind: FileKind<T>, path: string, fallback: Fallback<T>, required = true): T | null {
    try {
      const value = this.jsonFile(kind, path).read();
      if (value !== null || !required) return value;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      return this.lock.withLock(() => this.recover(kind, path, error.message, fallback));
    }
    return this.lock.withLock(() => this.recover(kind, path, 'the file is missing', fallback));
  }

  private recover<T>(kind: FileKind<T>, path: string, problem: string, fallback: Fallback<T>): T | null {
    // Another process may have repaired it while we waited for the lock.
    try {
      const value = this.jsonFile(kind, path).read();
      if (value !== null) return value;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
    }
    const movedTo = existsSync(path) ? this.quarantine(path) : null;
    const file = relative(this.home, path);
    const backups = backupDirOf(this.home, path);
    for (const name of listBackups(backups)) {
      try {
        const raw = readFileSync(join(backups, name), 'utf8');
        const value = decodeDocument(kind, raw);
        writeFileDurably(path, raw);
        this.report({ file, problem, action: `restored the backup of ${name.slice(0, 15)}`, movedTo });
        return value;
      } catch (error) {
        if (!(error instanceof CorruptFileError)) throw error;
      }
    }
    let value: T | null = null;
    let later = false;
    try {
      value = fallback.build();
    } catch (error) {
      // A missing or unreadable original (ParseError) leaves nothing to rebuild from.
      if (!(error instanceof LecternError || error instanceof CorruptFileError)) throw error;
      later = error instanceof ReparseScheduled;
    }
    if (later) return null; // reported once the original has been read again (replaceParsed)
    this.report({
      file,
      problem,
      action: value ? `${fallback.action} (no good backup)` : 'nothing to rebuild it from; left out of the library',
      movedTo,
    });
    return value;
  }

  /** Keeps a copy of a file written once and rarely again (parsed.json), so that it has a
   * backup like the files that change: a copy, not a hard link, since damage done to the file
   * in place (a bad sector, a stray write) would reach a link too. */
  snapshot(path: string): void {
    const dir = backupDirOf(this.home, path);
    mkdirSync(dir, { recursive: true });
    copyFileSync(path, join(dir, backupName(new Date())));
  }

  /** Moves an article's backups along with it between the shelves. */
  moveBackups(id: string, from: Shelf, to: Shelf): void {
    const source = articleBackupDir(this.home, from, id);
    if (!existsSync(source)) return;
    const target = articleBackupDir(this.home, to, id);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    renameSync(source, target);
  }

  report(entry: Omit<Recovery, 'at'>): void {
    const recovery: Recovery = { ...entry, at: new Date().toISOString() };
    this.recoveries.push(recovery);
    appendFileSync(recoveriesLog(this.home), `${JSON.stringify(recovery)}\n`);
  }

  reportOnce(file: string, problem: string, action: string): void {
    if (!this.recoveries.some((r) => r.file === file && r.problem === problem)) this.report({ file, problem, action, movedTo: null });
  }

  private quarantine(path: string): string {
    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    const target = join(this.home, 'quarantine', `${stamp}-${process.pid}`, relative(this.home, path));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(path, target);
    return target;
  }
}
