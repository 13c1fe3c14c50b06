// Whether a text is about concepts (a process, a theory, a doctrine) rather than actors: it names
// fewer people, places and bodies than it has sentences. The strict card rules are built around
// names, numbers and cue words; such a text gets a relaxed second pass (index.ts, answers.ts) and
// is read as fact-dense (density.ts).
import type { CardContext } from './context.js';

/** Sentences that may carry a card: fewer and it is a snippet, not a passage. */
const MIN_ELIGIBLE = 6;
const NAMES_PER_SENTENCE = 1;

export function isConceptText(ctx: CardContext): boolean {
  const eligible = ctx.analysis.sentences.filter(ctx.eligible).length;
  return eligible >= MIN_ELIGIBLE && ctx.totalNames < NAMES_PER_SENTENCE * eligible;
}
