// The people a text is about: its most named people. Some card kinds ask only about them — who a
// walk-on is, or which of several outside voices said a line, is not what a reader keeps.
import { containsWord, type CardContext } from './context.js';

/** At most this many of the text's most named people, each named at least `least` times (3 by default). */
const MAIN_ACTORS = 3;
const MAIN_MIN_COUNT = 3;

/** Asked once per sentence by some card builders: worked out once per text and count. */
const known = new WeakMap<CardContext, Map<number, ReadonlySet<string>>>();

export function mainPeople(ctx: CardContext, least = MAIN_MIN_COUNT): ReadonlySet<string> {
  let byCount = known.get(ctx);
  if (!byCount) known.set(ctx, (byCount = new Map()));
  let main = byCount.get(least);
  if (!main) byCount.set(least, (main = findMainPeople(ctx, least)));
  return main;
}

function findMainPeople(ctx: CardContext, least: number): ReadonlySet<string> {
  const people = [...ctx.analysis.entities.values()].filter((e) => e.type === 'person' && e.count >= least);
  people.sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical));
  return new Set(people.slice(0, MAIN_ACTORS).map((e) => e.canonical));
}

/** Sentences of a first paragraph beyond which it is the whole story, not its lead. */
const LEAD_SENTENCES = 5;

/**
 * The title and the first paragraph: where a story says what and whom it is about. A text of one
 * long paragraph (a short item kept whole) has no lead paragraph: its first sentences stand for it.
 */
export function leadText(ctx: CardContext): string {
  const at = ctx.blocks.findIndex((b) => b.type === 'paragraph');
  if (at < 0) return `${ctx.title}\n`;
  const sentences = ctx.analysis.sentences.filter((s) => s.block === at);
  const lead = sentences.length > LEAD_SENTENCES ? sentences.slice(0, 2).map((s) => s.text).join(' ') : ctx.blocks[at]!.text;
  return `${ctx.title}\n${lead}`;
}

/** Named in the title or the first paragraph: the story opens on them, however seldom named after. */
export function inLead(ctx: CardContext, person: string): boolean {
  const lead = leadText(ctx);
  const entity = ctx.analysis.entities.get(person);
  const forms = [person, ...(entity?.aliases ?? [])];
  return forms.some((form) => form.length > 2 && containsWord(lead, form));
}
