// Opening the library a command works on, and reporting what the store had to recover.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { readDocument } from '../core/formats/index.js';
import { assertNotTooLarge } from '../core/parse/index.js';
import type { ParsedArticle } from '../shared/types.js';
import { Library } from '../main/services/library.js';
import { resolveHome } from '../main/services/home.js';
import type { Recovery } from '../shared/types.js';
import type { ParsedArgs } from './args.js';
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

/** The article an `ID|FILE` argument names: a FILE (of any format Lectern reads) is parsed
 * without touching the library. */
export async function readTarget(target: string, args: ParsedArgs, io: CliIo): Promise<{ id: string | null; article: ParsedArticle }> {
  const file = asExistingFile(target, io);
  if (file) {
    assertNotTooLarge(statSync(file).size);
    const folder = dirname(file);
    const readLocal = (relative: string) => {
      const path = resolve(folder, relative);
      return path.startsWith(folder + sep) && existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
    };
    return { id: null, article: (await readDocument(readFileSync(file), basename(file), { readLocal })).article };
  }
  const library = openLibrary(args.home, io);
  const article = library.get(target);
  reportRecoveries(library, io);
  return { id: target, article: { ...article, title: article.title } };
}
