// The sentence lent as context to a card on a pointing sentence ("He was fined …") must itself
// start where a sentence starts, not inside a number or a name the splitter cut (sentence-rules.ts `startsMidToken`).
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { startsMidToken } from '../../../src/core/cards/sentence-rules.js';
import { articleFrom } from './helpers.js';

const TEXT =
  'Arrest\n\nMarten Olsen is a convicted thief and kept a loaded .38-caliber revolver, two old rifles and a box of shells in his garage, the police said. He was fined for reckless driving in 2009 and was barred from owning a gun.\n\n' +
  'Add in a second motor at the front, and the EV. SOLAR TOURER 4Drive would offer 300 horsepower in total. It could reach 60 mph in 5.5 seconds, the company says.\n';

describe('context sentences cut mid-token', () => {
  it('tells a cut from a sentence start', () => {
    expect(startsMidToken('a loaded .38-caliber revolver', 10)).toBe(true);
    expect(startsMidToken('and the EV. SOLAR TOURER would', 12)).toBe(true);
    expect(startsMidToken('It ended in 12,900 BP. The cold phase began', 23)).toBe(false);
    expect(startsMidToken("the Four Days' Siege. \"Four Days\" names", 22)).toBe(false);
  });

  it('makes no card whose front opens on a fragment of a number or a name', () => {
    const cards = generateCards(articleFrom(TEXT), { wordsPerCard: 5, quality: null }).cards;
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.front, card.front).not.toMatch(/^(?:38-caliber|SOLAR TOURER)/);
  });
});

describe('context sentences cut from a quotation', () => {
  // The sentence lent as context is the end of a quote opened a sentence earlier, or opens one it
  // does not close: shown alone it is a piece of someone's words with a stray quote mark.
  const QUOTED =
    'Growth forecast\n\n' +
    'The Paris-based agency cut its growth forecast for the eurozone to 1.9% on Tuesday. "The shock is real. If the oil price does not rise any further, then we think the shock can be absorbed within the next few quarters," Vincent Koen, a senior economist with the agency, told reporters. That recovery would then regain momentum in the course of 2005, he said.\n\n' +
    'Marcel Desailly spoke before the game. "Everything is new and there is a huge determination to win. "Since that game, the club has gained more experience in Europe and came very close to reaching the Champions League final last season."\n';

  it('makes no card whose context is part of a quotation', () => {
    const cards = generateCards(articleFrom(QUOTED), { wordsPerCard: 1, max: 99, quality: null }).cards;
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const marks = (card.front.match(/"/g) ?? []).length;
      expect(marks % 2, card.front).toBe(0);
    }
  });
});
