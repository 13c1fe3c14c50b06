// Shared helpers for the card tests: loading texts and the invariants every card must keep.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Card } from '../../../src/core/cards/index.js';
import { parseFile, parseText } from '../../../src/core/parse/index.js';
import { leadInLength } from '../../../src/core/summary/sentence-form.js';
import type { ParsedArticle } from '../../../src/shared/types.js';
import { REPO, SAMPLE_FILE } from '../../helpers/temp-home.js';

export const FIXTURES = join(REPO, 'test', 'fixtures', 'cards');

export function loadSample(): ParsedArticle {
  return parseFile(readFileSync(SAMPLE_FILE), 'sample.txt').article;
}

export function loadFixture(name: string): ParsedArticle {
  return parseFile(readFileSync(join(FIXTURES, name)), name).article;
}

export function articleFrom(text: string): ParsedArticle {
  return parseText(text, { format: 'text', encoding: 'utf-8' });
}

const STOPWORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'he', 'she', 'it', 'they', 'we', 'his', 'her', 'their', 'this', 'that', 'is', 'was']);

/** The rules every card of every article keeps. */
export function expectWellFormed(article: ParsedArticle, cards: readonly Card[]): void {
  const ids = new Set<string>();
  for (const card of cards) {
    const block = article.blocks[card.source.paragraph];
    expect(block, card.front).toBeDefined();
    // Exact source sentence, from a paragraph, never a heading or removed boilerplate.
    expect(card.source.text).toBe(block!.text.slice(card.source.start, card.source.end));
    expect(block!.type).toBe('paragraph');
    for (const removed of article.removed) expect(removed.text.includes(card.source.text), `from removed ${removed.rule}`).toBe(false);
    // The answer: never a stopword or pronoun, never on the front, recoverable from the source.
    expect(STOPWORDS.has(card.back.toLowerCase()), card.back).toBe(false);
    expect(card.front.toLowerCase().includes(card.back.toLowerCase()), `${card.front} gives away ${card.back}`).toBe(false);
    if (card.kind !== 'qa' && card.kind !== 'choice') expect(card.source.text.includes(card.back) || card.kind === 'quote', card.back).toBe(true);
    ids.add(card.id);
    expect(card.id).toMatch(/^[0-9a-f]{16}$/);
    if (card.kind === 'cloze') {
      expect(card.front).toContain('[...]');
      // The source sentence with the answer marked, after at most the sentence before it as
      // context; a he/she subject may have its person's name after it ("She (Dana Okafor) was …"),
      // and a "The <noun>" subject its name ("The featurette (Moonlight Ferry) was …").
      // A dateline before the sentence is left off ("HARWICK, 12 March 2024 — ").
      const cloze = card.cloze!.replace(/\b([Hh]e|[Ss]he|The \p{Ll}+) \([^()]+\)/gu, '$1');
      const whole = card.source.text.replace(card.back, `{{c1::${card.back}}}`);
      const marked = cloze.endsWith(whole) ? whole : whole.slice(leadInLength(card.source.text));
      expect(cloze.endsWith(marked), card.cloze).toBe(true);
      const lead = cloze.slice(0, cloze.length - marked.length);
      if (lead) expect(block!.text.slice(0, card.source.start).trimEnd().endsWith(lead.trimEnd()), lead).toBe(true);
      expect(card.cloze!.replace(`{{c1::${card.back}}}`, '[...]')).toBe(card.front);
    } else expect(card.cloze).toBeUndefined();
    if (card.kind === 'choice') {
      expect(card.choices).toHaveLength(4);
      expect(card.choices!.filter((c) => c === card.back)).toHaveLength(1);
      expect(new Set(card.choices!.map((c) => c.toLowerCase())).size).toBe(4);
    } else expect(card.choices).toBeUndefined();
    if (card.kind === 'cloze' || card.kind === 'choice') {
      expect(card.front).not.toMatch(/^[“"]?(?:He|She|It|They|We)\b(?! \()/);
      const words = card.source.text.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(8);
      expect(words).toBeLessThanOrEqual(50);
    }
  }
  expect(ids.size, 'ids are unique').toBe(cards.length);
  // No two cards test the same fact: one answer per source sentence.
  const facts = cards.map((c) => `${c.source.paragraph}:${c.source.start}:${c.back.toLowerCase()}`);
  expect(new Set(facts).size).toBe(facts.length);
}

/** The card that tests a fact, found by its front, back and source. */
export function cardFor(cards: readonly Card[], fact: { front?: RegExp; back: RegExp; source?: RegExp }): Card | undefined {
  return cards.find((c) => fact.back.test(c.back) && (!fact.front || fact.front.test(c.front)) && (!fact.source || fact.source.test(c.source.text)));
}
