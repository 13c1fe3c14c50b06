// Real folders on disk for tests, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh empty folder, removed after the test. */
export function tempDir(prefix = 'lectern-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const REPO = join(import.meta.dirname, '..', '..');
export const SAMPLES = join(REPO, 'resources', 'samples');
export const SAMPLE_FILE = join(SAMPLES, '000_df74848942b8800c.txt');
