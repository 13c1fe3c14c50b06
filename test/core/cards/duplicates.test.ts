// One fact under two wordings makes one card: a figure rounded twice, a term and its longer name (duplicates.ts).
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { sameAnswer } from '../../../src/core/cards/duplicates.js';
import type { Draft } from '../../../src/core/cards/context.js';
import { selectCards, type Ranked } from '../../../src/core/cards/select.js';
import { articleFrom } from './helpers.js';

describe('answers that are one fact', () => {
  it('tells one fact in two wordings from two facts', () => {
    expect(sameAnswer('$31.2 million', '$31 million')).toBe(true);
    expect(sameAnswer('black holes', 'supermassive black holes')).toBe(true);
    expect(sameAnswer('$31.2 million', '$35 million')).toBe(false);
    expect(sameAnswer('$31 million', '31 million')).toBe(false);
    expect(sameAnswer('1756', '1763')).toBe(false);
    expect(sameAnswer('holes', 'black holes')).toBe(false);
  });

  it('takes a name given with and without a middle word for one name', () => {
    expect(sameAnswer('Hale School District', 'Hale County School District')).toBe(true);
    expect(sameAnswer('Norland Council', 'Norland City Council')).toBe(true);
    // "Upper Norland" is another place, as "New England" is not England.
    expect(sameAnswer('Bank of Norland', 'Bank of Upper Norland')).toBe(false);
    expect(sameAnswer('Hale School District', 'Hale County Water District')).toBe(false);
    expect(sameAnswer('North Sea', 'North Atlantic Sea route')).toBe(false);
  });

  it('keeps two names apart when the longer adds "New", a direction or "and": another body, not a longer name', () => {
    expect(sameAnswer('Bank of Norland', 'Bank of New Norland')).toBe(false);
    expect(sameAnswer('University of Varne', 'University of Southern Varne')).toBe(false);
    expect(sameAnswer('North Kelda', 'North and South Kelda')).toBe(false);
  });

  it('keeps one card on a figure the text gives twice, rounded differently', () => {
    const text =
      'Port budget\n\nThe harbour authority of Rotterdam spent $31.2 million on new cranes last year, according to its annual report published on Monday.\n\n' +
      'Dock workers at the Port of Antwerp said the cranes cost about $31 million and were delivered late by the Finnish maker Konecranes.\n\n' +
      'The authority said the Port of Antwerp had bought the same cranes in 2019 for its container terminal.\n';
    const backs = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards.map((c) => c.back);
    expect(backs.filter((b) => /^\$31/.test(b))).toHaveLength(1);
  });
});

describe('one link asked from both ends', () => {
  const sentence = (index: number, text: string): Draft['sentence'] => ({ index, block: index, start: 0, end: text.length, text, tokens: [] });
  const ranked = (kind: Draft['kind'], index: number, text: string, front: string, back: string, score: number): Ranked => ({
    draft: { kind, front, back, sentence: sentence(index, text), answerType: 'term', fact: `${kind}:${back.toLowerCase()}`, answerCount: 1, weight: 1 },
    score,
  });
  const DEFINITION = 'Kelp farming is a practice that grows seaweed on long ropes in the shallow coastal water of the north to feed cattle and to clean the sea around the farms.';
  const definition = ranked('qa', 0, DEFINITION, 'What is kelp farming?', 'a practice that grows seaweed on long ropes in the shallow coastal water of the north to feed cattle and to clean the sea around the farms', 1.2);
  const reverse = ranked('cloze', 0, DEFINITION, DEFINITION.replace('Kelp farming', '[...]'), 'Kelp farming', 1.1);
  const other = ranked('cloze', 1, 'The town of Varne opened its first kelp farm in 2019.', 'The town of Varne opened its first kelp farm in [...].', '2019', 1.0);

  it('keeps the question and drops the blank on its term: each shows the other’s answer', () => {
    const backs = selectCards([definition, reverse, other], 10).map((r) => r.draft.back);
    expect(backs).toContain(definition.draft.back);
    expect(backs).not.toContain('Kelp farming');
    expect(backs).toContain('2019');
  });

  it('leaves two blanks that merely show each other to the other rules', () => {
    const a = ranked('cloze', 0, 'Varne sold its kelp to Osterby.', '[...] sold its kelp to Osterby.', 'Varne', 1.2);
    const b = ranked('cloze', 1, 'Osterby feeds the kelp from Varne to its cattle.', 'Osterby feeds the kelp from [...] to its cattle.', 'Osterby', 1.1);
    expect(selectCards([a, b], 10)).toHaveLength(2);
  });
});

describe('one role asked twice', () => {
  const sentence = (index: number, text: string): Draft['sentence'] => ({ index, block: index, start: 0, end: text.length, text, tokens: [] });
  const draft = (kind: Draft['kind'], index: number, text: string, front: string, back: string, fact: string): Draft => ({
    kind, front, back, sentence: sentence(index, text), answerType: 'person', fact, answerCount: 1, weight: 1,
  });
  const ROLE = 'Mara Olin, the director of games at the firm, leads the new studio.';
  const QUOTE = '"The studio is built for the cloud," Mara Olin, director of games at Kestrel, said.';
  const identity = draft('identity', 0, ROLE, 'Who is the director of games at the firm?', 'Mara Olin', 'identity:mara olin');
  const gap = draft('cloze', 1, QUOTE, QUOTE.replace('Mara Olin', '[...]'), 'Mara Olin', 'mara olin');
  const other = draft('cloze', 1, QUOTE, '"The studio is built for the cloud," Mara Olin, director of games at [...], said.', 'Kestrel', 'kestrel');

  it('keeps the identity card and drops a blank on the same person beside the same role', () => {
    const backs = selectCards([{ draft: identity, score: 1.2 }, { draft: gap, score: 1.1 }, { draft: other, score: 1.0 }], 10).map((r) => `${r.draft.kind}:${r.draft.back}`);
    expect(backs).toEqual(['identity:Mara Olin', 'cloze:Kestrel']);
  });

  it('keeps a blank on the same person where the front names another role', () => {
    const elsewhere = draft('cloze', 2, 'Mara Olin founded the studio in 2015.', '[...] founded the studio in 2015.', 'Mara Olin', 'mara olin');
    expect(selectCards([{ draft: identity, score: 1.2 }, { draft: elsewhere, score: 1.1 }], 10)).toHaveLength(2);
  });
});
