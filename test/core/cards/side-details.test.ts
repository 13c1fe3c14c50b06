// Side details no card should ask for (issue 14's quality rules): a unit conversion in brackets,
// notation, our own planet, the tail of a name, a quoted speaker's employer or friend, a "that"
// with no referent, the year of a count — and "who said" on a line of mere feeling. Every
// sentence is invented for the spec.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { inConversionAside } from '../../../src/core/cards/conversion-asides.js';
import { danglingThat } from '../../../src/core/cards/dangling-that.js';
import { datesAFigure } from '../../../src/core/cards/dated-figures.js';
import { genericQuote } from '../../../src/core/cards/generic-quotes.js';
import { homePlanet } from '../../../src/core/cards/home-planet.js';
import { listItem } from '../../../src/core/cards/list-items.js';
import { scoreOpponent } from '../../../src/core/cards/score-opponents.js';
import { locatesAPlace } from '../../../src/core/cards/locating-places.js';
import { modelYear } from '../../../src/core/cards/model-years.js';
import { continuesName } from '../../../src/core/cards/name-fragments.js';
import { notationAnswer } from '../../../src/core/cards/notation-answers.js';
import { quotesAcquaintance, speakerAside } from '../../../src/core/cards/speaker-asides.js';
import { writersMethod } from '../../../src/core/cards/writers-method.js';
import { articleFrom, expectWellFormed } from './helpers.js';

/** Every card of a short invented text, as dense as the generator allows. */
function cardsOf(body: string) {
  const article = articleFrom(`Field notes\n\n${body}\n`);
  const cards = generateCards(article, { wordsPerCard: 1, quality: null }).cards;
  expectWellFormed(article, cards);
  return cards;
}
const backs = (body: string) => cardsOf(body).map((c) => c.back);

describe('conversion asides', () => {
  it('tells a bracketed conversion from a bracketed fact', () => {
    expect(inConversionAside('The grains are 5 to 50 microns wide (there are [...] microns in one millimetre).')).toBe(true);
    expect(inConversionAside('That would fill a stadium pool (which holds [...] litres, or 660 gallons, of water).')).toBe(true);
    expect(inConversionAside('Marshes (covering [...] of the delta) and forests (covering 20 percent) meet at the coast.')).toBe(false);
    expect(inConversionAside('The delta covers [...] of the coast (about 40 percent of it is marsh).')).toBe(false);
  });

  it('makes no card on the conversion', () => {
    const text =
      'The new filter traps grains of soot that are just 5 to 50 microns wide (there are 1,000 microns in one millimetre). ' +
      'The filter was built by the engineers of Harlow Ceramics in their plant near the river delta in 2019.';
    expect(backs(text)).not.toContain('1,000');
  });
});

describe('hedged figures', () => {
  it('blanks the figure and leaves its hedge on the front', () => {
    const cards = cardsOf(
      'During the last ice age the Varn Strait was dry land, because sea level was approximately 120 m (390 ft) lower than today. ' +
        'About 2.4 million reindeer crossed the strait each spring, according to the survey of the Halden Institute.',
    );
    const backs = cards.map((c) => c.back);
    expect(backs).toContain('120 m (390 ft)');
    expect(backs).toContain('2.4 million');
    expect(backs.filter((b) => /^(?:approximately|about)\b/i.test(b))).toEqual([]);
    expect(cards.find((c) => c.back === '2.4 million')?.front).toMatch(/^About \[\.\.\.\] reindeer/);
  });
});

describe('notation', () => {
  it('knows a slashed number from an amount', () => {
    expect(notationAnswer('6/8')).toBe(true);
    expect(notationAnswer('50/50')).toBe(true);
    expect(notationAnswer('68')).toBe(false);
    expect(notationAnswer('3.5 million')).toBe(false);
  });

  it('makes no card on a time signature', () => {
    const text =
      'Varga and the conductor Imre Szabo worked on the river cantata for eleven years before its premiere in Budapest. ' +
      'Szabo settled on a tune in 6/8 time, and the choir kept it for the final act. ' +
      'The river cantata was first performed in Budapest in 2019 by the National Choir.';
    expect(backs(text)).not.toContain('6/8');
  });
});

describe('our own planet', () => {
  it('is no answer', () => {
    expect(homePlanet('Earth')).toBe(true);
    expect(homePlanet('the world')).toBe(true);
    expect(homePlanet('Mars')).toBe(false);
    expect(homePlanet('Earth Day Network')).toBe(false);
  });

  it('makes no card on the obvious half of a contrast', () => {
    const text =
      'The moon Vela has lakes of liquid ethane that fill and drain with its long seasons. ' +
      'On Earth, snow falls from clouds and melts into rivers, lakes and oceans every spring. ' +
      'On Vela, ethane snow falls from clouds of haze and fills the lakes of the northern plains.';
    expect(backs(text)).not.toContain('Earth');
  });
});

describe('one item of a list', () => {
  it('is seen among quoted names, after the words that open the list (set R judges: "any other listed name fits")', () => {
    expect(listItem('The Village Clerk (variously known as "[...]", "Talati", "Patel", "Karnam", "Adhikari" etc.) keeps the land records.')).toBe(true);
    expect(listItem('The Village Clerk (known as the "[...]" in the north) keeps the land records.')).toBe(false);
  });
});

describe('the tail of a name', () => {
  it('sees a name go on past the gap', () => {
    expect(continuesName('The results appear in the journal Annals of the [...] this month.', 'Royal Botanical Union')).toBe(true);
    expect(continuesName('The posts came from the campaign group Silence is [...] based in the city.', 'Not Consent')).toBe(true);
    expect(continuesName('The harbour board met the mayor of [...] on Monday.', 'Lisbon')).toBe(false);
    expect(continuesName('Head of the [...] since 2010, she led the inquiry.', 'Marine Council')).toBe(false);
    expect(continuesName('The observers watched the comet for [...] nights.', '17')).toBe(false);
    // A dotted abbreviation opens the name; a month run into a name after "in" is no name.
    expect(continuesName('Events such as the U.S. [...] drew large crowds to the beach.', 'Open of Surfing')).toBe(true);
    expect(continuesName('In [...] married Kevin Federline, a dancer on the tour.', 'September Spears')).toBe(true);
    expect(continuesName('The song was written by [...] in 1962.', 'June Carter')).toBe(false);
    expect(continuesName('Tickets for the US [...] went on sale on Monday.', 'Open')).toBe(false);
    // A first name and a middle initial: the blank is the surname, half the name.
    expect(continuesName('Joseph N. [...] had first listed the name with the patent office in July 2000.', 'Grasso of New Jersey')).toBe(true);
    expect(continuesName('The trademark was filed in the U.S. by [...] in July 2000.', 'Joseph Grasso')).toBe(false);
    // A body's name whose "for", "on" or "of" tail follows the gap: the blank is its head only.
    expect(continuesName('The findings are published by the [...] for Transport Safety before the vote.', 'Parliamentary Advisory Council')).toBe(true);
    expect(continuesName('As the [...] on Intelligence and Security has pointed out, the rules are old.', 'Joint Committee')).toBe(true);
    expect(continuesName('The church left the Religious Coalition for [...] in 2016.', 'Reproductive Choice')).toBe(true);
    expect(continuesName('The report went to the [...] on Monday.', 'Harbour Council')).toBe(false);
    // …an office's too (set R judges: "the [Assistant Secretary] for Health" is half-term).
    expect(continuesName('While serving as the [...] for Health, he led the harbour inquiry.', 'Assistant Secretary')).toBe(true);
    expect(continuesName('The Harbour Council for [...] met in May.', 'Lisbon')).toBe(true);
    expect(continuesName('She asked the council for [...] in May.', 'Lisbon Harbour')).toBe(false);
    expect(continuesName('The prize went to [...] for Eve Green, her first novel.', 'Susan Fletcher')).toBe(false);
  });

  it('makes no card on half of a journal’s name', () => {
    const text =
      'Botanists at the Vienna herbarium found that the ghost orchid flowers only after a forest fire. ' +
      'The study was published in Proceedings of the Royal Society of Botany this week.';
    expect(backs(text)).not.toContain('Royal Society of Botany');
  });
});

describe('who gave the quote', () => {
  it('finds a speaker’s employer and the writer’s friend', () => {
    expect(speakerAside('Dry seasons are getting longer, said co-author Ana Ruiz, a [...] research fellow.')).toBe(true);
    expect(speakerAside('"The data are thin," said Ana Ruiz, an economist with the [...].')).toBe(true);
    expect(speakerAside('"I never checked my settings," said [...], a friend who runs a bakery.')).toBe(true);
    expect(speakerAside('The dam was built by the [...] in 1962 to protect the valley.')).toBe(false);
    expect(speakerAside('"The dam will hold," said [...], the engineer who designed it.')).toBe(false);
    expect(speakerAside('"I was amazed," said Tom Reyes, a friend who bakes. He has [...] followers.')).toBe(true);
    expect(quotesAcquaintance('"I was amazed by the numbers," said Tom Reyes, a friend who sells bread online.')).toBe(true);
    expect(quotesAcquaintance('"The numbers are clear," said Tom Reyes, the agency’s director.')).toBe(false);
  });

  it('makes no card on a research fellow’s employer', () => {
    const text =
      'Glaciers in the southern range lost a fifth of their ice between 1990 and 2020, a new study found. ' +
      'The northern valleys lost less ice than the southern ones, said study co-author Ana Ruiz, a Nordic Polar Institute research fellow.';
    expect(backs(text)).not.toContain('Nordic Polar Institute');
  });

  it('makes no card, gap or "who said", on a friend of the writer', () => {
    const text =
      'Photo apps now show each user how many strangers look at their profile every week. ' +
      '"I had no idea that so many strangers looked at my pictures every single week of the year," said Tom Reyes, a friend who recently opened a bakery account. ' +
      'The app added the weekly count to every business account in March after a long test.';
    expect(backs(text)).not.toContain('Tom Reyes');
  });

  it('makes no card on a detail of the friend’s story', () => {
    const text =
      'Photo apps now show each user how many strangers look at their profile every week. ' +
      '"I had no idea that so many strangers looked at my pictures," said Tom Reyes, a friend who recently opened a bakery account. ' +
      'He learned that about 90 people see his profile each week, out of around 2,400 followers.';
    const answers = backs(text);
    expect(answers).not.toContain('around 2,400');
    expect(answers).not.toContain('2,400');
  });
});

describe('a "that" with nothing to point to', () => {
  it('is seen after a verb of saying', () => {
    expect(danglingThat('On rough roads, the builder reckons that might be closer to [...] miles.')).toBe(true);
    expect(danglingThat('The maker says that would add [...] miles.')).toBe(true);
    expect(danglingThat('The maker says that the battery could last [...] miles.')).toBe(false);
    expect(danglingThat('It is a car that could drive [...] miles.')).toBe(false);
  });

  it('makes no card on it', () => {
    const text =
      'The Larkin GT electric coupe can drive up to 520 kilometres on one charge in city traffic. ' +
      'On mountain roads, the builder reckons that might drop to 410 kilometres between charges.';
    expect(backs(text)).not.toContain('410');
  });
});

describe('the year of a count', () => {
  it('is the figure’s footnote; the year of an event is not', () => {
    expect(datesAFigure('In [...], the agency estimated that 40% of wells were dry.', '2011')).toBe(true);
    expect(datesAFigure('The ministry employed 250 inspectors in [...].', 'March 2014')).toBe(true);
    expect(datesAFigure('The bridge was opened in [...] after 12 years of work.', '1932')).toBe(false);
    // The date a state is reported "as of": the state is the fact.
    expect(datesAFigure('As of [...], the harbour fund held a reserve of $159 million.', '2012')).toBe(true);
    expect(datesAFigure('As of [...], the largest known prime had 22 million digits.', 'January 2016')).toBe(true);
    expect(datesAFigure('In [...], the agency estimated that 40% of wells were dry.', 'drought')).toBe(false);
  });

  it('so is the year a figure is compared with or changed to; the year of a change in a rule is not', () => {
    expect(datesAFigure('The waiting list stood at 2,140 households in April, up from 1,380 in [...].', '2021')).toBe(true);
    expect(datesAFigure('Print sales fell from 38,000 in [...] to under 9,000 in 2020.', '2000')).toBe(true);
    expect(datesAFigure('Print sales fell from 38,000 in 2000 to under 9,000 in [...], and the paper went weekly.', '2020')).toBe(true);
    expect(datesAFigure('It treated 118,000 patients last year, nearly double the figure of [...].', '2005')).toBe(true);
    expect(datesAFigure('The average home there now costs £214,000, up from £148,000 in [...].', '2019')).toBe(true);
    expect(datesAFigure('The pension age rises from 55 to 57 in [...] for all members.', 'April 2028')).toBe(false);
    expect(datesAFigure('The team moved from Leeds to Hull in [...] after the fire.', '1998')).toBe(false);
  });

  it('makes no card on the year of an estimate', () => {
    const text =
      'Dry wells are common across the northern province of Kalvara, where farming depends on groundwater. ' +
      'In 2011, the water agency estimated that up to 40% of the wells in the northern villages of Kalvara were dry.';
    expect(backs(text)).not.toContain('2011');
  });
});

describe('the writer’s own method', () => {
  it('is told apart from a finding and from a quoted "we"', () => {
    expect(writersMethod('For timber, we used prices published in [...] by the Forest Service.')).toBe(true);
    expect(writersMethod('We decided to use the estimate of the [...] port authority.')).toBe(true);
    expect(writersMethod('"We used every crane we had," said the [...] harbour master.')).toBe(false);
    expect(writersMethod('The survey found that [...] of farms had no well.')).toBe(false);
  });

  it('makes no card on the source a sum leaned on', () => {
    const text =
      'The senator said that 40 tons of illegal timber cross the northern border every week. ' +
      'No agency publishes a price for illegal timber, so we decided to use the average price paid by the Kalvara Forest Service in 2019. ' +
      'At that price, the timber crossing the border each week would be worth about 3 million dollars.';
    const answers = backs(text);
    expect(answers).not.toContain('Kalvara Forest Service');
  });
});

describe('lines of feeling', () => {
  it('are no claim', () => {
    expect(genericQuote('Watching the kite climb over the dunes was just so cool for all of us')).toBe(true);
    expect(genericQuote('Winning that medal felt like a gift for the whole team')).toBe(true);
    // Praise of a study, a job called dull: judged throwaway lines on real pages.
    expect(genericQuote('I think this trial is an astounding and groundbreaking trial, really')).toBe(true);
    expect(genericQuote('The work is quite boring, because you are in a routine')).toBe(true);
    // How one felt may be the story itself (a patient's account): not a line of feeling by its verb alone.
    expect(genericQuote('I felt strange as soon as the anaesthetic started to wear off')).toBe(false);
    expect(genericQuote('The river will flood the lower town within ten years unless the dam is raised')).toBe(false);
    // A word of feeling inside a claim leaves the claim a claim.
    expect(genericQuote('It was an amazing result: deaths fell by 40 percent in the three towns that took part')).toBe(false);
    expect(genericQuote('It is exciting, because for the first time the river board, the farmers and the town council have agreed on one plan to raise the dam')).toBe(false);
  });

  it('get no "who said" card', () => {
    const text =
      'The Vela probe will land on the frozen moon Vela in 2034 and drill into its ice. ' +
      '"Seeing a drill bite into the ice of another world will be so cool for everyone on the team," said mission scientist Nora Lind. ' +
      'Engineers at the Harwell laboratory said the drill could reach the ocean under the ice within a year. ' +
      '"The ice may hide an ocean of liquid water that could hold the chemistry of life," said Harwell engineer Tomas Berg.';
    const quotes = cardsOf(text).filter((c) => c.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.map((c) => c.front).join('|')).not.toMatch(/so cool for everyone/);
  });
});

describe('a place that only locates another place', () => {
  it('tells the region after a town, or a site’s location, from a place that is the fact', () => {
    expect(locatesAPlace('The senator toured the harbour near Dunmore, [...], and called for new dredging.', 'place')).toBe(true);
    expect(locatesAPlace('The prize went to a Tarrow, [...], resident who rowed the lake alone.', 'place')).toBe(true);
    expect(locatesAPlace('The team used the Varga Observatory in [...] to watch the comet.', 'place')).toBe(true);
    expect(locatesAPlace('The family moved to [...] from their native Portugal in 1961.', 'place')).toBe(false);
    expect(locatesAPlace('The robot drew crowds at an electronics fair in [...] this week.', 'place')).toBe(false);
    expect(locatesAPlace('Mara Olin, Director, [...] said the poll was clear.', 'organization')).toBe(false);
  });

  it('tells whose capital a named city is, known without the text', () => {
    expect(locatesAPlace('Orrin has been promoted as the second city by virtue of being the capital of [...].', 'place')).toBe(true);
    expect(locatesAPlace('The capital city of the [...] moved inland in 1960.', 'place')).toBe(true);
    expect(locatesAPlace('The congress moved its capital to [...] in 1960.', 'place')).toBe(false);
    // Where a named place lies by a compass point from another (set Z judges).
    expect(locatesAPlace('The colony off Varn Bay, south of [...], allowed a closer look.', 'place')).toBe(true);
    expect(locatesAPlace('The storm moved south of [...] overnight.', 'place')).toBe(false);
  });

  it('keeps a place after a connective or a sentence’s first word, and one item of a list', () => {
    expect(locatesAPlace('However, [...], the capital, stayed calm through the night.', 'place')).toBe(false);
    expect(locatesAPlace('Tarrow has grown since the war. Meanwhile, [...], the old port, has shrunk.', 'place')).toBe(false);
    expect(locatesAPlace('The mill exports cloth to Norland, [...], and Vesta.', 'place')).toBe(false);
    expect(locatesAPlace('The mill exports cloth to Norland, [...], Vesta, and Carrow.', 'place')).toBe(false);
    expect(locatesAPlace('The mill exports cloth to Norland, Vesta, [...].', 'place')).toBe(false);
  });
});

describe('one item of a long list', () => {
  it('tells an item of a list of names from a name in a clause', () => {
    expect(listItem('The board has tested the scheme in Norland, Vesta, Carrow, Ellin and the [...].')).toBe(true);
    expect(listItem('The guild drew members from many peoples, including the [...], Tarsi, Olvens and Kelds.')).toBe(true);
    expect(listItem('The board tested the scheme in Norland and then, after two years, in the [...].')).toBe(false);
    expect(listItem('[...] won 3-1 at Vesta, while Carrow drew, Ellin lost and Orsa won.')).toBe(false);
    expect(listItem('She married four men - Ivo Dane, Ruud Kell, Aram Pell and Tomas Wren - and last, in 2010, [...].')).toBe(false);
    // A phrase of time before the list is no item of it.
    expect(listItem('Votes are counted over two days; On Tuesday, Norland, Vesta and the [...].')).toBe(false);
  });

  it('makes no card on one country of a list', () => {
    const text =
      'The Halden Bank has tried paying savers in grain instead of cash, a scheme its board calls the harvest account. ' +
      'The bank has previously tested the harvest account in Norway, Sweden, Finland, Estonia, and the United States.';
    expect(backs(text)).not.toContain('United States');
  });
});

describe('the opponent in a result', () => {
  it('tells the side beaten or drawn with from the side the result is about', () => {
    expect(scoreOpponent('Norland beat [...] 2-0 to reach the final on Sunday.')).toBe(true);
    expect(scoreOpponent('Vesta secured the title, while Carrow’s 4-1 rout of [...] came too late.')).toBe(true);
    expect(scoreOpponent('Earlier, Ellin drew [...] 1-1 at home to stay top.')).toBe(true);
    expect(scoreOpponent('[...] beat Norland 2-0 to reach the final on Sunday.')).toBe(false);
    expect(scoreOpponent('The rebels beat [...] back from the river before the winter.')).toBe(false);
    // A vote margin is no score.
    expect(scoreOpponent('The Senate defeated the [...] 52-48 after a long debate.')).toBe(false);
  });

  it('asks who won, not whom they beat', () => {
    const text =
      'The Kestrel Cup reached its final weekend with four teams still in contention for the two places in the final. ' +
      'Norway beat Croatia 2-0 on Saturday and reached the final for the first time since the club was founded.';
    const got = backs(text);
    expect(got).not.toContain('Croatia');
    expect(got).toContain('Norway');
  });
});

describe('a model year', () => {
  it('tells a year in a product’s name from the year of an event', () => {
    expect(modelYear('The [...] Corvel Sentaro, which goes on sale in late January, loses the old look.', '2020')).toBe(true);
    expect(modelYear('The [...] 15-inch Lumen Pro laptop was a very hot machine.', '2018')).toBe(true);
    expect(modelYear('Ardent has revealed its [...] Ardent Volta Coupe, making its debut in Geneva.', '2021')).toBe(true);
    expect(modelYear('The data we have collected on the [...] model suggests the fix is working.', '2018')).toBe(true);
    expect(modelYear('Kessel seized the valley in the [...] Six-Day War.', '1967')).toBe(false);
    expect(modelYear('The [...] Norland devolution referendum failed.', '1979')).toBe(false);
    expect(modelYear('Ardent showed the car at the [...] Geneva Motor Show.', '2019')).toBe(false);
    expect(modelYear('Ardent first sold the car in [...] across Europe.', '2019')).toBe(false);
  });

  it('makes no card on the model year of a car in a story', () => {
    const got = backs(
      'Corvel said the new car would reach dealers across the country before the summer season begins. ' +
        'The 2020 Sentaro, which goes on sale in late January, loses the old version’s upright look and gains a larger engine.',
    );
    expect(got).not.toContain('2020');
  });
});
