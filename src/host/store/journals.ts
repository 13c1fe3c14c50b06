// The library's journals: append-only logs of reviews and triage decisions, one JSON-lines file
// per month (<home>/journal/<name>/<YYYY-MM>.jsonl) so none grows forever. A reader that keeps
// what it parsed (JournalFollower) reads only the bytes appended since, by any process.
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { HomeLock } from './home-lock.js';
import { appendLines, readLines } from './journal.js';
import { journalDir, journalFile } from './paths.js';

export type JournalName = 'reviews' | 'decisions';

const TORN = 'its last line was cut short by an interrupted write';

export class Journals {
  constructor(
    private readonly home: string,
    private readonly lock: HomeLock,
    /** Records a problem once per file (a torn line is found again on every read). */
    private readonly reportOnce: (file: string, problem: string, action: string) => void,
  ) {}

  /** Appends entries durably, to the file of `now`'s month. */
  append(name: JournalName, entries: readonly object[], now = new Date()): void {
    if (entries.length === 0) return;
    this.lock.withLock(() => appendLines(journalFile(this.home, name, now.toISOString().slice(0, 7)), entries));
  }

  /** Every entry, oldest file first; `sinceMonth` ("2026-11") skips older files. A torn line (a
   * write cut short by a crash) is left out and reported. */
  read(name: JournalName, sinceMonth?: string): unknown[] {
    const dir = journalDir(this.home, name);
    const out: unknown[] = [];
    for (const file of this.files(name)) {
      if (sinceMonth && file.slice(0, 7) < sinceMonth) continue;
      const { entries, torn } = readLines(join(dir, file));
      out.push(...entries);
      if (torn) this.tornLine(name, file);
    }
    return out;
  }

  /** The journal's month files, in order. */
  files(name: JournalName): string[] {
    const dir = journalDir(this.home, name);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
  }

  /** The complete lines of a month file from byte `offset` on, if the file is still the one of
   * inode `ino`; `offset` is where the next read starts (a line still being written waits). */
  readOn(name: JournalName, file: string, from: { ino: number; offset: number } | null): { ino: number; offset: number; lines: string[]; reset: boolean } {
    const fd = openSync(join(journalDir(this.home, name), file), 'r');
    try {
      const { ino, size } = fstatSync(fd);
      // A replaced or shortened file is not the one we read: start it again.
      const reset = from !== null && (from.ino !== ino || from.offset > size);
      const start = from && !reset ? from.offset : 0;
      const buffer = Buffer.alloc(size - start);
      let got = 0;
      while (got < buffer.length) {
        const n = readSync(fd, buffer, got, buffer.length - got, start + got);
        if (n === 0) break;
        got += n;
      }
      const end = buffer.lastIndexOf(0x0a, got - 1) + 1;
      if (end < got) this.tornLine(name, file); // as `read` reports it; not consumed, in case it is a write in progress
      const lines = buffer.subarray(0, end).toString('utf8').split('\n');
      return { ino, offset: start + end, lines, reset };
    } finally {
      closeSync(fd);
    }
  }

  tornLine(name: JournalName, file: string): void {
    this.reportOnce(`journal/${name}/${file}`, TORN, 'left that line out');
  }
}

/**
 * A journal's entries, kept decoded between reads: each read looks at the month files' sizes
 * and parses only the lines appended since (by this process or any other). A file replaced or
 * shortened (a restored home) is read again whole.
 */
export class JournalFollower<T> {
  private readonly byFile = new Map<string, { ino: number; offset: number; entries: T[] }>();
  private all: T[] = [];

  constructor(
    private readonly journals: Journals,
    private readonly name: JournalName,
    /** Turns a parsed line into an entry, or undefined to leave it out. */
    private readonly decode: (value: unknown) => T | undefined,
  ) {}

  entries(): readonly T[] {
    const files = this.journals.files(this.name);
    let changed = files.length !== this.byFile.size || files.some((f) => !this.byFile.has(f));
    for (const gone of [...this.byFile.keys()].filter((f) => !files.includes(f))) this.byFile.delete(gone);
    for (const file of files) {
      const kept = this.byFile.get(file);
      const { ino, offset, lines, reset } = this.journals.readOn(this.name, file, kept ?? null);
      const entries = kept && !reset ? kept.entries : [];
      let torn = false;
      for (const line of lines) {
        if (!line.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          torn = true;
          continue;
        }
        const entry = this.decode(value);
        if (entry !== undefined) entries.push(entry);
      }
      if (torn) this.journals.tornLine(this.name, file);
      if (reset || !kept || offset !== kept.offset) changed = true;
      this.byFile.set(file, { ino, offset, entries });
    }
    if (changed) this.all = files.flatMap((f) => this.byFile.get(f)!.entries);
    return this.all;
  }
}
