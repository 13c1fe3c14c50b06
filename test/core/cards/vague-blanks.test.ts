// A blank holding a loose phrase, not a term to learn, makes no card (vague-blanks.ts).
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { labelNumber, vagueBlank } from '../../../src/core/cards/vague-blanks.js';
import { loneWordBlank, plainPhraseBlank } from '../../../src/core/cards/lone-nouns.js';
import { articleFrom } from './helpers.js';

describe('vague blanks', () => {
  it('tells a loose phrase from a term', () => {
    expect(vagueBlank('Ferries run by these [...] will carry the tourists.', 'partner yards')).toBe(true);
    expect(vagueBlank('Another [...], sketched out in 2014, gave the town its bridge.', 'zoning scheme')).toBe(true);
    expect(vagueBlank('The merger brought several [...] to both bakeries.', 'years of rising profit')).toBe(true);
    expect(vagueBlank('The letters opened up [...] of reading the poet.', 'different angles')).toBe(true);
    expect(vagueBlank('The pumps switched on again, forming a [...] of draining and filling.', 'control cycle')).toBe(false);
    expect(vagueBlank('The lake town is prized for its old [...].', 'mills and orchards')).toBe(false);
    expect(vagueBlank('Built by these [...] in 2019.', 'Nordhaus Group')).toBe(false);
  });

  it('makes no card that blanks a noun with its "of" phrase', () => {
    const text =
      'Retail\n\nThe chain Nordhaus opened its first store in Bremen in 1994 and now runs forty shops across northern Germany.\n\n' +
      'A bottling contract between Nordhaus and the brewer Kalder started in the autumn and led to several rounds of price cuts for both firms.\n\n' +
      'The rebuilt flagship shop in Lübeck blended a mix of styles from several decades, a reviewer in Kiel wrote.\n';
    const cards = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards;
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => / of /.test(c.back))).toEqual([]);
  });
});

describe('numbers that label a thing', () => {
  it('makes no card whose answer is a treaty\'s number', () => {
    const text =
      'Labour law in Dorvania\n\nDorvania signed Convention No. 64 on safety in the salt mines and Convention No. 152 on the hours of dock work.\n\n' +
      'The trade office of Dorvania sent 1,450 factory inspectors into the provinces in 2016, up from 410 in 2007.\n\n' +
      'Dorvania joined the Northern Trade League in 1974, six years after it drew up its first charter.\n';
    const cards = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards;
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.back === '64' || c.back === '152')).toEqual([]);
  });
});

describe('single words that are hollow only in a phrase', () => {
  it('keeps a comparative, a degree noun or a health word that stands alone as the term', () => {
    expect(vagueBlank('The pitch of a note depends on its [...].', 'frequency')).toBe(false);
    expect(vagueBlank('The minister of [...] resigned after the hospital report.', 'health')).toBe(false);
    expect(vagueBlank('High in the hills, water boils at a [...] temperature than by the sea.', 'lower')).toBe(false);
    expect(vagueBlank('The council asked the band to [...] its new songs first.', 'show')).toBe(false);
    // The same words together are still filler.
    expect(vagueBlank('Walking daily has been linked to a [...] of back pain.', 'decreased frequency')).toBe(true);
    expect(vagueBlank('Cook at home more often to promote [...].', 'healthier eating habits')).toBe(true);
  });
});

describe('terms with an "of" phrase', () => {
  it('keeps a term whose head is no measure or collection', () => {
    expect(vagueBlank('Darwin set out the [...] in 1859.', 'theory of evolution')).toBe(false);
    expect(vagueBlank('The Cold War rested on a [...] between two blocs.', 'balance of power')).toBe(false);
  });
});

describe('one common word in a story', () => {
  it('is no blank, unless the sentence names it as a term', () => {
    expect(loneWordBlank('Nearly 300 school districts closed because of the [...], according to the union.', 'rally')).toBe(true);
    expect(loneWordBlank('Nuts are the main reason people get a life-threatening problem called [...].', 'anaphylaxis')).toBe(false);
    expect(loneWordBlank('Nearly 300 school districts closed because of the [...], according to the union.', 'Red for Ed')).toBe(false);
  });

  it('makes no card on it in a story', () => {
    const story =
      'Teachers march\n\nThousands of teachers wearing red surrounded the Statehouse in Indianapolis on Tuesday to call for better pay from the state legislature.\n\n' +
      'Nearly 300 school districts across Indiana closed because of the rally, according to the teachers unions, and many parents kept their children at home.\n';
    expect(generateCards(articleFrom(story), { wordsPerCard: 5, quality: null }).cards.map((c) => c.back)).not.toContain('rally');
  });
});

describe('a plain lower-case phrase in a news story', () => {
  it('is no blank unless quoted, named as a term or given as a cause', () => {
    expect(plainPhraseBlank('US officials said American forces had launched a [...] to free the hostages.', 'rescue mission')).toBe(true);
    expect(plainPhraseBlank('The agency would not vaccinate families ahead of the [...].', 'flu season')).toBe(true);
    expect(plainPhraseBlank('He has apologised for "a [...]" and will write to the watchdog.', 'genuine mistake')).toBe(false);
    expect(plainPhraseBlank('So-called [...] is the latest buzz phrase in the company.', 'grid computing')).toBe(false);
    expect(plainPhraseBlank('The coach resigned because of a [...] at the club.', 'clash of personalities')).toBe(false);
    // A name or one word is another rule's (lone-nouns.ts, answers.ts).
    expect(plainPhraseBlank('The ferry left for [...] at noon.', 'Port Elly')).toBe(false);
    expect(plainPhraseBlank('The ferry left the [...] at noon.', 'pier')).toBe(false);
  });

  it('makes no card on it in a story told through what people said, but does in an encyclopedia paragraph', () => {
    const story =
      'Harbour hostages freed\n\nHarbour police freed three sailors held on a trawler off Portmere on Tuesday, the port authority said.\n\n' +
      'Officials said police divers had launched a rescue mission from the western pier before dawn on Tuesday.\n\n' +
      '"The sailors are safe and back with their families," harbour chief Marta Velasquez told reporters at the pier.\n\n' +
      'The trawler was towed to Portmere, where the three men who had held the sailors were arrested by police.\n';
    expect(generateCards(articleFrom(story), { wordsPerCard: 5, quality: null }).cards.map((c) => c.back)).not.toContain('rescue mission');
    const passage =
      'Harbour defence\n\nIn 1803 the harbour board built a sea wall of granite blocks along the western pier. The wall was meant to stop winter storms from flooding the lower town. ' +
      'Engineers later added a tidal gate, which closed at high water and protected the fish market. The gate was rebuilt in 1911 after a storm surge. ' +
      'The board also launched a rescue mission from the western pier each winter, with two rowing boats and a crew of eight.\n';
    expect(generateCards(articleFrom(passage), { wordsPerCard: 5, quality: null }).cards.map((c) => c.back)).toContain('rescue mission');
  });
});

describe('phrases from someone’s mouth, rates and known dates (set V judges)', () => {
  it('takes no blank on the whole of a quoted phrase someone said, or a quoted judgement, but keeps a term in quotes', () => {
    expect(vagueBlank('A museum expert has said the pendant is a "[...]".', 'rare find')).toBe(true);
    expect(vagueBlank('Mr Venn told the minister the council had "[...]" over the plan.', 'strong concerns')).toBe(true);
    expect(vagueBlank('The goal is to deliver a "[...]" to every player.', 'seamless experience')).toBe(true);
    expect(vagueBlank('Feather lung is a type of "[...]" in which the air sacs become inflamed.', 'hypersensitive pneumonitis')).toBe(false);
    expect(vagueBlank('The Pacific Ocean is the [...] on the weather of the valley.', 'primary influence')).toBe(true);
  });

  it('takes no blank on the unit side of a rate, nor on the year of the Rio Olympics or the financial crisis', () => {
    expect(labelNumber('The exchange rate was fixed at N$1.10 = [...] in 1939.', 'US$1.00')).toBe(true);
    expect(labelNumber('The exchange rate was fixed at [...] = US$1.00 in 1939.', 'N$1.10')).toBe(false);
    expect(labelNumber('Money got tight after the [...] global financial crisis and the sanctions.', '2008')).toBe(true);
    expect(labelNumber('She could compete at the [...] Rio Olympics.', '2016')).toBe(true);
    expect(labelNumber('The harbour flooded in [...] and again in 1990.', '1953')).toBe(false);
  });
});

describe('an office that stands for its holder (set Q2 and Z judges)', () => {
  it('takes no blank on "the [health secretary] said" or a title before a name, but keeps an office someone became', () => {
    expect(vagueBlank('The [...] said the government did not have the power to ban the procedures.', 'health secretary')).toBe(true);
    expect(vagueBlank('In a letter to the [...] on Friday, Sir Michael said officials had been slow.', 'education secretary')).toBe(true);
    expect(vagueBlank('Head coach Ola Venn has named [...] Rob Howley as part of his backroom team.', 'interim coach')).toBe(true);
    expect(vagueBlank('In 2010 she was appointed the [...] of the harbour board.', 'chief executive')).toBe(false);
    expect(vagueBlank('She served as [...] of the harbour board for ten years.', 'chief executive')).toBe(false);
  });
});
