// Opening the library a command works on, and reporting what the store had to recover.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Library } from '../main/services/library.js';
import { resolveHome } from '../main/services/home.js';
import type { Recovery } from '../shared/types.js';
import type { CliIo } from './io.js';

export function openLibrary(home: string | undefined, io: CliIo): Library {
  return Library.open(resolveHome(home, io.env), { samplesDir: io.samplesDir });
}

/** An argument that names an existing file is a FILE; otherwise it is an article ID. */
export function asExistingFile(arg: string, io: CliIo): string | null {
  const path = resolve(io.cwd, arg);
  try {
    return existsSync(path) && statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

export function describeRecovery(recovery: Recovery): string {
  const moved = recovery.movedTo ? ` The bad file was moved to ${recovery.movedTo}.` : '';
  return `lectern: recovered ${recovery.file}: ${recovery.problem}; ${recovery.action}.${moved}`;
}

export function reportRecoveries(library: Library, io: CliIo): void {
  for (const recovery of library.store.recoveries) io.err(`${describeRecovery(recovery)}\n`);
}
