// `lectern`: the command-line face of the library. Exit 0 on success, 1 when any input failed
// (one human line each on stderr, never a stack trace), 2 for a usage error.
import { LecternError } from '../core/errors.js';
import { parseArgs, UsageError, type ParsedArgs } from './args.js';
import { runExport } from './commands/export.js';
import { runImport } from './commands/import.js';
import { runImportJson } from './commands/import-json.js';
import { runList } from './commands/list.js';
import { runQuiz } from './commands/quiz.js';
import { runSearch } from './commands/search.js';
import { runServe } from './commands/serve.js';
import { runShow } from './commands/show.js';
import { runSummary } from './commands/summary.js';
import { printable, type CliIo } from './io.js';

const USAGE = `usage: lectern [--home DIR] COMMAND …

commands:
  import PATH…               import files or folders (recursive) into the library
  list [--json]              the library, most recently added first
  show ID|FILE --text|--json an article's clean text, or its structure as JSON
  quiz ID|FILE [--json] [--max N]  study cards for an article, best first
  summary ID|FILE [--json] [--points N]  key points, who's who, timeline and numbers
  search QUERY [--json]      titles, text, notes, highlights and cards, best first
  serve [--port N]           the app in your browser, on 127.0.0.1 with a per-launch token
  export ID…|--all --format md|anki|apkg|csv|json|html --out PATH  export articles, notes and cards
  import-json FILE           merge a JSON export (--format json) into the library

The library home is --home, else $LECTERN_HOME, else the desktop app's folder.
`;

type Command = (args: ParsedArgs, io: CliIo) => number | Promise<number>;

const commands: Readonly<Record<string, Command>> = {
  export: runExport,
  import: runImport,
  'import-json': runImportJson,
  list: runList,
  quiz: runQuiz,
  show: runShow,
  search: runSearch,
  serve: runServe,
  summary: runSummary,
};

/** Options that take a value, for every command. */
const VALUED = new Set(['max', 'points', 'port', 'format', 'out']);

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, VALUED);
    if (!args.command || args.command === 'help' || args.command === '--help' || args.command === '-h') {
      (args.command ? io.out : io.err)(USAGE);
      return args.command ? 0 : 2;
    }
    const command = Object.hasOwn(commands, args.command) ? commands[args.command] : undefined;
    if (!command) throw new UsageError(`unknown command "${args.command}"`);
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`lectern: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof LecternError) {
      io.err(`lectern: ${printable(error.message)}\n`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOSPC' || code === 'EROFS') {
      io.err(`lectern: ${printable((error as Error).message)}\n`);
      return 1;
    }
    throw error;
  }
}
