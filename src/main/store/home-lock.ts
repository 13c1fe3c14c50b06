// One writer at a time per library home, across processes (the app and the CLI): a lock
// folder created with mkdir, which is atomic on every platform. Each write takes the lock,
// reads the file fresh, applies its change and writes it back, so two processes merge their
// changes instead of one silently overwriting the other. A lock left by a killed process is
// broken once its owner is seen dead (same host) or it is older than STALE_MS. Leftover
// private folders (`lock.<pid>.<random>`) of killed processes are swept when the store opens.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  if (owner && owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid)) return true;
  try {
    const since = owner?.since ?? statSync(lockDir).mtimeMs;
    return now - since > STALE_MS;
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
      this.depth++;
      try {
        return fn();
      } finally {
        this.depth--;
      }
    }
    this.acquire();
    this.depth = 1;
    try {
      return fn();
    } finally {
      this.depth = 0;
      this.release();
    }
  }

  private acquire(): void {
    // The owner file is written into a private folder first and the folder renamed into
    // place, so a lock never exists without its owner, even if we are killed in between.
    const mine = `${this.dir}.${process.pid}.${randomBytes(4).toString('hex')}`;
    mkdirSync(mine);
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: Date.now() };
    writeFileSync(join(mine, 'owner.json'), JSON.stringify(owner));
    const deadline = Date.now() + this.waitMs;
    try {
      for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
        try {
          renameSync(mine, this.dir);
          return;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw error;
        }
        if (isStale(this.dir, Date.now())) {
          rmSync(this.dir, { recursive: true, force: true });
          continue;
        }
        if (Date.now() > deadline) {
          const holder = readOwner(this.dir);
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
    rmSync(this.dir, { recursive: true, force: true });
  }
}
