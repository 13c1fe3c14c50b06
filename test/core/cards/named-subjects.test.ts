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

  it('is named in a biography that names its subject only in its opening sentence, with life dates', () => {
    // Encyclopedia biographies: every "He …" sentence had no card, for want of evidence that "he" was the subject.
    const bio =
      'Harold Brennan (3 May 1921 – 9 October 1998) was an English footballer who played as a winger for Lindvik United. ' +
      'He made 212 league appearances for the club between 1946 and 1954. He won the Third Division South title with Portsmouth in 1956.';
    const card = cardsOf(bio).find((c) => c.back === '1956' || c.back === 'Portsmouth');
    expect(card?.front).toMatch(/^He \(Harold Brennan\) won the Third Division South title/);
  });

  it('is not named as the writer\'s friend, whose story stays with the sentence that introduces them', () => {
    const text = 'Photo apps now show each user how many strangers look at their profile. "I had no idea," said Tom Reyes, a friend who opened a bakery account. He learned that about 90 people see his profile each week.';
    expect(cardsOf(text).some((c) => c.front.includes('(Tom Reyes)'))).toBe(false);
  });

  it('is named in a story whose other people are quoted in passing, later in a paragraph', () => {
    // Set T: "He (Gordon Brown) also announced … payments of [£50]" (both judges kept it) lost its
    // name when the next "He" after a passing Tory was counted as his.
    const story =
      'Chancellor Gordon Berg has unveiled a harbour budget for the town. He also announced a cash hand-out for older pensioners, with payments of £50 for the over-70s. ' +
      'The harbour spokesman Oliver Lind attacked the plan in the council chamber. He called it a gamble with the pier.';
    expect(cardsOf(story).find((c) => c.back === '£50')?.front).toMatch(/^He \(Gordon Berg\) also announced/);
  });

  it('is not named when the name holds the answer\'s year, and a name whose tail the front writes is no blank (set R judges)', () => {
    const text =
      'The 1996 Harbour Shield (also known as the Lindvik Harbour Shield for sponsorship reasons) was the 74th Harbour Shield, an annual football match played between the cup winners. ' +
      'The match was played on 11 August 1996 at the Lindvik ground and contested by Harwick Rovers.';
    const cards = cardsOf(text);
    expect(cards.some((c) => c.back === '11 August 1996')).toBe(false);
    expect(cards.map((c) => c.back)).not.toContain('Lindvik Harbour Shield');
    expect(cards.find((c) => c.back === 'Harwick Rovers')?.front).toMatch(/^The match \(1996 Harbour Shield\) was played/);
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

describe('a he/she after a name the analysis left untyped', () => {
  it('is not named after the person of the sentence before: the name in its own sentence may be the one meant', () => {
    const text =
      'Immunology is a science that examines the structure and function of the immune system. The earliest known reference to immunity was during a plague in 430 BC. ' +
      'In the 18th century, the naturalist Per Lindqvist made experiments with scorpion venom and observed that certain dogs were immune to this venom. ' +
      'These observations were later exploited by Louis Hallström in his development of vaccination and his germ theory of disease. ' +
      "Hallström's theory was in direct opposition to the miasma theory of his day. " +
      "It was not until Robert Kvalsund's 1891 proofs, for which he was awarded a Nobel Prize in 1905, that microorganisms were confirmed as the cause of infectious disease.";
    const card = cardsOf(text).find((c) => c.back === '1905');
    expect(card).toBeDefined();
    expect(card!.front).not.toContain('(Louis Hallström)');
  });
});

describe('a subject "The <noun>" the text named or opened by defining', () => {
  it('is named after it on the card ("The featurette (Moonlight Ferry) was produced by [...]")', () => {
    const article = articleFrom("Moonlight Ferry\n\nMoonlight Ferry is a 1968 animated featurette based on three chapters of a children's book by Anne Marlow. The featurette was produced by Harbour Studios and released by Lantern Pictures on December 20, 1968 as a double feature with a nature film. It was the second of the studio's ferry shorts.\n");
    const cards = generateCards(article, { quality: null }).cards;
    expectWellFormed(article, cards);
    const fronts = cards.filter((c) => c.source.text.startsWith('The featurette')).map((c) => c.front);
    expect(fronts.length).toBeGreaterThan(0);
    for (const front of fronts) expect(front).toMatch(/^The featurette \(Moonlight Ferry\) was produced/);
  });
});
