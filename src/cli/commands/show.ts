// `lectern show ID|FILE --text|--json`. A FILE is parsed without touching the library.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { assertNotTooLarge, cleanText, parseFile } from '../../core/parse/index.js';
import type { Block, RemovedBlock } from '../../shared/types.js';
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { asExistingFile, openLibrary, reportRecoveries } from '../context.js';
import { printJson, type CliIo } from '../io.js';
import { statSync } from 'node:fs';

interface Shown {
  readonly id: string | null;
  readonly title: string;
  readonly byline: string | null;
  readonly published: string | null;
  readonly language: string;
  readonly blocks: readonly Block[];
  readonly removed: readonly RemovedBlock[];
}

function readFileArticle(path: string): Shown {
  assertNotTooLarge(statSync(path).size);
  const { article } = parseFile(readFileSync(path), basename(path));
  return { id: null, ...article };
}

export function runShow(args: ParsedArgs, io: CliIo): number {
  allowOnly(args, ['text', 'json']);
  const [target, ...rest] = args.positional;
  if (!target || rest.length > 0) throw new UsageError('show needs exactly one article ID or file');
  const asJson = args.flags.has('json');
  if (asJson === args.flags.has('text')) throw new UsageError('show needs one of --text or --json');
  const file = asExistingFile(target, io);
  let shown: Shown;
  if (file) shown = readFileArticle(file);
  else {
    const library = openLibrary(args.home, io);
    shown = library.get(target);
    reportRecoveries(library, io);
  }
  if (asJson) {
    const { id, title, byline, published, language, blocks, removed } = shown;
    printJson(io, { id, title, byline, published, language, blocks, removed });
  } else io.out(`${cleanText(shown)}\n`);
  return 0;
}
