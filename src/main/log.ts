// A small rotating log in the app's data folder: lifecycle events and errors, never article
// text (callers pass messages, not content). When the file passes MAX_BYTES it becomes
// lectern.1.log (and so on, keeping KEEP files).
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BYTES = 1024 * 1024;
const KEEP = 5;

/** The file names in rotation order, newest first. Pure. */
export function rotationNames(keep = KEEP): string[] {
  return ['lectern.log', ...Array.from({ length: keep - 1 }, (_, i) => `lectern.${i + 1}.log`)];
}

export class Log {
  constructor(readonly folder: string) {
    mkdirSync(folder, { recursive: true });
  }

  write(level: 'info' | 'warn' | 'error', message: string): void {
    const file = join(this.folder, 'lectern.log');
    try {
      if (existsSync(file) && statSync(file).size > MAX_BYTES) this.rotate();
      appendFileSync(file, `${new Date().toISOString()} ${level.toUpperCase()} ${message.replace(/\s+/g, ' ').slice(0, 2000)}\n`);
    } catch {
      // logging must never break the app
    }
  }

  private rotate(): void {
    const names = rotationNames();
    rmSync(join(this.folder, names.at(-1)!), { force: true });
    for (let i = names.length - 2; i >= 0; i--) {
      const from = join(this.folder, names[i]!);
      if (existsSync(from)) renameSync(from, join(this.folder, names[i + 1]!));
    }
  }
}
