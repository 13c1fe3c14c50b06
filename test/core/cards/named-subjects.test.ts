// A card on a sentence whose subject is only "she" or "he" says whom it is about: the person the
// pronoun stands for, found as the timeline finds it, is written after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { articleFrom, expectWellFormed } from './helpers.js';

function cardsOf(body: string) {
  const article = articleFrom(`Teacher sentenced\n\n${body}\n`);
  const cards = generateCards(article, { wordsPerCard: 1, quality: null }).cards;
  expectWellFormed(article, cards);
  return cards;
}

const TEXT =
  'A former teacher at Harwick High School, Dana Okafor, was sentenced on Friday to two years in prison, prosecutors said. ' +
  'Okafor, 35, had admitted three counts of fraud involving the school fund at her trial in May.\n\n' +
  'She was put on leave after the losses came to light and was dismissed by the school board in February 2014.';

describe('a he/she subject', () => {
  it('is named on the card, so the card says whom it is about', () => {
    const card = cardsOf(TEXT).find((c) => c.back === 'February 2014');
    expect(card?.front).toBe('She (Dana Okafor) was put on leave after the losses came to light and was dismissed by the school board in [...].');
    expect(card?.cloze).toContain('She (Dana Okafor) was put on leave');
  });

  it('is left as it is when the text does not call that person so, or names two people before it', () => {
    const unsure = TEXT.replace(' at her trial in May', '');
    expect(cardsOf(unsure).some((c) => c.front.includes('(Dana Okafor)'))).toBe(false);
    const two = TEXT.replace('at her trial in May.', 'at her trial in May, her lawyer, Ruth Amsel, said.');
    expect(cardsOf(two).some((c) => c.front.includes('(Dana Okafor)') || c.front.includes('(Ruth Amsel)'))).toBe(false);
  });

  it('is not named when the text calls two people so: the chain could take the wrong one', () => {
    const two =
      'Tomas Reyes moved to Bristol in 1968 and found work with the guitar maker Arthur Penhale, who said he was a quick learner. ' +
      'Penhale taught him to bend rosewood and to voice a soundboard, and he praised his own pupil in every interview.\n\n' +
      'He finished his first concert guitar in 1976 and sold it for 400 pounds to a student at the Royal Academy.';
    const cards = cardsOf(two);
    expect(cards.some((c) => /\((?:Arthur Penhale|Tomas Reyes)\)/.test(c.front))).toBe(false);
  });

  it('is not named when the sentence names its subject first', () => {
    const named = TEXT.replace('She was put on leave', 'Okafor was put on leave');
    expect(cardsOf(named).some((c) => /\(Dana Okafor\)/.test(c.front))).toBe(false);
  });
});
