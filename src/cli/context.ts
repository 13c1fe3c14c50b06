// Opening the library a command works on, and reporting what the store had to recover.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../core/parse/index.js';
import { readImportable } from '../host/services/import-files.js';
import { ParseWorker, workerEntry } from '../host/services/parse-worker.js';
import type { ParsedArticle } from '../shared/types.js';
import type { Library } from '../host/services/library.js';
import { openHost, type Host } from '../host/open-host.js';
import { resolveHome } from '../host/services/home.js';
import type { ParsedArgs } from './args.js';
import { describeRecovery, type CliIo } from './io.js';

/** The host, in this process: a command is one short call, nothing to keep responsive. */
export function openHostFor(home: string | undefined, io: CliIo): Host {
  return openHost(resolveHome(home, io.env), { samplesDir: io.samplesDir });
}

export function openLibrary(home: string | undefined, io: CliIo): Library {
  return openHostFor(home, io).library;
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

// In io.ts, which `serve` loads without the library itself.
export { describeRecovery } from './io.js';

export function reportRecoveries(library: Library, io: CliIo): void {
  for (const recovery of library.store.recoveries) io.err(`${describeRecovery(recovery)}\n`);
}

/** The article an `ID|FILE` argument names: a FILE (of any format Lectern reads) is parsed
 * without touching the library. */
export async function readTarget(target: string, args: ParsedArgs, io: CliIo): Promise<{ id: string | null; article: ParsedArticle }> {
  const file = asExistingFile(target, io);
  if (file) {
    // Parsed in the worker, like an import: a hostile file is refused, never hangs the command.
    const { bytes, name } = readImportable(file, MAX_FILE_BYTES) as { bytes: Uint8Array; name: string };
    const parser = new ParseWorker(workerEntry());
    try {
      return { id: null, article: (await parser.read({ bytes, fileName: name, maxFileBytes: MAX_FILE_BYTES, localPage: file })).article };
    } finally {
      await parser.close();
    }
  }
  const library = openLibrary(args.home, io);
  const article = library.get(target);
  reportRecoveries(library, io);
  return { id: target, article: { ...article, title: article.title } };
}
