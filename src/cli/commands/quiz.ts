// `lectern quiz ID|FILE [--json] [--max N]`: study cards for one article, best first.
// A FILE is parsed without touching the library.
import { generateCards, type Card } from '../../core/cards/index.js';
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { readTarget } from '../context.js';
import { printJson, type CliIo } from '../io.js';

function parseMax(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`--max must be a positive integer, not "${raw}"`);
  return Number(raw);
}

/** The card as the contract's Card JSON (features kept as an added field). */
function cardJson(card: Card): Card {
  const { id, kind, front, back, choices, cloze, source, features } = card;
  return { id, kind, front, back, ...(choices ? { choices } : {}), ...(cloze ? { cloze } : {}), source, features };
}

function cardText(card: Card, n: number): string {
  const lines = [`${n}. [${card.kind}] ${card.front}`];
  card.choices?.forEach((choice, i) => lines.push(`   ${String.fromCharCode(97 + i)}) ${choice}`));
  lines.push(`   → ${card.back}`);
  return lines.join('\n');
}

export async function runQuiz(args: ParsedArgs, io: CliIo): Promise<number> {
  allowOnly(args, ['json', 'max']);
  const [target, ...rest] = args.positional;
  if (!target || rest.length > 0) throw new UsageError('quiz needs exactly one article ID or file');
  const max = parseMax(args.options.get('max'));
  const { id, article } = await readTarget(target, args, io);
  const set = generateCards(article, max === undefined ? {} : { max });
  if (!set.supported) io.err(`lectern: ${set.reason ?? 'card generation is not available for this article'}\n`);
  if (args.flags.has('json')) {
    printJson(io, { article: { id, title: article.title }, cards: set.cards.map(cardJson) });
  } else {
    const body = set.cards.map((card, i) => cardText(card, i + 1)).join('\n\n');
    io.out(`${article.title}\n\n${body}${body ? '\n' : ''}`);
  }
  return 0;
}
