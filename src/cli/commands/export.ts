// `lectern export ID…|--all --format md|anki|apkg|csv|json|html [--cards kept|all] --out PATH`.
// With one article and a single-file format PATH is the file; Markdown and HTML of several
// articles go into the folder PATH, one file per article plus an index. stdout: the path of each
// file written; stderr ends with one line counting articles and cards, after a hint when
// untriaged cards were left out (a library nobody triaged would otherwise export no cards
// without saying why).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CARD_POLICIES, EXPORT_FORMATS, type CardPolicy, type ExportFormat } from '../../core/export/index.js';
import { quietWork } from '../../host/services/tasks.js';
import { writeFileDurably } from '../../host/store/durable-file.js';
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { asExistingFile, openHostFor, reportRecoveries } from '../context.js';
import type { CliIo } from '../io.js';

function parseFormat(raw: string | undefined): ExportFormat {
  if (raw === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(raw)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${raw}"`);
  return raw as ExportFormat;
}

function parseCards(raw: string | undefined): CardPolicy {
  if (raw === undefined) return 'kept';
  if (!(CARD_POLICIES as readonly string[]).includes(raw)) throw new UsageError(`--cards must be one of ${CARD_POLICIES.join(', ')}, not "${raw}"`);
  return raw as CardPolicy;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export async function runExport(args: ParsedArgs, io: CliIo): Promise<number> {
  allowOnly(args, ['all', 'format', 'out', 'cards']);
  const format = parseFormat(args.options.get('format'));
  const cards = parseCards(args.options.get('cards'));
  const out = args.options.get('out');
  if (!out) throw new UsageError('export needs --out PATH');
  const all = args.flags.has('all');
  if (all === args.positional.length > 0) throw new UsageError('export needs article IDs or --all (not both)');
  for (const id of args.positional) {
    if (asExistingFile(id, io)) throw new UsageError(`${id} is a file: export takes IDs of articles in the library (import the file first)`);
  }
  const { library, exporter: service } = openHostFor(args.home, io);
  const output = await service.render(all ? 'all' : args.positional, format, quietWork((done, total) => {
    if (!io.errIsTty || total < 2) return;
    io.err(done < total ? `\rexporting ${done + 1}/${total}…\x1b[K` : '\r\x1b[K');
  }), cards);
  const target = resolve(io.cwd, out);
  const written: string[] = [];
  if (output.folder) {
    if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError(`--out ${out} is a file; several ${format} files need a folder`);
    mkdirSync(target, { recursive: true });
    for (const file of output.files) written.push(write(join(target, file.name), file.data));
  } else {
    const [file] = output.files;
    const path = existsSync(target) && statSync(target).isDirectory() ? join(target, file!.name) : target;
    written.push(write(path, file!.data));
  }
  for (const path of written) io.out(`${path}\n`);
  reportRecoveries(library, io);
  const count = all ? library.list().length : new Set(args.positional).size;
  if (output.untriagedLeftOut > 0) {
    io.err(`${plural(output.untriagedLeftOut, 'untriaged card')} left out; add --cards all to include them\n`);
  }
  io.err(`exported ${plural(count, 'article')} as ${format} (${plural(written.length, 'file')}) with ${plural(output.cards, 'card')}\n`);
  return 0;
}

function write(path: string, data: Uint8Array): string {
  writeFileDurably(path, data);
  return path;
}
