// What killed writers leave behind: temp files, half-built article folders, lock folders never
// renamed into place. None of them was ever acknowledged to anyone, and only what a dead
// process left is removed, so no lock is needed and opening never waits for a writer (a `list`
// must not wait for another process's import).
import { readdirSync, rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFile } from './durable-file.js';
import { ID_PATTERN, SHELVES } from './paths.js';

/** Removes the leftovers at the top of the home and of the library shelf, now; the temp files
 * inside article folders (`.notes.json.<pid>.<rand>.tmp`) are swept in the background: the
 * promise resolves with how many were removed. */
export function sweepLeftovers(home: string): Promise<number> {
  for (const name of readdirSync(home)) {
    if ((isTempFile(name) || name.startsWith('lock.')) && ownerIsGone(name)) rmSync(join(home, name), { recursive: true, force: true });
  }
  const shelf = join(home, 'articles');
  for (const name of readdirSync(shelf)) {
    if ((name.startsWith('.staging-') || isTempFile(name)) && ownerIsGone(name)) rmSync(join(shelf, name), { recursive: true, force: true });
  }
  return sweepArticleTempFiles(home);
}

/** Removes temp files of dead writers from every article folder (both shelves), a folder at a
 * time on the event loop's idle turns. */
async function sweepArticleTempFiles(home: string): Promise<number> {
  let removed = 0;
  for (const shelf of SHELVES) {
    let ids: string[];
    try {
      ids = (await readdir(join(home, shelf))).filter((name) => ID_PATTERN.test(name));
    } catch {
      continue;
    }
    for (const id of ids) {
      let names: string[];
      try {
        names = await readdir(join(home, shelf, id));
      } catch {
        continue; // not a folder (needs attention), or gone meanwhile
      }
      for (const name of names) {
        if (!isTempFile(name) || !ownerIsGone(name)) continue;
        await rm(join(home, shelf, id, name), { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}

/** True when the process named in a leftover's name is gone: `lock.<pid>.<rand>`,
 * `.staging-<pid>-<id>`, `.<file>.<pid>.<rand>.tmp`. A name without a pid is left alone. */
function ownerIsGone(name: string): boolean {
  const match = /^lock\.(\d+)\.|^\.staging-(\d+)-|\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  if (!match) return false;
  const pid = Number(match[1] ?? match[2] ?? match[3]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
