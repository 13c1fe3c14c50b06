// The sentence-form checks the key point ranker relies on, on short invented sentences.
import { describe, expect, it } from 'vitest';
import { QUESTION_END, STATEMENT_END, bracketedAsides, caption, relativeDays, factiveTailStart, furniture, insideQuotes, leadInLength, picturePointers } from '../../../src/core/summary/sentence-form.js';

describe('STATEMENT_END', () => {
  it.each([
    'The council called the vote a test of the plan.',
    'The mayor said every street would be a "model street."',
    'The mayor called every street a ‘model street.’',
    "The mayor called every street a 'model street.'",
  ])('reads %s as a finished statement', (text) => {
    expect(STATEMENT_END.test(text)).toBe(true);
  });

  it('does not take a heading or a cut-off line for a statement', () => {
    expect(STATEMENT_END.test('Harbour streets closed to cars')).toBe(false);
    expect(STATEMENT_END.test('The council called the vote a test of the')).toBe(false);
  });
});

describe('QUESTION_END', () => {
  it('sees a question inside straight single quotes too', () => {
    expect(QUESTION_END.test("The mayor asked, 'Why not our town?'")).toBe(true);
  });
});

describe('insideQuotes', () => {
  const inBlock = (block: number) => (text: string) => ({ text, block });

  it('marks the middle of a quoted passage, not its opening or closing sentence', () => {
    const texts = [
      'The mayor spoke after the vote.',
      "'We were worried about the shops.",
      'Now the streets are full every weekend.',
      "We will keep the ban,' she said.",
      'The ban starts in June.',
    ];
    expect(insideQuotes(texts.map(inBlock(0)))).toEqual([false, false, true, true, false]);
  });

  it('takes a sentence that reopens the quote for a quote of its own, as news sets a quote across paragraphs', () => {
    const texts = ['“We were worried about the shops.', '“Now the streets are full every weekend.', 'We will keep the ban.”'];
    expect(insideQuotes(texts.map(inBlock(0)))).toEqual([false, false, true]);
  });

  it('starts each block outside any quote, so a stray apostrophe does not run on', () => {
    const first = inBlock(0)("The band played rock 'n roll in the square.");
    const next = inBlock(1)('The council approved the plan on Tuesday.');
    expect(insideQuotes([first, next])).toEqual([false, false]);
  });

  it('ignores apostrophes inside words', () => {
    const texts = ["The town's mayor didn't vote.", 'The council approved the plan.'];
    expect(insideQuotes(texts.map(inBlock(0)))).toEqual([false, false]);
  });
});

describe('caption', () => {
  it.each([
    'Calm streets: The harbour district of Lindvik was closed to cars during the trial last year.',
    'The mayor walks along the harbour with her dog Quiet: The streets were closed to cars for a year.',
    'The mayor, pictured left, walked the closed streets with shop owners on the first day of the trial.',
    'Kari Holm (right) opened the harbour district to walkers on a sunny morning last June.',
    'The harbour on the first car-free morning Photo: Lindvik town council.',
  ])('sees a caption run into the text in %s', (text) => {
    expect(caption(text)).toBe(true);
  });

  it.each([
    'The mayor told the council: The ban will stay in place for good.',
    'The mayor told the BBC: The ban will stay in place for good.',
    'The mayor spoke to Radio Lindvik: The ban will stay in place for good.',
    'The report had one conclusion: Britain must act on harbour pollution.',
    'The town council of Lindvik approved the plan on Tuesday by 21 votes to 6.',
  ])('takes a colon that introduces a quote or a conclusion for prose: %s', (text) => {
    expect(caption(text)).toBe(false);
  });
});

describe('leadInLength', () => {
  const rest = (text: string) => text.slice(leadInLength(text));

  it.each([
    ['LINDVIK, Norway (Agency) -- The town council voted to ban cars.', 'The town council voted to ban cars.'],
    ['LINDVIK — The town council voted to ban cars.', 'The town council voted to ban cars.'],
    ['NORTH LINDVIK (Agency) - The town council voted to ban cars.', 'The town council voted to ban cars.'],
    ['(Agency)The town council voted to ban cars.', 'The town council voted to ban cars.'],
    ['Last updated at 10:15 on 3 May 2026 The town council voted to ban cars.', 'The town council voted to ban cars.'],
    ['PUBLISHED: 10:15, 3 May 2026 | UPDATED: 11:20, 3 May 2026 The town council voted to ban cars.', 'The town council voted to ban cars.'],
    // A health site's dateline is the date alone ("Feb. 23, 2015 -- Life-threatening …").
    ['Feb. 23, 2026 -- The town council voted to ban cars.', 'The town council voted to ban cars.'],
    ['April 17, 2026 — The town council voted to ban cars.', 'The town council voted to ban cars.'],
    ['3 May 2026 -- The town council voted to ban cars.', 'The town council voted to ban cars.'],
  ])('leaves the dateline or time stamp off %s', (text, sentence) => {
    expect(rest(text)).toBe(sentence);
  });

  it.each([
    'The town council voted to ban cars.',
    'US-Norway talks on the harbour ended on Tuesday.',
    'The EU - and the town council - voted to ban cars.',
    'Published in 2026, the report was read by every council.',
    'March 2026 - the month the council voted - was wet.',
    'On May 3, 2026 — a Sunday — the town council voted to ban cars.',
  ])('leaves a sentence without one whole: %s', (text) => {
    expect(leadInLength(text)).toBe(0);
  });
});

describe('furniture', () => {
  it.each(['By .', 'Kari Nordmann .', 'Daily Mail Reporter .', 'PUBLISHED: .', '08:44 EST, 21 March 2026 .', '| .', 'UPDATED: .', 'Last updated at 10:15 on 3 May 2026 .'])(
    'reads %s as a byline or time stamp',
    (text) => {
      expect(furniture(text)).toBe(true);
    },
  );

  it.each([
    'In May, Sen. Ruth Calder, R-W.',
    'Harbourlight is supported by its readers.',
    'By Tuesday the town council of Lindvik had approved the plan by 21 votes to 6.',
    'Toy maker Brindle is taking off — in a good way.',
  ])('reads %s as part of the story', (text) => {
    expect(furniture(text)).toBe(false);
  });
});

describe('factiveTailStart', () => {
  it.each([
    ['Lindvik will ban cars from its harbour, a new survey has revealed.', 'Lindvik will ban cars from its harbour'],
    ['Lindvik will ban cars from its harbour, it has emerged.', 'Lindvik will ban cars from its harbour'],
    ['Shops in closed streets took more money, research has found.', 'Shops in closed streets took more money'],
    ['The mayor kept a second car, it can be revealed.', 'The mayor kept a second car'],
  ])('finds the attribution of fact closing %s', (text, kept) => {
    expect(text.slice(0, factiveTailStart(text))).toBe(kept);
  });

  it.each([
    'Lindvik will ban cars from its harbour, police said.',
    'Lindvik will ban cars from its harbour, it has been claimed.',
    'The survey has revealed that shops took more money.',
  ])('keeps an attribution of a claim, or one that is the sentence itself: %s', (text) => {
    expect(factiveTailStart(text)).toBe(-1);
  });
});

describe('picturePointers', () => {
  it('finds a picture pointer in brackets', () => {
    const text = 'The mayor, Kari Holm (pictured), and her deputy (left) walked the harbour.';
    expect(picturePointers(text).map(([a, b]) => text.slice(a, b))).toEqual([' (pictured)', ' (left)']);
  });

  it('leaves other brackets alone', () => {
    expect(picturePointers('The council voted (by 21 votes to 6) to close the harbour (home to 40 boats).')).toEqual([]);
  });
});

describe('bracketedAsides', () => {
  const asides = (text: string) => bracketedAsides(text).map(([a, b]) => text.slice(a, b));

  it('finds an abbreviation, a party and state, a date in brackets', () => {
    expect(asides('Today (Nov. 18), the agency chose five firms for its lunar program (CLPS).')).toEqual([' (Nov. 18)', ' (CLPS)']);
    expect(asides('A man threatened Rep. Kari Nordmann (D-Minn.) in March.')).toEqual([' (D-Minn.)']);
  });

  it('keeps a bracket of three words or more, which is a clause of its own', () => {
    expect(asides('The council voted (by 21 votes) to close the harbour (home to 40 boats).')).toEqual([]);
  });
});

describe('relativeDays', () => {
  const days = (text: string) => relativeDays(text).map(([a, b]) => text.slice(a, b));

  it('finds a relative day inside a sentence', () => {
    expect(days('The mayor warned last night that the harbour would close.')).toEqual([' last night']);
    expect(days('The ferry reached the island yesterday as the storm passed.')).toEqual([' yesterday']);
    expect(days('Crowds gathered at a fair in Lindvik earlier today.')).toEqual([' earlier today']);
  });

  it('keeps a name, a possessive, a weekday and one a comma follows', () => {
    expect(days('She told USA Today that the harbour would close.')).toEqual([]);
    expect(days('The town faces today’s storm with sandbags.')).toEqual([]);
    expect(days('The council voted on Tuesday to close the harbour.')).toEqual([]);
    expect(days('The video, posted earlier today, shows the harbour.')).toEqual([]);
  });
});
