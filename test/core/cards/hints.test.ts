// Fronts that give their answer away in another form, and country options that the "the" before
// the blank would single out: the rules of front-hints.ts and article-fit.ts, on texts of our own.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { fitsArticle } from '../../../src/core/cards/article-fit.js';
import { adjectiveOfPlace, hintsAnswer } from '../../../src/core/cards/front-hints.js';
import { articleFrom } from './helpers.js';

const cardsOf = (text: string) => generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards;

describe('fronts that hint at the answer', () => {
  it('knows a demonym, an adjective, initials, a containing name and a sum', () => {
    expect(hintsAnswer('The canal starts close to the Dutch-Belgian border near a small port in the [...].', 'Netherlands')).toBe(true);
    // … for more peoples than the largest: "Ming-Tibetan" gives [Tibet], "Cuban" gives [Cuba].
    expect(hintsAnswer('Some scholars stress the trade of the Ming-Tibetan relationship and the need for horses from [...].', 'Tibet')).toBe(true);
    expect(hintsAnswer('The Cuban peso was pegged to the dollar in [...] for decades.', 'Cuba')).toBe(true);
    expect(hintsAnswer('The probe will land on the [...] before the crew reaches the moon.', 'lunar surface')).toBe(true);
    expect(hintsAnswer('Farmers in several EU countries voted to leave the [...].', 'European Union')).toBe(true);
    expect(hintsAnswer('Since 1990, the Royal College of Music has run the [...], a choir for children.', 'Royal College of Music Junior Choir')).toBe(true);
    expect(hintsAnswer('The three schools join eight others, bringing the total number of schools to [...].', '11')).toBe(true);
    expect(hintsAnswer('The three schools join eight others, bringing the total number of schools to [...].', '12')).toBe(false);
    expect(hintsAnswer('The canal starts near a small port in the [...].', 'Netherlands')).toBe(false);
  });

  it('knows a length of time whose two ends the front gives', () => {
    expect(hintsAnswer('The old duke held the castle for only [...], from 1402 to 1404.', 'two years')).toBe(true);
    expect(hintsAnswer('The siege, from 1640 to 1648, lasted [...] in all.', '9 years')).toBe(true);
    expect(hintsAnswer('The old duke held the castle for only [...], from 1402 to 1414.', 'two years')).toBe(false);
    expect(hintsAnswer('The old duke held the castle for only [...] after 1402.', 'two years')).toBe(false);
  });

  it('knows a change in per cent between two ends, a count of the items listed, and a word coined from a surname', () => {
    expect(hintsAnswer('Problem use rose by [...], from 0.90 percent to 1.23 percent, after the law changed.', '37 percent')).toBe(true);
    expect(hintsAnswer('Problem use rose by [...], from 0.90 percent to 1.23 percent, after the law changed.', '12 percent')).toBe(false);
    expect(hintsAnswer('Problem use rose by [...] after the law changed, to 1.23 percent.', '37 percent')).toBe(false);
    expect(hintsAnswer('The service opens in [...] countries, including Canada, Ireland, France, Germany, Norway, and Finland.', '6')).toBe(true);
    expect(hintsAnswer('The service opens in [...] countries, including Canada, Ireland and France.', '6')).toBe(false);
    expect(hintsAnswer('The service opens in [...] countries this week.', '6')).toBe(false);
    expect(hintsAnswer('A debate appearance by party leader [...] set off a wave of “Orrellmania” that spring.', 'Nina Orrell')).toBe(true);
    expect(hintsAnswer('[...] praised the Orrellville team that spring.', 'Nina Orrell')).toBe(false);
  });

  // The cheap tests that skip the patterns (the answer holds no form; the initials are not
  // written) must not skip a real hint: multi-word forms, dotted initials, a name at the front's end.
  it('finds the hints the quick checks must let through', () => {
    expect(hintsAnswer('British lawmakers voted on the bill before it went back to the [...].', 'United Kingdom')).toBe(true);
    expect(hintsAnswer('The talks stalled in the [...] until the ministers reached London.', 'British government')).toBe(false);
    expect(hintsAnswer('New U.S.-Mexico trade rules were drafted in the [...] last spring.', 'United States')).toBe(true);
    expect(hintsAnswer('New US-Mexico trade rules were drafted by the [...] last spring.', 'United States')).toBe(true);
    expect(hintsAnswer('New trade rules were drafted by the [...] last spring.', 'United States')).toBe(false);
    expect(hintsAnswer('The [...] grew out of the Royal College of Music', 'Royal College of Music Junior Choir')).toBe(true);
    expect(hintsAnswer('The [...] grew out of the Royal College of Musicians', 'Royal College of Music Junior Choir')).toBe(false);
  });

  it('makes no card whose front names the answer by its adjective or its sum', () => {
    const text =
      'Canals\n\nThe Grand Canal, the oldest waterway of the Netherlands, begins close to the Dutch-Belgian border near the port of Terneuzen.\n\n' +
      'Three new ferry operators joined eight others approved in March, bringing the total number of licensed ferry operators to 11 firms.\n';
    const cards = cardsOf(text);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.back === 'Netherlands' || c.back === '11')).toEqual([]);
  });
});

describe('country options and the article before the blank', () => {
  it('offers after "the" only countries named with "the"', () => {
    expect(fitsArticle('The press is the largest in the [...].', 'United States')).toBe(true);
    expect(fitsArticle('The press is the largest in the [...].', 'Guatemala')).toBe(false);
    expect(fitsArticle('The press is the largest in [...].', 'Guatemala')).toBe(true);
    expect(fitsArticle('The press is the largest in [...].', 'Netherlands')).toBe(false);
  });

  it('keeps a choice card on "the [...]" free of options the article rules out', () => {
    const text =
      'Presses\n\nThe Harbor Press is now the largest publisher of maps in the Philippines, ahead of a rival in Indonesia.\n\n' +
      'Its founder moved from Malaysia to Indonesia in 1885 and opened a print shop there.\n\nLater he sold maps in Malaysia, Indonesia and Thailand.\n';
    const card = cardsOf(text).find((c) => c.back === 'Philippines');
    expect(card).toBeDefined();
    // A choice card only with options that read right after "the"; else the card stays a cloze.
    for (const option of card!.choices ?? []) expect(fitsArticle(card!.front, option), option).toBe(true);
  });
});

describe('a century the front dates', () => {
  it('is given away by a year of it on the front, not by years of other centuries', () => {
    expect(hintsAnswer('Anna Berg (1883–1953) was a Swedish soprano who sang in Stockholm and Vienna during the first half of the [...].', '20th century')).toBe(true);
    expect(hintsAnswer('Anna Berg sang in Stockholm and Vienna during the first half of the [...].', '20th century')).toBe(false);
    expect(hintsAnswer('The school, founded in 1712, was rebuilt in the [...].', '19th century')).toBe(false);
  });
});

describe('a figure, a year or a name the front lets a student work out', () => {
  it('is given by its conversion in brackets, either side', () => {
    expect(hintsAnswer('The new boat is [...] km/h (11.56 mph) faster than the old one.', '18.6')).toBe(true);
    expect(hintsAnswer('The new boat is 18.6 km/h ([...] mph) faster than the old one.', '11.56')).toBe(true);
    expect(hintsAnswer('The new boat is [...] km/h faster than the old one, which took 11 hours.', '18.6')).toBe(false);
    expect(hintsAnswer('The club has [...] members (300 of them women) this year.', '900')).toBe(false);
  });

  it('is given by another year and the years between, written in lower case', () => {
    expect(hintsAnswer('Norland won in 1924 and 1928, their only entries before the [...] games, after an 84-year absence.', '2012')).toBe(true);
    expect(hintsAnswer('The town was rebuilt in 1950, and 20 years later the [...] flood destroyed it again.', '1970')).toBe(true);
    // A span told with both its ends asks for the end year people ask about.
    expect(hintsAnswer('The fighting was over in six years, from the raid of 1754 to the fall of the fort in [...].', '1760')).toBe(false);
    expect(hintsAnswer('Norland won in 1924 and 1928, their only entries before the [...] games, after a long absence.', '2012')).toBe(false);
    // "Seven Years" names a war.
    expect(hintsAnswer('"Seven Years" refers to events from the declaration of war in 1756 to the treaty in [...].', '1763')).toBe(false);
  });

  it('leaves only the day when the front writes the year of a full date', () => {
    expect(hintsAnswer('His best season was 2011, including a second no-hitter on [...].', 'May 7, 2011')).toBe(true);
    expect(hintsAnswer('The pitcher threw his second no-hitter on [...].', 'May 7, 2011')).toBe(false);
    expect(hintsAnswer('He has chaired the board since October 8, 2015, after his rival resigned in [...].', 'February 2015')).toBe(false);
    expect(hintsAnswer('The club was founded in 2011 and won its first title in [...].', '2014')).toBe(false);
  });

  it('is given by its short form in brackets in any case, or by most of its words', () => {
    expect(hintsAnswer('Their differences with the [...] (Caf) are in the past, both nations say.', 'Confederation of African Football')).toBe(true);
    expect(hintsAnswer('They faced expulsion from the 2017 [...] after complaints made during this year’s Nations Cup.', 'Africa Cup of Nations')).toBe(true);
    expect(hintsAnswer('He left the agency in 1992 and set up a [...], The Institute for Genomic Research.', 'private research institute')).toBe(true);
    // Two common words of a longer name leave its own words to recall; a figure’s unit is no name.
    expect(hintsAnswer('The Hwajeontae Dance was followed by the [...] and the beat of the drum.', 'Coloured Box Drum Dance')).toBe(false);
    expect(hintsAnswer('The share fell to just nine per cent - a [...] drop in a decade.', '25 per cent')).toBe(false);
    expect(hintsAnswer('They faced expulsion from the 2017 [...] after complaints made this year.', 'Africa Cup of Nations')).toBe(false);
  });
});

describe('a country or a sum the front names another way (set V judges)', () => {
  it('is given by its capital, its people’s adjective, or its conversion in brackets', () => {
    expect(hintsAnswer('Tensions between Beijing and Manila are high after the [...] arrested nine fishermen.', 'Philippines')).toBe(true);
    expect(hintsAnswer('Tensions are high after the [...] arrested nine fishermen.', 'Philippines')).toBe(false);
    expect(hintsAnswer('Hawaiian is an official language along with English of the state of [...].', 'Hawaii')).toBe(true);
    expect(hintsAnswer('The family is left with only 10,000 roubles (£107; [...]).', '$167')).toBe(true);
    expect(hintsAnswer('The family is left with only [...] after the bills are paid.', '$167')).toBe(false);
    // A sum's worth in today's money, or the year of that worth (set Z judges).
    expect(hintsAnswer('Tolls were cut to 2 shillings (approximately [...] in 2014) after 15 months.', '$4.27')).toBe(true);
    expect(hintsAnswer('Tolls were raised to 25 cents (approximately $1.17 in [...]) by the premier.', '2014')).toBe(true);
    expect(hintsAnswer('Tolls were raised to [...] in 2014 by the premier.', '$4.27')).toBe(false);
    // The title's "Scots" is Scotland's adjective (set Q2 judges: topic word).
    expect(adjectiveOfPlace('Scots accent resilience study', 'Scotland')).toBe(true);
    // A city known from its people's name (set Q2 judges).
    expect(hintsAnswer('A team from [...] studied recorded speech of Glaswegians from 1900 to the present.', 'Glasgow University')).toBe(true);
    // A country known from a city the world knows.
    expect(hintsAnswer('Biologists studied a group of Sydney octopuses off [...]’s east coast.', 'Australia')).toBe(true);
    // A place named for a name the front gives, with only its kind to add (set W judges).
    expect(hintsAnswer('The river empties into [...] on the gulf, near Matagorda.', 'Matagorda Bay')).toBe(true);
    expect(hintsAnswer('The river empties into [...] on the gulf, near the old port.', 'Matagorda Bay')).toBe(false);
    expect(hintsAnswer('Novaya Gazeta is alarmed by a [...] call for retribution after reporting from Chechnya.', 'Chechen Muslim')).toBe(true);
  });
});
