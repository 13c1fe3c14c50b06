// `lectern import PATH…`
import type { ImportOutcome } from '../../shared/types.js';
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { openLibrary, reportRecoveries } from '../context.js';
import { printable, type CliIo } from '../io.js';
import { resolve } from 'node:path';

function describeOutcome(outcome: ImportOutcome): string | null {
  switch (outcome.kind) {
    case 'imported':
      return null;
    case 'duplicate':
      return `duplicate: ${outcome.path} is already in the ${outcome.inTrash ? 'trash' : 'library'} as ${outcome.id} "${outcome.title}"`;
    case 'skipped':
      return `skipped: ${outcome.path}: ${outcome.reason}`;
    case 'failed':
      return `failed: ${outcome.path}: ${outcome.error}`;
  }
}

export async function runImport(args: ParsedArgs, io: CliIo): Promise<number> {
  allowOnly(args, []);
  if (args.positional.length === 0) throw new UsageError('import needs at least one file or folder');
  const library = openLibrary(args.home, io);
  const paths = args.positional.map((p) => resolve(io.cwd, p));
  const report = await library.importFiles(paths, ({ done, total, path }) => {
    if (!io.errIsTty || total < 2) return;
    io.err(path ? `\rimporting ${done + 1}/${total}…\x1b[K` : `\r\x1b[K`);
  });
  for (const outcome of report.outcomes) {
    if (outcome.kind === 'imported') io.out(`${outcome.id}\t${printable(outcome.title)}\n`);
    if (outcome.kind === 'imported') for (const warning of outcome.warnings ?? []) io.err(printable(`warning: ${outcome.path}: ${warning}`) + '\n');
    const line = describeOutcome(outcome);
    if (line) io.err(`${printable(line)}\n`);
  }
  reportRecoveries(library, io);
  io.err(`imported ${report.imported}, duplicates ${report.duplicates}, skipped ${report.skipped}, failed ${report.failed}\n`);
  return report.failed > 0 ? 1 : 0;
}
