// One writer at a time per library home, across processes (the app and the CLI): a lock
// folder created with mkdir, which is atomic on every platform. Each write takes the lock,
// reads the file fresh, applies its change and writes it back, so two processes merge their
// changes instead of one silently overwriting the other. Reads take no lock (every write is an
// atomic rename, so a reader sees the old file or the new one). A lock left by a killed process
// is broken once its owner is seen dead (same host); a live owner's lock is never broken,
// however long it holds it. An owner on another host (a library on a shared drive) cannot be
// asked, so its lock is broken only when its heartbeat (the owner file's time, refreshed at each
// step taken under the lock) is older than STALE_MS. Leftover private folders
// (`lock.<pid>.<random>`) of killed processes are swept when the store opens.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreError } from '../../core/errors.js';

const STALE_MS = 30_000;
const WAIT_MS = 10_000;

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: number;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockDir: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(join(lockDir, 'owner.json'), 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

function isStale(lockDir: string, now: number): boolean {
  const owner = readOwner(lockDir);
  if (owner && owner.host === hostname()) return owner.pid !== process.pid && !isAlive(owner.pid);
  try {
    const heartbeat = owner ? statSync(join(lockDir, 'owner.json')).mtimeMs : statSync(lockDir).mtimeMs;
    return now - heartbeat > STALE_MS;
  } catch {
    return false; // it vanished: the next attempt will take it
  }
}

export class HomeLock {
  private depth = 0;
  readonly dir: string;

  constructor(
    home: string,
    private readonly waitMs = WAIT_MS,
  ) {
    this.dir = join(home, 'lock');
  }

  /** Runs `fn` holding the lock; re-entrant within this process. */
  withLock<T>(fn: () => T): T {
    if (this.depth > 0) {
      this.beat();
      this.depth++;
      try {
        return fn();
      } finally {
        this.depth--;
      }
    }
    this.acquire();
    return this.holding(fn);
  }

  /** Runs `fn` holding the lock if it is free now, without waiting; undefined if it is not
   * (for housekeeping that can wait for another time, such as the sweep at open). */
  tryWithLock<T>(fn: () => T): T | undefined {
    if (this.depth > 0) return this.withLock(fn);
    if (!this.acquire(0)) return undefined;
    return this.holding(fn);
  }

  /** Runs `fn` with the lock just acquired, and releases it after. */
  private holding<T>(fn: () => T): T {
    this.depth = 1;
    try {
      return fn();
    } finally {
      this.depth = 0;
      this.release();
    }
  }

  /**
   * Resolves once no other live process holds the lock (or after `waitMs`), waiting on timers:
   * the web host calls it before each API call, so that its event loop keeps serving other
   * requests while a CLI import writes, instead of sleeping in `withLock`.
   */
  async whenFree(): Promise<void> {
    const deadline = Date.now() + this.waitMs;
    for (let delay = 2; this.depth === 0 && Date.now() < deadline; delay = Math.min(delay * 2, 50)) {
      if (!existsSync(this.dir)) return;
      const owner = readOwner(this.dir);
      if (owner?.pid === process.pid && owner.host === hostname()) return;
      if (isStale(this.dir, Date.now())) return;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /** Refreshes the heartbeat of a lock we hold (see the header). */
  private beat(): void {
    try {
      const now = new Date();
      utimesSync(join(this.dir, 'owner.json'), now, now);
    } catch {
      // not ours any more or not there: the next write re-checks
    }
  }

  private acquire(waitMs = this.waitMs): boolean {
    // The owner file is written into a private folder first and the folder renamed into
    // place, so a lock never exists without its owner, even if we are killed in between.
    const mine = `${this.dir}.${process.pid}.${randomBytes(4).toString('hex')}`;
    mkdirSync(mine);
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: Date.now() };
    writeFileSync(join(mine, 'owner.json'), JSON.stringify(owner));
    const deadline = Date.now() + waitMs;
    try {
      for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
        try {
          renameSync(mine, this.dir);
          return true;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw error;
        }
        const holder = readOwner(this.dir);
        if (isStale(this.dir, Date.now())) {
          this.breakStale(holder);
          continue;
        }
        if (waitMs === 0) return false;
        if (Date.now() > deadline) {
          throw new StoreError(
            `The library is busy: another Lectern process${holder ? ` (pid ${holder.pid})` : ''} has held its write lock for over ${Math.round(this.waitMs / 1000)} s. Try again.`,
          );
        }
        sleep(delay);
      }
    } finally {
      rmSync(mine, { recursive: true, force: true });
    }
  }

  private release(): void {
    // Rename first, then delete: once our owner file is gone the folder would be empty, and
    // another process's rename could land on it while we delete it.
    const gone = this.aside();
    if (gone) rmSync(gone, { recursive: true, force: true });
  }

  /** Moves the lock folder to a private name; null if it was not there. */
  private aside(): string | null {
    const target = `${this.dir}.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      renameSync(this.dir, target);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Breaks a stale lock. If, in a race, what we moved aside was a fresh lock taken by another
   * process meanwhile, it is put back. */
  private breakStale(stale: LockOwner | null): void {
    const moved = this.aside();
    if (!moved) return;
    const owner = readOwner(moved);
    const same = stale === null ? owner === null : owner !== null && owner.pid === stale.pid && owner.since === stale.since;
    if (!same && owner !== null) {
      try {
        renameSync(moved, this.dir);
        return;
      } catch {
        // Someone took the lock meanwhile; the moved one is stale for them too.
      }
    }
    rmSync(moved, { recursive: true, force: true });
  }
}
