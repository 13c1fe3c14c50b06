// `lectern import-json FILE`: merges a JSON export into the library. stdout: `<id>\t<title>` per
// restored article; stderr: one line per article merged into one already here (what was added,
// merged and kept), skipped or failed, then a summary.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NotFoundError } from '../../core/errors.js';
import { importBackup } from '../../host/services/backup.js';
import { describeCounts as counts } from '../../shared/backup.js';
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { asExistingFile, openLibrary, reportRecoveries } from '../context.js';
import { printable, type CliIo } from '../io.js';

export function runImportJson(args: ParsedArgs, io: CliIo): number {
  allowOnly(args, []);
  const [file, ...rest] = args.positional;
  if (!file || rest.length > 0) throw new UsageError('import-json needs exactly one JSON file');
  const path = asExistingFile(file, io);
  if (!path) throw new NotFoundError(`No such file: ${resolve(io.cwd, file)}.`);
  const text = readFileSync(path, 'utf8');
  const library = openLibrary(args.home, io);
  const report = importBackup(library.store, text);
  for (const a of report.restored) io.out(`${a.id}\t${a.title}\n`);
  for (const a of report.merged) io.err(`${printable(`merged: ${a.id} "${a.title}": added ${counts(a.added)}; merged ${counts(a.merged)}; kept ${counts(a.kept)}`)}\n`);
  for (const a of report.skipped) io.err(`${printable(`skipped: ${a.id} "${a.title}": ${a.reason}`)}\n`);
  for (const a of report.failed) io.err(`${printable(`failed: ${a.id} "${a.title}": ${a.error}`)}\n`);
  reportRecoveries(library, io);
  io.err(`restored ${report.restored.length}, merged ${report.merged.length}, skipped ${report.skipped.length}, failed ${report.failed.length}\n`);
  return report.failed.length > 0 ? 1 : 0;
}
