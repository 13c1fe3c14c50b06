// Whether a text is about concepts (a process, a theory, a doctrine) rather than actors: it names
// fewer people, places and bodies than it has sentences. The strict card rules are built around
// names, numbers and cue words; such a text gets a relaxed second pass (index.ts, answers.ts) and
// is read as fact-dense (density.ts).
import type { CardContext } from './context.js';

/** Sentences that may carry a card: fewer and it is a snippet, not a passage. */
const MIN_ELIGIBLE = 6;
const NAMES_PER_SENTENCE = 1;

/** At most this share of sentences quote someone: a text that quotes people is a story about them. */
const QUOTED_SHARE = 0.1;

/**
 * Names fewer than the sentences fit for a card; or, in a text that quotes almost no one, fewer
 * than all its paragraph sentences: an encyclopedia passage's long sentences (past the card
 * length) are as much about its concepts as the short ones, and counting only the short ones made
 * a passage with many long ones look name-heavy. A story's quotes and scene-setting lines would
 * dilute its names the same way, hence the quote test.
 */
export function isConceptText(ctx: CardContext): boolean {
  const sentences = ctx.analysis.sentences;
  const eligible = sentences.filter(ctx.eligible).length;
  if (eligible < MIN_ELIGIBLE) return false;
  if (ctx.totalNames < NAMES_PER_SENTENCE * eligible) return true;
  const prose = sentences.filter((s) => ctx.blocks[s.block]?.type === 'paragraph');
  const quoted = prose.filter((s) => /[“”"]/.test(s.text)).length;
  return quoted <= QUOTED_SHARE * prose.length && realNames(ctx) < NAMES_PER_SENTENCE * prose.length;
}

/**
 * Names, without the untyped ones that only open a sentence ("Engineers studied …", "Loose sand
 * is …"): the tagger takes a common word capitalised by the sentence start for a name, and a
 * passage about concepts opens most sentences on one.
 */
function realNames(ctx: CardContext): number {
  return ctx.analysis.mentions.filter((m) => m.type !== 'date' && m.type !== 'number' && !(m.type === 'name' && m.tokenStart === 0 && !ctx.midSentence.has(m.canonical))).length;
}
