// Saving a change to one article must not rewrite anything that grows with the library: only
// that article's own small files (and their backups) may change.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { tempDir } from '../helpers/temp-home.js';

function snapshot(root: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else out.set(relative(root, path), stat.mtimeMs * 1000 + stat.ino);
    }
  };
  walk(root);
  return out;
}

describe('a save in a library of many articles', () => {
  it('touches only the saved article and its backups', async () => {
    const home = tempDir();
    const library = Library.open(home);
    for (let i = 0; i < 60; i++) await library.importText(`Article ${i}\n\nBody number ${i} has a sentence in it.`, `a${i}`);
    const id = library.list()[30]!.id;
    const before = snapshot(home);
    library.setProgress(id, 0.5);
    library.setTags(id, ['x']);
    const after = snapshot(home);
    const changed = [...after].filter(([path, sig]) => before.get(path) !== sig).map(([path]) => path);
    expect(changed.length).toBeGreaterThan(0);
    // Only the article's own files, its backups, and the append-only change feed (one line).
    const own = changed.filter((path) => path !== 'changes.jsonl');
    for (const path of own) expect(path.split('/').includes(id)).toBe(true);
    expect(own.every((p) => p.endsWith('.json'))).toBe(true);
  });
});
