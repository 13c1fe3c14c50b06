// `lectern`: the command-line face of the library. Exit 0 on success, 1 when any input failed
// (one human line each on stderr, never a stack trace), 2 for a usage error.
import { LecternError } from '../core/errors.js';
import { parseArgs, UsageError, type ParsedArgs } from './args.js';
import { commandHelp, USAGE } from './help.js';
import { printable, type CliIo } from './io.js';


type Command = (args: ParsedArgs, io: CliIo) => number | Promise<number>;

// Each command's module is loaded when it runs: `serve` keeps the library in a worker thread,
// and its main thread need not load the library, the parser and the NLP model as well.
const commands: Readonly<Record<string, Command>> = {
  export: async (args, io) => (await import('./commands/export.js')).runExport(args, io),
  import: async (args, io) => (await import('./commands/import.js')).runImport(args, io),
  'import-json': async (args, io) => (await import('./commands/import-json.js')).runImportJson(args, io),
  list: async (args, io) => (await import('./commands/list.js')).runList(args, io),
  quiz: async (args, io) => (await import('./commands/quiz.js')).runQuiz(args, io),
  show: async (args, io) => (await import('./commands/show.js')).runShow(args, io),
  search: async (args, io) => (await import('./commands/search.js')).runSearch(args, io),
  serve: async (args, io) => (await import('./commands/serve.js')).runServe(args, io),
  summary: async (args, io) => (await import('./commands/summary.js')).runSummary(args, io),
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
