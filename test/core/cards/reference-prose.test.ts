// A reference entry (titled by its subject, reporting no one) states a fact in nearly every
// sentence, and readers are asked about its noun phrases: what a clause is about, what acts, what
// something is called. The generator proposes those phrases there, whole, and never a pronoun, a
// lone everyday noun, a comparative, half a name or a phrase cut before its possessive.
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../src/core/cards/answers.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { generateCards } from '../../../src/core/cards/index.js';
import { isReferenceProse, subjectSpansOf } from '../../../src/core/cards/reference-prose.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { articleFrom, expectWellFormed } from './helpers.js';

// Invented for the spec.
const BODY =
  'The Carran estuary is a tidal inlet on the western coast of Vell, where the Carran river meets the Sundry Sea. ' +
  'The tidal mixing layer controls how much salt water reaches the upper estuary. ' +
  'The three inner sand barriers that shelter the harbour formed in the last ice age. ' +
  'In 1931, the salt wedge model was proposed to explain the sharp boundary between fresh and salt water. ' +
  'The sand of the outer estuary is carried by longshore currents, which move it north along the coast. ' +
  'The shallow northern part of the estuary is known as the Brill flats.\n\n' +
  'Over time, the main channel shifted east, and many of the old harbours silted up. ' +
  'The estuary supports large colonies of wading birds, which feed on the worms of the mud flats. ' +
  'The agreement stipulated that no new harbour would be dredged. ' +
  'It also protected the salt marshes of the southern shore. ' +
  "The estuary's fishing fleet declined after 1960, when two survey crews measured the falling stocks of herring. " +
  'The port authority gave the marshes a larger protected role in its plan. ' +
  'The inner channel begins near Varrel aan de Moor, a village on the southern shore. ' +
  'The charter of Ostmark therefore served as a model for the river towns of the coast. ' +
  'Lund argued that the new weirs would restore the breeding grounds of the salmon. ' +
  "Carran's fishing harbours were rebuilt in granite after the flood. " +
  'The dredging of the channel was opposed by the Carranese fishing guilds for decades. ' +
  "The silt settles in the basin of the former harbour's inner dock.\n";
const ENTRY = `Carran estuary\n\n${BODY}`;

function contextOf(text: string) {
  const article = articleFrom(text);
  const analysis = analyzeBlocks(article.blocks);
  return { article, analysis, ctx: buildContext(analysis, article.blocks, article.title) };
}

function referenceAnswers(text: string): string[] {
  const { analysis, ctx } = contextOf(text);
  const reference = { ...ctx, reference: true };
  return analysis.sentences.flatMap((s) => answersOf(reference, s).map((a) => a.text));
}

describe('reference prose', () => {
  it('is an entry titled by its subject that reports no one; not the same sentences under a headline, nor a story that quotes', () => {
    expect(isReferenceProse(contextOf(ENTRY).ctx)).toBe(true);
    expect(isReferenceProse(contextOf(`Fishing fleet of the Carran estuary declines after survey crews find falling stocks\n\n${BODY}`).ctx)).toBe(false);
    const reported = BODY.replace(/\. /g, ', the harbour master said. ');
    expect(isReferenceProse(contextOf(`Carran estuary\n\n${reported}`).ctx)).toBe(false);
  });

  it('finds the subject a clause asserts something of: after an opening phrase, after "when", before a verb the tagger took for a plural', () => {
    const answers = referenceAnswers(ENTRY);
    expect(answers).toContain('tidal mixing layer');
    expect(answers).toContain('salt wedge model');
    expect(answers).toContain('two survey crews');
    // A name after "of" in a common noun's phrase; what a scholar argued is the entry's fact too.
    expect(answers).toContain('charter of Ostmark');
    expect(answers).toContain('breeding grounds of the salmon');
    // A plural with its relative clause is the whole subject: "The [three inner sand barriers] that shelter …".
    expect(answers).toContain('three inner sand barriers');
    expect(answers).toContain('longshore currents');
    const { analysis } = contextOf(ENTRY);
    const passive = analysis.sentences.find((s) => s.text.startsWith('The sand'))!;
    expect(subjectSpansOf(passive).map((x) => x.passive)).toEqual([true]);
  });

  it('never proposes a lone everyday subject, a comparative, half a name, a phrase cut before its possessive, or one that opens on a pointing word', () => {
    const answers = referenceAnswers(ENTRY);
    expect(answers).not.toContain('agreement');
    expect(answers.some((a) => /larger/.test(a))).toBe(false);
    expect(answers.some((a) => /Varrel/.test(a))).toBe(false);
    expect(answers.some((a) => /former harbour/.test(a))).toBe(false);
    expect(answers.some((a) => /^main channel/.test(a))).toBe(false);
    // The subject's own adjective: "[Carranese fishing guilds]" in the entry on the Carran estuary is a guess from the title.
    expect(answers.some((a) => /Carran(?:ese|'s)/.test(a)), answers.join(' / ')).toBe(false);
    expect(answers).toContain('port authority');
  });

  it('cards the entry as a fact-dense text: a card on the clause subject, the agent of a passive before its subject, a pronoun-led sentence only with the sentence before, at most one card per 30 words', () => {
    const { article } = contextOf(ENTRY);
    const cards = generateCards(article, { quality: null }).cards;
    expectWellFormed(article, cards);
    const backs = cards.map((c) => c.back);
    expect(backs, backs.join(' | ')).toContain('tidal mixing layer');
    expect(backs).toContain('longshore currents');
    expect(backs).not.toContain('sand of the outer estuary');
    // A sentence that opens on a pronoun is asked with the sentence before it, which names what it points to.
    for (const c of cards.filter((x) => x.source.text.startsWith('It also'))) expect(c.front.startsWith('The agreement stipulated')).toBe(true);
    const words = BODY.split(/\s+/).filter(Boolean).length;
    expect(cards.length).toBeLessThanOrEqual(Math.round(words / 30));
  });

  it('leaves a story that reports the same sentences as it was: no clause subjects there', () => {
    const story = `Carran estuary\n\n${BODY.replace(/\. /g, ', the harbour master said. ')}`;
    const cards = generateCards(articleFrom(story), { quality: null }).cards;
    expect(cards.map((c) => c.back)).not.toContain('tidal mixing layer');
  });
});
