// `lectern summary ID|FILE [--json] [--points N]`: the summary note of one article. For a
// library article it is the reader's edited summary when there is one.
import { summarizeArticle } from '../../core/summary/index.js';
import type { Summary } from '../../shared/notes.js';
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { openHostFor, readTarget } from '../context.js';
import { printJson, type CliIo } from '../io.js';

function parsePoints(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d?$/.test(raw)) throw new UsageError(`--points must be a whole number from 1 to 99, not "${raw}"`);
  return Number(raw);
}

function asText(title: string, s: Summary): string {
  const section = (heading: string, lines: string[]) => (lines.length ? `${heading}\n${lines.map((l) => `  ${l}`).join('\n')}\n` : '');
  return [
    `${title}\n`,
    section('Key points', s.keyPoints.map((p) => `• ${p.text}`)),
    section('People', s.people.map((p) => (p.role ? `${p.name} — ${p.role}` : p.name))),
    section('Organisations', s.organizations.map((o) => (o.role ? `${o.name} — ${o.role}` : o.name))),
    section('Places', s.places.map((p) => p.name)),
    section('Timeline', s.timeline.map((t) => `${t.date} — ${t.event}`)),
    section('Numbers', s.numbers.map((n) => `${n.value} — ${n.what}`)),
  ]
    .filter(Boolean)
    .join('\n');
}

export async function runSummary(args: ParsedArgs, io: CliIo): Promise<number> {
  allowOnly(args, ['json', 'points']);
  const [target, ...rest] = args.positional;
  if (!target || rest.length > 0) throw new UsageError('summary needs exactly one article ID or file');
  const points = parsePoints(args.options.get('points'));
  const { id, article } = await readTarget(target, args, io);
  const generated = summarizeArticle(article, points === undefined ? {} : { points });
  // A library article keeps the reader's edited summary over regenerations; --points asks for a fresh one.
  const summary = id && points === undefined ? openHostFor(args.home, io).notes.summary(id).summary : generated;
  if (args.flags.has('json')) printJson(io, summary);
  else io.out(asText(article.title, summary));
  return 0;
}
