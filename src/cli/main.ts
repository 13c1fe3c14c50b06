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
import { commandHelp, USAGE } from './help.js';
import { printable, type CliIo } from './io.js';


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
const VALUED = new Set(['max', 'points', 'port', 'format', 'out', 'cards']);

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, VALUED);
    if (!args.command) {
      io.err(USAGE);
      return 2;
    }
    if (args.command === 'help' || args.command === '--help' || args.command === '-h') {
      const [topic, ...rest] = args.positional;
      if (rest.length > 0) throw new UsageError('help takes one command name');
      const page = topic === undefined ? USAGE : commandHelp(topic);
      if (page === null) throw new UsageError(`unknown command "${topic}"`);
      io.out(page);
      return 0;
    }
    const command = Object.hasOwn(commands, args.command) ? commands[args.command] : undefined;
    if (!command) throw new UsageError(`unknown command "${args.command}"`);
    // `COMMAND --help` (or -h) anywhere after the command: its usage, and nothing is run.
    if (args.flags.has('help') || args.positional.includes('-h')) {
      io.out(commandHelp(args.command)!);
      return 0;
    }
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
