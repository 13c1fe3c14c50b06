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

describe('answers that are not whole names or not worth knowing', () => {
  const backs = (text: string) => generateCards(articleFrom(text), { wordsPerCard: 3 }).cards.map((c) => c.back);

  it('never blanks a piece of a short quoted title', () => {
    const text =
      'Dance show\n\nThe actor James Van Der Beek has been eliminated from “Dancing with the Stars.”\n\nHe was voted off “Dancing with the Stars” on Monday after a tight race against the singer Ally Brooke.\n\nThe actor said “Dancing with the Stars” had been the hardest thing he had ever done on live television.\n\nHis wife had watched every episode of “Dancing with the Stars” from the front row of the studio.\n';
    expect(backs(text).filter((b) => /^(?:Dancing|Stars|Dancing with)$/.test(b))).toEqual([]);
  });

  it('never blanks "I’m" or a name that runs on into another capitalised word', () => {
    const text =
      'Songs\n\n“All of a sudden she was picking up random instruments — I’m not gonna lie, the accordion drives me nuts,” McDowell laughed.\n\n“I’m proud of her, and I’m glad she found the song,” McDowell told the magazine in an interview last week.\n\n“I’m always having ideas in the middle of the night,” the singer said with a smile after the show.\n\nThe studio of Google Stadia in California hosted the recording of the new song for the film.\n\nGoogle paid for the sessions, and Google engineers streamed the concert to fans around the world.\n';
    const found = backs(text);
    expect(found).not.toContain('I’m');
    expect(found).not.toContain('Google');
  });

  it('does not ask for the size of a study', () => {
    const text = 'Yoga\n\nOne small study in 50 people with binge eating disorder showed that practising yoga for 12 weeks led to a significant reduction in binging.\n\nAnother study in over 40,000 adults showed that meal planning improved the quality and variety of their diet.\n';
    const found = backs(text);
    expect(found).not.toContain('50');
    expect(found).not.toContain('40,000');
  });

  it('does not blank a word shouted in capitals, or a common word capitalised by the sentence start', () => {
    const text =
      'Troops\n\nCHINA has sent troops to Hong Kong in a bid to restore order after months of violent riots in the city.\n\nChina’s ambassador said the government would not sit on its hands if the situation became uncontrollable.\n\nThe ambassador said China would defend its sovereignty and that China had the power to end the unrest.\n\nTreatment for the disorder can involve different types of therapy or medications to get binging under control.\n\nThe right treatment depends on the person, and treatment usually begins with a visit to a doctor.\n\nDoctors say early treatment works best for most of the people who seek help with eating.\n';
    const found = backs(text);
    expect(found).not.toContain('CHINA');
    expect(found).not.toContain('Treatment');
  });

  it('makes no card from a sales pitch or from the first name of a list', () => {
    const text =
      'Team\n\nIf you enjoyed this article, we have a proposition for you: join the Lantern Club of Readers today.\n\nOur team, made up of Nam Yongwoo, Lee Gisoo, Lee Jungdae and Kim Hana, prepared three pieces for the opening of the festival.\n';
    const found = backs(text);
    expect(found).not.toContain('Lantern Club of Readers');
    expect(found).not.toContain('Nam Yongwoo');
  });
});


describe('distractors of the answer’s own kind', () => {
  it('offers states for a state and never a planet', () => {
    const text =
      'Space lab\n\nThe rover team works at a laboratory in California that has built robots for Saturn, Jupiter and Earth orbit since the 1970s.\n\nEngineers from Texas tested the wheels in the desert before the launch of the mission last spring.\n\nA second team in Florida prepared the rocket while a third team in Nevada practised the landing in the dunes.\n\nThe probe will reach Saturn in 2034 and photograph its largest moon from a low orbit for two years.\n\nScientists on Earth will steer it with commands that take more than an hour to arrive at Saturn.\n\nJupiter will be passed on the way, and its gravity will speed the probe up by thousands of miles an hour.\n';
    // The rules' cards alone (quality: null): this is about the options, not which cards the model keeps.
    const cards = generateCards(articleFrom(text), { wordsPerCard: 2, quality: null }).cards.filter((c) => c.kind === 'choice' && ['California', 'Texas', 'Florida', 'Nevada'].includes(c.back));
    expect(cards.length, 'choice cards for states').toBeGreaterThanOrEqual(2);
    expect(cards.flatMap((c) => c.choices!.filter((choice) => ['Saturn', 'Jupiter', 'Earth', 'Mars'].includes(choice)))).toEqual([]);
  });
});

describe('a pair of dates is one answer', () => {
  it('blanks "2011 and 2012" whole, never one year of the pair alone', () => {
    const text =
      'The church and alcohol\n\n' +
      'The church has long supported the temperance movement and the founder warned against the dangers of drinking in his sermons.\n\n' +
      'Moreover, in 2011 and 2012, the Board of Church and Society called on all members to abstain from alcohol for Lent.\n\n' +
      'The church uses unfermented grape juice in the sacrament of Holy Communion, a practice the board has kept since then.\n';
    const article = articleFrom(text);
    const cards = generateCards(article, { wordsPerCard: 5, quality: null }).cards;
    expectWellFormed(article, cards);
    expect(cards.map((c) => c.back)).toContain('2011 and 2012');
    expect(cards.map((c) => c.back)).not.toContain('2011');
    expect(cards.map((c) => c.back)).not.toContain('2012');
  });
});
