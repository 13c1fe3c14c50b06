// "Move library": copies the library's own files to a new folder, checks every file arrived
// whole, and only then removes them from the old place. Electron's own files in userData are
// left alone. Holding the home lock, so no other process writes meanwhile.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { StoreError } from '../core/errors.js';
import { HomeLock } from '../host/store/home-lock.js';

/** Everything a library home holds that belongs to Lectern (see README, "Where your data lives"). */
export const LIBRARY_ENTRIES = [
  'lectern.json', 'articles', 'trash', 'backups', 'quarantine', 'journal', 'search',
  'settings.json', 'changes.jsonl', 'recoveries.log',
] as const;

function files(root: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else out.set(relative(root, path), stat.size);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

export function moveLibrary(from: string, to: string): void {
  const source = resolve(from);
  const target = resolve(to);
  if (target === source || target.startsWith(source + sep)) throw new StoreError('Choose a folder outside the current library.');
  if (existsSync(target) && readdirSync(target).length > 0) throw new StoreError(`The folder ${target} is not empty; choose an empty or new folder.`);
  new HomeLock(source).withLock(() => {
    mkdirSync(target, { recursive: true });
    const entries = LIBRARY_ENTRIES.filter((e) => existsSync(join(source, e)));
    try {
      for (const entry of entries) cpSync(join(source, entry), join(target, entry), { recursive: true, errorOnExist: true, force: false });
      for (const entry of entries) {
        const a = statSync(join(source, entry)).isDirectory() ? files(join(source, entry)) : new Map([['', statSync(join(source, entry)).size]]);
        const b = statSync(join(target, entry)).isDirectory() ? files(join(target, entry)) : new Map([['', statSync(join(target, entry)).size]]);
        if (a.size !== b.size || [...a].some(([path, size]) => b.get(path) !== size)) throw new StoreError(`Copying ${entry} did not complete; the library stays where it was.`);
      }
    } catch (error) {
      for (const entry of entries) rmSync(join(target, entry), { recursive: true, force: true });
      throw error;
    }
    for (const entry of entries) rmSync(join(source, entry), { recursive: true, force: true });
  });
}
