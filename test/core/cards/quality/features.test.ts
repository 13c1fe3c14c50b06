// The quality model's inputs: read from a card and its article alone, the same every time, and
// carried through a card's features (so a journalled decision holds what the model needs).
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../../src/core/cards/index.js';
import { encodeInputs, FEATURE_NAMES, inputsAsFeatures, inputsFromFeatures, qualityInputs } from '../../../../src/core/cards/quality/index.js';
import type { ParsedArticle } from '../../../../src/shared/types.js';
import { loadSample } from '../helpers.js';

// Built by hand: these specs are about the features, not the parser's cleanup.
const article: ParsedArticle = {
  title: 'How the colloblast catches prey',
  byline: null,
  published: null,
  language: 'en',
  format: 'text',
  encoding: 'utf-8',
  removed: [],
  blocks: [
    { type: 'heading', text: 'Sticky cells' },
    { type: 'paragraph', text: 'A colloblast is a sticky cell that comb jellies use to catch prey, the biologist Ana Ruiz said in 2019.' },
    { type: 'paragraph', text: 'Its surface is covered in 1,200 tiny granules that burst on contact.' },
    { type: 'paragraph', text: 'Photo: a comb jelly' },
  ],
};

function card(over: Partial<{ kind: string; front: string; back: string; paragraph: number; text: string }>) {
  const text = over.text ?? article.blocks[1]!.text;
  return {
    kind: over.kind ?? 'cloze',
    front: over.front ?? text.replace('Ana Ruiz', '[...]'),
    back: over.back ?? 'Ana Ruiz',
    source: { paragraph: over.paragraph ?? 1, text },
    features: { answerType: 'person', sentenceScore: 1.234567 },
  };
}

describe('qualityInputs', () => {
  it('are deterministic: the same card and article give the same inputs and vector, also after a JSON round trip', () => {
    const c = card({});
    const first = qualityInputs(c, article);
    expect(qualityInputs(JSON.parse(JSON.stringify(c)), JSON.parse(JSON.stringify(article)))).toEqual(first);
    expect(encodeInputs(first)).toEqual(encodeInputs(qualityInputs(c, article)));
    expect(encodeInputs(first)).toHaveLength(FEATURE_NAMES.length);
  });

  it('read what a judge looks at: kind, answer type, speech, the answer in the title, the sentence score', () => {
    const x = qualityInputs(card({}), article);
    expect(x).toMatchObject({ kind: 'cloze', answerType: 'person', answerWords: 2, saysVerb: true, isNumber: false, answerInTitle: false, pronounStart: false, sentenceScore: 1.235, answerFreq: 1 });
    expect(qualityInputs(card({ back: 'colloblast', front: 'A [...] is a sticky cell …' }), article).answerInTitle).toBe(true);
    expect(qualityInputs(card({}), article).position).toBeCloseTo(1 / 3, 3);
  });

  it('mark a sentence that opens on a pronoun, a number answer, and a caption-like source', () => {
    const pronoun = article.blocks[2]!.text;
    expect(qualityInputs(card({ paragraph: 2, text: pronoun, back: '1,200', front: pronoun.replace('1,200', '[...]') }), article)).toMatchObject({ pronounStart: true, isNumber: true });
    const caption = article.blocks[3]!.text;
    expect(qualityInputs(card({ paragraph: 3, text: caption, back: 'comb jelly', front: 'Photo: a [...]' }), article)).toMatchObject({ captionLike: true, fragment: true });
  });
});

describe('inputs in a card’s features', () => {
  it('come back unchanged from the features (as a triage decision journals them)', () => {
    const x = qualityInputs(card({}), article);
    expect(inputsFromFeatures({ score: 1, ...inputsAsFeatures(x) })).toEqual(x);
  });

  it('are absent from a card made before the model (nothing to learn from it)', () => {
    expect(inputsFromFeatures({ score: 1, sentenceScore: 1, answerType: 'person' })).toBeNull();
    expect(inputsFromFeatures(undefined)).toBeNull();
  });

  it('are added to every generated card, with its probability', () => {
    const { cards } = generateCards(loadSample());
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(inputsFromFeatures(c.features as unknown as Record<string, unknown>)).not.toBeNull();
      expect((c.features as unknown as Record<string, number>)['quality']).toBeGreaterThan(0);
    }
  });
});
