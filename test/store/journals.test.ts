// A journal reader that keeps what it read: it reads on from where it stopped, leaves a line
// still being written for later, and skips (and reports) a line a crash cut short.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { tempDir } from '../helpers/temp-home.js';

const NOW = new Date('2026-03-02T10:00:00Z');

function setup() {
  const library = Library.open(tempDir());
  const store = library.store;
  const follower = store.followJournal('decisions', (value) => (value as { n?: number }).n);
  const file = () => join(library.home, 'journal', 'decisions', readdirSync(join(library.home, 'journal', 'decisions'))[0]!);
  return { store, follower, file };
}

describe('following a journal', () => {
  it('reads each month file on from where it stopped, in month order', () => {
    const { store, follower } = setup();
    expect(follower.entries()).toEqual([]);
    store.appendJournal('decisions', [{ n: 2 }], NOW);
    expect(follower.entries()).toEqual([2]);
    store.appendJournal('decisions', [{ n: 1 }], new Date('2026-02-10T00:00:00Z'));
    store.appendJournal('decisions', [{ n: 3 }], NOW);
    expect(follower.entries()).toEqual([1, 2, 3]);
    expect(follower.entries()).toEqual(store.readJournal('decisions').map((d) => (d as { n: number }).n));
  });

  it('waits for a line still being written, and reads it once it is whole', () => {
    const { store, follower, file } = setup();
    store.appendJournal('decisions', [{ n: 1 }], NOW);
    appendFileSync(file(), '{"n":');
    expect(follower.entries()).toEqual([1]);
    appendFileSync(file(), '2}\n');
    expect(follower.entries()).toEqual([1, 2]);
  });

  it('skips a line cut short by a crash once later entries follow it, and reports it', () => {
    const { store, follower, file } = setup();
    store.appendJournal('decisions', [{ n: 1 }], NOW);
    appendFileSync(file(), '{"n":2, "cut');
    expect(follower.entries()).toEqual([1]);
    store.appendJournal('decisions', [{ n: 3 }], NOW);
    expect(follower.entries()).toEqual([1, 3]);
    expect(store.recoveries.filter((r) => r.file.startsWith('journal/decisions/'))).toHaveLength(1);
  });
});
