// Quality rules of the generator on small texts written for each rule, and on our own texts of
// other kinds (science explainer, encyclopedia entry, wire story).
import { describe, expect, it } from 'vitest';
import { generateCards, UNSUPPORTED_LANGUAGE } from '../../../src/core/cards/index.js';
import { articleFrom, cardFor, expectWellFormed, loadFixture } from './helpers.js';

describe('speaker resolution', () => {
  it('resolves "he said" to the person named just before', () => {
    const article = articleFrom(
      'Budget talks\n\nFinance Minister Karl Weber presented the budget to parliament on Tuesday after months of negotiation.\n\n“We have cut the deficit in half without raising a single tax on working families,” he said.\n',
    );
    const quote = generateCards(article, { wordsPerCard: 5 }).cards.find((c) => c.kind === 'quote');
    expect(quote?.back).toBe('Karl Weber');
    expect(quote?.front).toMatch(/^Who said: “We have cut the deficit/);
  });

  it('makes no quote card when nobody is named around "he said"', () => {
    const article = articleFrom(
      'Budget talks\n\nThe budget was presented to parliament on Tuesday after months of long negotiation.\n\n“We have cut the deficit in half without raising a single tax on working families,” he said.\n',
    );
    expect(generateCards(article, { wordsPerCard: 5 }).cards.filter((c) => c.kind === 'quote')).toEqual([]);
  });

  it('resolves a role ("said the chair") to the person the article gave that role', () => {
    const article = loadFixture('wire-story.txt');
    const cards = generateCards(article, { wordsPerCard: 20 }).cards;
    expectWellFormed(article, cards);
    expect(cardFor(cards, { front: /Nobody asked the families/, back: /^Daniel Ortiz$/ })).toBeDefined();
  });
});

describe('cloze rules', () => {
  it('does not blank a term whose answer stays visible elsewhere in the sentence', () => {
    const article = articleFrom('Notes\n\nThe Panama Canal Authority said the Panama Canal Authority would raise fees in 2024 for the largest ships crossing the canal.\n');
    for (const card of generateCards(article, { wordsPerCard: 5 }).cards) expect(card.front).not.toContain(card.back);
  });

  it('makes no card from a sentence whose only subject is an unresolved pronoun', () => {
    const article = articleFrom('Notes\n\nShe moved to Vienna in 1907 and opened a small laboratory near the university.\n');
    expect(generateCards(article, { wordsPerCard: 5 }).cards.filter((c) => c.kind === 'cloze' || c.kind === 'choice')).toEqual([]);
  });

  it('never takes a card from a heading or a removed teaser', () => {
    const article = loadFixture('wire-story.txt');
    expect(article.removed.some((r) => r.rule === 'teaser')).toBe(true);
    const cards = generateCards(article, { wordsPerCard: 5 }).cards;
    for (const card of cards) {
      expect(article.blocks[card.source.paragraph]!.type).toBe('paragraph');
      expect(card.source.text).not.toMatch(/Read more/);
    }
  });
});

describe('choice distractors', () => {
  it('offers nearby values of the same unit for a figure', () => {
    const cards = generateCards(loadFixture('wire-story.txt'), { wordsPerCard: 20 }).cards;
    const money = cards.find((c) => c.kind === 'choice' && c.back === '$2.4 billion');
    expect(money).toBeDefined();
    for (const choice of money!.choices!) expect(choice).toMatch(/^\$[\d.]+ billion$/);
  });
});

describe('our own texts of other kinds', () => {
  it('science explainer: dates of discoveries, who explained it', () => {
    const article = loadFixture('science-explainer.md');
    const cards = generateCards(article, { wordsPerCard: 30 }).cards;
    expectWellFormed(article, cards);
    expect(cardFor(cards, { back: /^1871$/, source: /Lord Rayleigh/ })).toBeDefined();
    expect(cardFor(cards, { back: /^Maria Okafor$/ })).toBeDefined();
  });

  it('encyclopedia entry: identity from an apposition, the subject blanked whole', () => {
    const article = loadFixture('encyclopedia-entry.md');
    const cards = generateCards(article, { wordsPerCard: 30 }).cards;
    expectWellFormed(article, cards);
    expect(cardFor(cards, { front: /Lucasian Professor of Mathematics/, back: /^Charles Babbage$/ })).toBeDefined();
    expect(cardFor(cards, { back: /^10 December 1815$/ })).toBeDefined();
    expect(cards.some((c) => c.back === 'Lovelace' || c.back === 'Ada')).toBe(false);
  });

  it('wire story: the chair of the authority, the price of the plan', () => {
    const article = loadFixture('wire-story.txt');
    const cards = generateCards(article, { wordsPerCard: 20 }).cards;
    expectWellFormed(article, cards);
    expect(cardFor(cards, { front: /chair of the Harbor Port Authority/, back: /^Elena Marsh$/ })).toBeDefined();
  });

  it('says that card generation supports English for now on a French article', () => {
    const set = generateCards(loadFixture('french-article.txt'));
    expect(set).toEqual({ supported: false, reason: UNSUPPORTED_LANGUAGE, cards: [] });
    expect(set.reason).toMatch(/supports English for now/);
  });
});
