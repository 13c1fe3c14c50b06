// `lectern list [--json]`
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { openLibrary, reportRecoveries } from '../context.js';
import { printable, printJson, type CliIo } from '../io.js';

export function runList(args: ParsedArgs, io: CliIo): number {
  allowOnly(args, ['json']);
  if (args.positional.length > 0) throw new UsageError('list takes no arguments');
  const library = openLibrary(args.home, io);
  const items = library.list();
  if (args.flags.has('json')) printJson(io, items);
  else {
    for (const item of items) {
      const percent = `${Math.round(item.progress * 100)}%`;
      const tags = item.tags.length ? `\t[${item.tags.join(', ')}]` : '';
      io.out(`${item.id}\t${printable(item.title)}\t${item.words} words\t${item.readingMinutes} min\t${percent}${printable(tags)}\n`);
    }
  }
  reportRecoveries(library, io);
  for (const bad of library.needsAttention()) {
    io.err(`${printable(`lectern: needs attention: ${bad.path}: ${bad.problem}; left out of the list (it stays on disk)`)}\n`);
  }
  return 0;
}
