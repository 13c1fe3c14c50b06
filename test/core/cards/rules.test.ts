// Quality rules of the generator on small texts written for each rule, and on our own texts of
// other kinds (science explainer, encyclopedia entry, wire story).
import { describe, expect, it } from 'vitest';
import { generateCards, UNSUPPORTED_LANGUAGE } from '../../../src/core/cards/index.js';
import { articleFrom, cardFor, expectWellFormed, loadFixture } from './helpers.js';

/** The "who said" cards of an article, as the app makes them. */
const quoteCards = (article: ReturnType<typeof articleFrom>) => generateCards(article, { wordsPerCard: 5 }).cards.filter((c) => c.kind === 'quote');

describe('speaker resolution', () => {
  it('resolves "he said" to the person named just before', () => {
    const article = articleFrom(
      'Budget talks\n\nFinance Minister Karl Weber presented the budget to parliament on Tuesday after months of negotiation.\n\n“We have cut the deficit in half without raising a single tax on working families,” he said.\n',
    );
    const quote = quoteCards(article)[0];
    expect(quote?.back).toBe('Karl Weber');
    expect(quote?.front).toMatch(/^Who said: “We have cut the deficit/);
  });

  it('makes no quote card when "he said" follows a sentence about someone the text does not name in full', () => {
    const article = articleFrom(
      'The interview\n\nEmily Maitlis asked the prince about the night in question during the hour-long interview on Saturday.\n\n' +
        'Andrew doesn’t remember the party, but he definitely remembers going to get pizza that night. “Going to Pizza Express in Woking is an unusual thing for me to do,” he said.\n',
    );
    const quotes = quoteCards(article);
    expect(quotes.map((c) => c.back)).not.toContain('Emily Maitlis');
  });

  it('makes no quote card when "the expert" is someone the text brought in unnamed ("said one legal expert")', () => {
    const article = articleFrom(
      'The prince and the FBI\n\nPrince Andrew gave a long interview to the BBC on Saturday about his friendship with Jeffrey Epstein. Prince Andrew said he regretted nothing.\n\n' +
        '“Prince Andrew is not entitled to any form of immunity by virtue of his position as a member of the royal family,” said one legal expert.\n\n' +
        '“His friendship with the convicted sex offender is under investigation by the FBI and he is vulnerable to extradition,” the expert warned.\n',
    );
    const quotes = quoteCards(article);
    expect(quotes.filter((c) => /vulnerable to extradition/.test(c.front))).toEqual([]);
  });

  it('resolves "he said" past a person named only inside the quotation before', () => {
    const article = articleFrom(
      'Schools first\n\nMayor Daniel Whitfield spoke to reporters at City Hall on Monday about the new budget for the city.\n\n' +
        '“Governor Tom Ellis has never once visited our schools in this city” was the charge Whitfield repeated all week. “We will rebuild every school in this city before the next winter arrives,” he said.\n',
    );
    const quote = quoteCards(article).find((c) => /We will rebuild every school/.test(c.front));
    expect(quote?.back).toBe('Daniel Whitfield');
  });

  it('does not credit "he said" to a person named in a sentence whose subject is that same "he"', () => {
    const article = articleFrom(
      'Dessaint backs Blues\n\nMarcel Dessaint insists there is no chance of history repeating itself when Chelsea meet Barcelona on Wednesday.\n\n' +
        'Dessaint is one of the most decorated players in the history of the game, and Sandro Costa was his partner in defence for six seasons at Milan.\n\n' +
        'So he is full of admiration for his old colleague Sandro Costa, who is still playing at the age of 38. “I’m happy that he has managed to play so long at such a high level in Italy,” he said. “Costa is a great example to every young defender,” Dessaint added.\n',
    );
    const quotes = quoteCards(article);
    expect(quotes.filter((c) => c.back === 'Sandro Costa')).toEqual([]);
  });

  it('does not pass over a person named by a description ("the Dutchman") to credit "he said" to someone named before', () => {
    const article = articleFrom(
      'Stamm returns\n\nMilan defender Jaap Stamm says Manchester United made a mistake by selling him in 2001, and Stamm will face his old club on Wednesday.\n\n' +
        'But Alex Fergus insisted he sold the defender because the fee was too good to refuse. Alex Fergus has said so many times since. The affair still rankles with the Dutchman.\n\n' +
        '“I was settled at Manchester United, I had even just ordered a new kitchen, but they wanted to sell me,” he said.\n',
    );
    const quotes = quoteCards(article);
    expect(quotes.filter((c) => c.back === 'Alex Fergus')).toEqual([]);
  });

  it('does not credit "he said" to someone whose aide or spokesman spoke ("President Varga\'s chief aide said …")', () => {
    const article = articleFrom(
      'Harbour tax\n\nPresident Ilse Varga banned all cash payments in dollars at the harbour on Monday, and the ban starts next week.\n\n' +
        'In a broadcast announcing the ban, President Varga\'s chief aide said it was needed because of rising smuggling. “The ten percent charge applies only to the dollar because of the smuggling we have seen at the harbour,” he said.\n',
    );
    expect(quoteCards(article).filter((c) => c.back === 'Ilse Varga')).toEqual([]);
  });

  it('makes no quote card when nobody is named around "he said"', () => {
    const article = articleFrom(
      'Budget talks\n\nThe budget was presented to parliament on Tuesday after months of long negotiation.\n\n“We have cut the deficit in half without raising a single tax on working families,” he said.\n',
    );
    expect(quoteCards(article)).toEqual([]);
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
      'Cooking show\n\nThe chef Marco Lindqvist has been sent home from “Baking with the Pros.”\n\nHe was voted off “Baking with the Pros” on Sunday after a close contest with the pastry cook Nadia Ferro.\n\nThe chef said “Baking with the Pros” had been the hardest thing he had ever done on live television.\n\nHis wife had watched every episode of “Baking with the Pros” from the front row of the studio.\n';
    expect(backs(text).filter((b) => /^(?:Baking|Pros|Baking with)$/.test(b))).toEqual([]);
  });

  it('never blanks "I’m" or a name that runs on into another capitalised word', () => {
    const text =
      'Songs\n\n“Out of nowhere she started grabbing every instrument in the house — I’m not going to pretend, the trombone makes me crazy,” Halvorsen laughed.\n\n“I’m proud of her, and I’m glad she found the song,” Halvorsen told the magazine in an interview last week.\n\n“I’m often awake with new tunes in the middle of the night,” the singer said with a smile after the show.\n\nThe studio of Lumora Cloud in Oregon hosted the recording of the new song for the film.\n\nLumora paid for the sessions, and Lumora engineers streamed the concert to fans around the world.\n';
    const found = backs(text);
    expect(found).not.toContain('I’m');
    expect(found).not.toContain('Lumora');
  });

  it('does not ask for the size of a study', () => {
    const text = 'Sleep\n\nOne small trial in 60 people with chronic insomnia found that reading on paper before bed for 8 weeks brought a clear drop in night waking.\n\nAnother survey of over 30,000 nurses found that a fixed bedtime raised the length and depth of their sleep.\n';
    const found = backs(text);
    expect(found).not.toContain('60');
    expect(found).not.toContain('30,000');
  });

  it('does not blank a word shouted in capitals, or a common word capitalised by the sentence start', () => {
    const text =
      'Storms\n\nNORWAY has sent two coastguard ships to Svalbard to free ferries trapped by ice after a fortnight of fierce storms in the Arctic.\n\nNorway’s fisheries minister said the crews would stay in the fjords until every harbour was safe again.\n\nThe minister said Norway would pay for the repairs and that Norway had more ships ready for the winter.\n\nTreatment for the sprain can combine rest, ice or light exercise to bring the swelling under control.\n\nThe right treatment depends on the injury, and treatment usually begins with a visit to a physiotherapist.\n\nCoaches say early treatment works best for most of the runners who twist an ankle.\n';
    const found = backs(text);
    expect(found).not.toContain('NORWAY');
    expect(found).not.toContain('Treatment');
  });

  it('makes no card from a sales pitch or from the first name of a list', () => {
    const text =
      'Team\n\nIf you liked this story, here is an offer for you: become a member of the Lantern Club of Readers today.\n\nOur choir, formed by Park Seyoung, Choi Minjae, Han Doyun and Yoon Sora, rehearsed three songs for the opening of the fair.\n';
    const found = backs(text);
    expect(found).not.toContain('Lantern Club of Readers');
    expect(found).not.toContain('Park Seyoung');
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
  it('blanks "2015 and 2016" whole, never one year of the pair alone', () => {
    const text =
      'The guild and the river\n\n' +
      'The boatmen’s guild has long backed the clean-water campaign and its founder spoke out against dumping waste at every meeting.\n\n' +
      'Moreover, in 2015 and 2016, the Council of Guild and Harbour asked all members to stop fishing near the mill in spring.\n\n' +
      'The guild rows only wooden boats in the yearly regatta of Saint Brendan, a custom the council has kept since then.\n';
    const article = articleFrom(text);
    const cards = generateCards(article, { wordsPerCard: 5, quality: null }).cards;
    expectWellFormed(article, cards);
    expect(cards.map((c) => c.back)).toContain('2015 and 2016');
    expect(cards.map((c) => c.back)).not.toContain('2015');
    expect(cards.map((c) => c.back)).not.toContain('2016');
  });
});
