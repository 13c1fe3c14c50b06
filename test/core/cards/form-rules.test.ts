// Issue 14's quality rules on sentences of our own: fronts that give their answer away in a
// derived form (derived-hints.ts), lean on a referent they do not show (unnamed-referents.ts),
// carry page furniture or a glued-on caption (sentence-rules.ts), or blank a hollow phrase
// (vague-blanks.ts); blanks that are not one whole term (blank-form.ts).
import { describe, expect, it } from 'vitest';
import { buildGapCards, contextFor } from '../../../src/core/cards/cloze.js';
import { buildContext, hasPronounSubject } from '../../../src/core/cards/context.js';
import { generateCards } from '../../../src/core/cards/index.js';
import { articleFrom } from './helpers.js';
import { hintsAnswer } from '../../../src/core/cards/front-hints.js';
import { isCaptionRunOn, opensWithPointer } from '../../../src/core/cards/sentence-rules.js';
import { labelNumber, periodEnd, relativeSpan, vagueBlank } from '../../../src/core/cards/vague-blanks.js';
import { analyzeBlocks, type Sentence } from '../../../src/core/nlp/index.js';
import type { Answer } from '../../../src/core/cards/answers.js';
import { addressPart, brokenBlank, countryNamedOnFront, otherNumberOnFront, splitsCoordination, withoutTrailingMark } from '../../../src/core/cards/blank-form.js';
import { valueDistractors } from '../../../src/core/cards/numeric-distractors.js';

describe('answers given away in another form', () => {
  it('knows a word of the same stem', () => {
    expect(hintsAnswer('Being prime, the number was used to test the [...] of larger ones.', 'primality')).toBe(true);
    expect(hintsAnswer('Ash from the volcano covered the valley, a [...] plume seen for miles.', 'volcanic')).toBe(true);
    expect(hintsAnswer('The number was used to test the [...] of larger ones.', 'primality')).toBe(false);
    // The same word, only in its plural, is not another form.
    expect(hintsAnswer('The Old Courts hold [...], each ringed by halls, around one larger court.', 'four courts')).toBe(false);
  });

  it('knows a figure the front lets a student work out', () => {
    expect(hintsAnswer('The batch holds about 60 percent sand, 25 percent slate, [...] soda ash and 5 percent lime.', '10 percent')).toBe(true);
    expect(hintsAnswer('With a limit of 2,000 florins and a balance of 1,800, your use is [...], which counts against you.', '90 percent')).toBe(true);
    expect(hintsAnswer('With a limit of [...] florins and a balance of 1,800, your use is 90 percent.', '2,000')).toBe(true);
    expect(hintsAnswer('The two parties together hold [...] seats, five short of the 38 needed for a majority.', '33')).toBe(true);
    expect(hintsAnswer('The chamber has [...] members elected from 14 two-member constituencies.', '28')).toBe(true);
    // The sum written out with its "=" before the blank.
    expect(hintsAnswer('Five levels of ten lists each: a total of 10^5 * 300 = [...] lists.', '30,000,000')).toBe(true);
    expect(hintsAnswer('The load is 2 × 40 = [...] tonnes per axle.', '80')).toBe(true);
    // Figures that make the answer only by chance give nothing away.
    expect(hintsAnswer('The firm employs [...] people in 12 countries and 4 regions.', '48')).toBe(false);
    expect(hintsAnswer('The firm employs [...] people, 40 in Leeds and 7 in York.', '33')).toBe(false);
    expect(hintsAnswer('Turnout was [...], compared with 63.5 per cent at the general election.', '41.2 per cent')).toBe(false);
  });

  it('knows a place the front names but for its compass point', () => {
    expect(hintsAnswer('In return, Sudan will stop supporting rebels in neighbouring [...] and open its roads to aid groups.', 'South Sudan')).toBe(true);
    expect(hintsAnswer('Talks resumed on Monday; [...] sent a delegation to the border village.', 'North Korea')).toBe(false);
    expect(hintsAnswer('The ferry links Wales with [...] twice a day.', 'Northern Ireland')).toBe(false);
  });

  it('knows the other half of a pair the front names', () => {
    expect(hintsAnswer('The year has four phases: breeding, [...], wintering and northward migration.', 'southward migration')).toBe(true);
    expect(hintsAnswer('Members of the upper house are appointed; those of the [...] are elected.', 'lower house')).toBe(true);
    expect(hintsAnswer('The plover flies north in spring and rests on the [...] before the winter.', 'southern coast')).toBe(false);
  });

  it("knows a year's digits inside a name", () => {
    expect(hintsAnswer('The KRT97 survey of the reef, published in [...], found bleaching on most sites.', '1997')).toBe(true);
    expect(hintsAnswer('The Cup2014 tournament held in Brazil ended in [...].', 'July 2014')).toBe(true);
    expect(hintsAnswer('The KRT97 survey of the reef, published in [...], found bleaching on most sites.', '2003')).toBe(false);
  });

  it("knows an acronym's words spelled out on the front", () => {
    expect(hintsAnswer('Pilots of the Royal Air Force, or the [...], flew the last patrol in 1994.', 'RAF')).toBe(true);
    expect(hintsAnswer('Pilots of the navy, not the [...], flew the last patrol in 1994.', 'RAF')).toBe(false);
    // The other way round: the acronym after the blank spells out the answer, even where the text's
    // wording of the name is not the acronym's own.
    expect(hintsAnswer("The [...]'s (MPAA) free scanning software lets parents check a computer.", 'Movie Association for America')).toBe(true);
    expect(hintsAnswer('A report by the [...] (WHO) found the rate had doubled.', 'World Health Organization')).toBe(true);
    expect(hintsAnswer('A report by the [...] (FAO) found the rate had doubled.', 'World Health Organization')).toBe(false);
  });

  it('knows a seat that stands for the body it houses', () => {
    expect(hintsAnswer('Giving the [...] control of rail fares came third, while handing Holyrood the ferries came fifth.', 'Scottish Parliament')).toBe(true);
    expect(hintsAnswer('Giving the [...] control of rail fares came third in the poll.', 'Scottish Parliament')).toBe(false);
  });
});

describe('hollow blanks', () => {
  it('tells a hollow phrase from a term', () => {
    expect(vagueBlank('The new rules brought [...] in emissions across the region.', 'significant reductions')).toBe(true);
    expect(vagueBlank('Some [...] show that the drug slows the disease.', 'studies')).toBe(true);
    expect(vagueBlank('The [...] of the disease owes much to one doctor.', 'modern understanding')).toBe(true);
    expect(vagueBlank('The new rules brought [...] to the region.', 'carbon pricing')).toBe(false);
  });

  it('takes a comparative of degree, a generic source or a piece of stock advice for hollow', () => {
    expect(vagueBlank('Walking daily has been linked to a [...] of back pain.', 'decreased frequency')).toBe(true);
    expect(vagueBlank('A light lunch cut hunger to a [...] than a heavy one.', 'greater extent')).toBe(true);
    expect(vagueBlank('In fact, [...] that sleep could be linked to lower stress.', 'studies show')).toBe(true);
    expect(vagueBlank('Cook at home more often to promote [...].', 'healthier eating habits')).toBe(true);
    expect(vagueBlank('Odds were cut because of [...] that the mayor will stand again.', 'widespread speculation')).toBe(true);
    expect(vagueBlank('The fever is transmitted to [...] by the bite of the marsh tick.', 'humans')).toBe(true);
    expect(vagueBlank('The model works where buyers can easily compare [...] and their costs.', 'products')).toBe(true);
    // A named condition or nutrient is a term, however healthy the page.
    expect(vagueBlank('Cook at home more often to lower your intake of [...].', 'trans fats')).toBe(false);
    expect(vagueBlank('Skipping breakfast raises the risk of [...] in older adults.', 'binge eating')).toBe(false);
  });
});

describe('clock times', () => {
  it('are the hours of a schedule, not figures to learn', () => {
    expect(labelNumber('Households get water between [...] a.m. and again between 6 and 9 p.m.', '5 and 8')).toBe(true);
    expect(labelNumber('The last ferry leaves at [...] pm on weekdays.', '10.30')).toBe(true);
    expect(labelNumber('The valley has [...] wells and two reservoirs.', '12')).toBe(false);
  });

  it('a span of time counted from the day of writing, or given by the dates beside it, is no answer (set R judges: trivia; gives-away)', () => {
    expect(relativeSpan('In [...], the harbour union will start balloting its members on strikes.', 'four days')).toBe(true);
    expect(relativeSpan('The ferry will be back in service in [...]\' time, the council said.', 'two weeks')).toBe(true);
    expect(relativeSpan('The 120 cafes were shut in the [...] from October to December.', 'three months')).toBe(true);
    expect(relativeSpan('The crossing took [...] in the winter of 1911.', 'three days')).toBe(false);
  });

  it('the end of the period a figure is measured over is no answer (both set S judges: trivia)', () => {
    expect(periodEnd('The harbour trust forecast growth of 6.5% in the year to [...].', 'March 2005')).toBe(true);
    expect(periodEnd('In the three months to [...], twice as many people took the ferry.', 'September 2004')).toBe(true);
    expect(periodEnd('The harbour trust opened its new pier in [...].', 'March 2005')).toBe(false);
  });

  it('a standard race distance is the event\'s name, not a figure (both blind judges of set P: "900, 1300 and 1400 are not standard race distances")', () => {
    expect(labelNumber('The 28 year old will go in as one of the [...] metres favourites.', '800')).toBe(true);
    expect(labelNumber('The pier holds [...] metres of rope made from old nets.', '800')).toBe(false);
    // …also after "the" with its "m" glued on, and as one of a pair of events (set Q's facts judge).
    expect(labelNumber('He ran 20.13secs in the quarter finals of the [...]m in Lindvik on the way to silver.', '200')).toBe(true);
    expect(labelNumber('His displays in the individual [...]m and 200m events were a disappointment.', '100')).toBe(true);
    expect(labelNumber('The harbour office built the [...]m tower beside the pier.', '200')).toBe(false);
  });
});

describe('two sentences run together', () => {
  it('knows a caption glued on after a year', () => {
    expect(isCaptionRunOn('Her profile says she moved to Leeds in 2011 A Hull shopkeeper, Tom Reed, told the paper she had left.')).toBe(true);
    expect(isCaptionRunOn('She moved to Leeds in 2011 and opened a shop there with her brother Tom.')).toBe(false);
  });
});

/** The context of one article of paragraphs, and the sentence holding `needle`. */
function sentenceIn(paragraphs: readonly string[], needle: string) {
  const blocks = paragraphs.map((text) => ({ type: 'paragraph' as const, text }));
  const analysis = analyzeBlocks(blocks);
  const ctx = buildContext(analysis, blocks, 'Harbours');
  const s = analysis.sentences.find((x) => x.text.includes(needle))!;
  return { ctx, s };
}

describe('page furniture inside a sentence', () => {
  it('takes no sentence that carries a marker, and keeps the same sentence without it', () => {
    for (const marker of ['Advertisement ', '[Update] ', 'CALVERTON (Reuters) - ']) {
      const marked = sentenceIn([`${marker}The harbour board of Calverton approved a new grain terminal in 2021 at a cost of 80 million pounds.`], 'grain terminal');
      expect(marked.ctx.eligible(marked.s)).toBe(false);
    }
    const clean = sentenceIn(['The harbour board of Calverton approved a new grain terminal in 2021 at a cost of 80 million pounds.'], 'grain terminal');
    expect(clean.ctx.eligible(clean.s)).toBe(true);
  });
});

describe('referents the front does not show', () => {
  const claims = 'A record catch for the Northern Fishing Company would have backed up his boast to have saved the trawlers sold off by the council in 2011.';

  it('shows the sentence that names the person "his" stands for', () => {
    const { ctx, s } = sentenceIn([`The fisheries minister Alan Prescott had promised to buy back the trawlers of the Northern Fishing Company before the vote. ${claims}`], 'his boast');
    expect(contextFor(ctx, s)).toContain('Alan Prescott');
  });

  it('makes no card when the sentence before names nobody', () => {
    const { ctx, s } = sentenceIn([`The Northern Fishing Company landed 2 thousand tonnes less fish in the first half of the year after storms off Iceland. ${claims}`], 'his boast');
    expect(contextFor(ctx, s)).toBeNull();
  });

  it('needs no context when the person is named before the pronoun', () => {
    const { ctx, s } = sentenceIn(['The Northern Fishing Company lost boats again last year. A record catch would have backed up the boast of Alan Prescott that his reforms worked in 2015.'], 'his reforms');
    expect(contextFor(ctx, s)).toBe('');
  });

  it('takes "him" after the verb a named person does for someone else, named before: the sentence before is shown', () => {
    const painted = 'Sir Joshua Reynolds painted him after his arrival in 1774, and the portrait was first shown in 1776.';
    // (The sentence before names a person; whom "him" means is the reader's to see there.)
    const before = sentenceIn([`Captain James Cook brought the young sailor Mai back from Tahiti on his second voyage. ${painted}`], 'his arrival');
    expect(contextFor(before.ctx, before.s)).toContain('James Cook');
    const nobody = sentenceIn([`A ship came to London from Tahiti that summer. ${painted}`], 'his arrival');
    expect(contextFor(nobody.ctx, nobody.s)).toBeNull();
    // The object of a verb in a clause of its own may be the person named at the start.
    const own = sentenceIn(['The harbour board met on Monday. Tomas Reyes said the board had fired him without a hearing in 2019.'], 'fired him');
    expect(contextFor(own.ctx, own.s)).toBe('');
  });

  it('shows the sentence before "these functions" past the opening, unless its own clause says what they are', () => {
    const { ctx, s } = sentenceIn(['The lander held the oxygen tanks, the batteries and the radio of the mission. The crew returned safely by using the lander as a lifeboat for these functions in 1970.'], 'lifeboat');
    expect(contextFor(ctx, s)).toContain('oxygen tanks');
    const own = sentenceIn(['The lander was built in Bethpage. The crew praised those engineers who built the lander in 1969.'], 'engineers');
    expect(contextFor(own.ctx, own.s)).toBe('');
  });

  it('shows the sentence before someone called only by age or origin ("the 21-year-old told …", "the South African has …")', () => {
    const age = sentenceIn(['Striker Tomas Reyes says he was fooled by a radio prank on Monday. "I wish I was playing for Harwick," the 21-year-old told a radio station.'], '21-year-old');
    expect(contextFor(age.ctx, age.s)).toContain('Tomas Reyes');
    const origin = sentenceIn(['The harbour board met on Monday. And the South African has been appointed to take charge of the final on 13 March.'], 'South African');
    expect(contextFor(origin.ctx, origin.s)).toBeNull();
    // Set beside a name, or before a noun, it describes someone the card names.
    const named = sentenceIn(['The harbour board met on Monday. Reyes, the 21-year-old, joined Harwick in 2004.'], '21-year-old');
    expect(contextFor(named.ctx, named.s)).toBe('');
    const noun = sentenceIn(['The harbour board met on Monday. The club signed the 21-year-old striker Tomas Reyes in 2004.'], '21-year-old');
    expect(contextFor(noun.ctx, noun.s)).toBe('');
  });

  it('shows the sentence before "the stuff"', () => {
    const { ctx, s } = sentenceIn(['The glider Skylark sampled pollen over the eastern hills of the island Pellis in 2016. And there was plenty of the stuff, about 3,100 grains a litre, according to the team in Leiden.'], 'the stuff');
    expect(contextFor(ctx, s)).toContain('pollen');
  });

  it('shows the sentence before "the endeavour", "the effort" or "the issue", or makes no card without one', () => {
    const before = sentenceIn(['The institute wants to build a living cell from scratch. Scientists at the Varn Institute have been working on the endeavour for a decade.'], 'endeavour');
    expect(contextFor(before.ctx, before.s)).toContain('living cell');
    const alone = sentenceIn(['Scientists at the Varn Institute have been working on the endeavour for a decade.'], 'endeavour');
    expect(contextFor(alone.ctx, alone.s)).toBeNull();
    // Followed by its own clause it says what it is.
    const told = sentenceIn(['Scientists at the Varn Institute raised the issue of funding in 2014.'], 'issue');
    expect(contextFor(told.ctx, told.s)).toBe('');
  });
});

describe('a pronoun before a verb of saying', () => {
  it('reads "it continued to evolve" as no speaker, and still "…,” he continued" as one', () => {
    expect(hasPronounSubject(sentenceIn(['The distinct identity of the Varn people emerged in the first half of the 10th century, and it continued to evolve over the centuries after.'], 'emerged').s, true)).toBe(false);
    expect(hasPronounSubject(sentenceIn(['“The river will flood the lower town again before the spring,” he continued in his letter.'], 'river').s, true)).toBe(true);
  });

  it('makes a card on such a sentence', () => {
    const text = 'Varn people\n\nThe distinct identity of the Varn people emerged in the first half of the 10th century, and it continued to evolve over the centuries after.\n';
    const cards = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards;
    expect(cards.map((c) => c.back)).toContain('10th century');
  });
});

describe('the form of a blank', () => {
  /** The answer at `text` in the sentence holding it, as the answer finders would give it. */
  function answerIn(sentence: string, text: string, type: Answer['type'] = 'term'): { s: Sentence; answer: Answer } {
    const { s } = sentenceIn([sentence], sentence.slice(0, 20));
    const start = s.start + s.text.indexOf(text);
    return { s, answer: { type, start, end: start + text.length, text, fact: text, count: 1, weight: 1 } };
  }

  it('leaves a footnote call or a bracketed abbreviation out of the answer', () => {
    const cited = answerIn('One trial in 40 adults found that walking daily eased back pain in 70% of them (12).', '70% of them (12)', 'number');
    expect(withoutTrailingMark(cited.answer).text).toBe('70% of them');
    const abbreviated = answerIn('The lamp burns on liquefied petroleum gas (LPG) bought in the town.', 'liquefied petroleum gas (LPG)');
    expect(withoutTrailingMark(abbreviated.answer).text).toBe('liquefied petroleum gas');
    const share = answerIn('Labour came second with 11,888 votes (32.1 per cent), down from 54.7 per cent.', '11,888 votes (32.1 per cent)', 'number');
    expect(withoutTrailingMark(share.answer).text).toBe('11,888 votes');
    const plain = answerIn('The lamp burns on liquefied petroleum gas bought in the town.', 'liquefied petroleum gas');
    expect(withoutTrailingMark(plain.answer)).toBe(plain.answer);
  });

  it('takes no blank that ends on a function word or runs into the next sentence', () => {
    const runOn = answerIn('The Harriers won Division C. The day before, the Rovers had lost at home to the Kites.', 'Division C. The');
    expect(brokenBlank(runOn.s, runOn.answer)).toBe(true);
    const whole = answerIn('The Harriers won Division C on Saturday after a long season of close games.', 'Division C');
    expect(brokenBlank(whole.s, whole.answer)).toBe(false);
    const letter = answerIn('The shots protect the children against Hepatitis A for at least ten years.', 'Hepatitis A');
    expect(brokenBlank(letter.s, letter.answer)).toBe(false);
  });

  it('takes no blank on a name that goes on past it after "for", "of" or a list, nor one glued on by "--" (set V judges: malformed)', () => {
    const charity = answerIn('The study, commissioned by education charity Slates for Schools, looked at 671 schools.', 'education charity Slates', 'term');
    expect(brokenBlank(charity.s, charity.answer)).toBe(true);
    const group = answerIn('The study was headed by Ana Berg of the Family, Kids and Youth research group.', 'Ana Berg of the Family', 'person');
    expect(brokenBlank(group.s, group.answer)).toBe(true);
    const glued = answerIn('The car was developed with Kaito of Japan--who took the lead in its engineering.', 'Kaito of Japan--who', 'organization');
    expect(brokenBlank(glued.s, glued.answer)).toBe(true);
    const hyphened = answerIn('Warren Hale hopes frustration can inspire the team to a third successive post-World Cup Grand Slam.', 'Cup Grand Slam', 'name');
    expect(brokenBlank(hyphened.s, hyphened.answer)).toBe(true);
    const range = answerIn('The coalition organised a vote from June 16 -- 22, offering residents a say on the name.', 'June 16', 'date');
    expect(brokenBlank(range.s, range.answer)).toBe(true);
    const label = answerIn('He was the last American to claim the year-end world No. 1 ranking in 2003.', '1 ranking', 'term');
    expect(brokenBlank(label.s, label.answer)).toBe(true);
    // A name followed by whom it worked for is whole.
    const poll = answerIn('But a poll by Varn Mori for Radio Tarrow reveals that the vote was more popular.', 'Varn Mori', 'organization');
    expect(brokenBlank(poll.s, poll.answer)).toBe(false);
  });

  it('takes no blank on a name that goes on past it: a capital before, "&", or a particle after (set R judges: half-term)', () => {
    const event = answerIn('Sarah Berg is confident of a medal at next month\'s European Indoor Championships in Madrid.', 'Indoor Championships', 'name');
    expect(brokenBlank(event.s, event.answer)).toBe(true);
    const album = answerIn('He released his debut album 21 & Up on the harbour label in 2009.', 'Up', 'name');
    expect(brokenBlank(album.s, album.answer)).toBe(true);
    const mosque = answerIn('The building is also known as the Grand Mosque d\'Alger by many visitors.', 'Grand Mosque', 'name');
    expect(brokenBlank(mosque.s, mosque.answer)).toBe(true);
    // A title, "The" or a nationality before a person is no part of the name.
    const person = answerIn('The race was won by the favourite, Russian Irina Lind, in sixth spot.', 'Irina Lind', 'person');
    expect(brokenBlank(person.s, person.answer)).toBe(false);
    const titled = answerIn('The harbour was opened by President Tomas Reyna in 2004.', 'Tomas Reyna', 'person');
    expect(brokenBlank(titled.s, titled.answer)).toBe(false);
    const the = answerIn('A guide published by The English Journal warns teachers about the novel.', 'English Journal', 'organization');
    expect(brokenBlank(the.s, the.answer)).toBe(false);
    // A blank that runs past a sentence's end into "Its …", or a figure's decimals after a bare point.
    const runOn = answerIn('It was built during the rule of Ahmed I. Its Külliye contains a tomb and a school.', 'Ahmed I. Its Külliye', 'name');
    expect(brokenBlank(runOn.s, runOn.answer)).toBe(true);
    const calibre = answerIn('The rig holds a camera and a .22 calibre rifle on the harbour wall.', '22', 'number');
    expect(brokenBlank(calibre.s, calibre.answer)).toBe(true);
  });

  it('takes no blank on one end of a range ("an [8%]-10% rise")', () => {
    const low = answerIn('Energy stocks did particularly well, recording an 8%-10% rise since Monday morning.', '8%', 'number');
    expect(brokenBlank(low.s, low.answer)).toBe(true);
    const high = answerIn('Energy stocks did particularly well, recording an 8%-10% rise since Monday morning.', '10%', 'number');
    expect(brokenBlank(high.s, high.answer)).toBe(true);
    const alone = answerIn('Energy stocks did particularly well, recording a 10% rise since Monday morning.', '10%', 'number');
    expect(brokenBlank(alone.s, alone.answer)).toBe(false);
    // … written with "to", when both ends are one kind of figure; a change "to" a value is no range.
    const from = answerIn('Estimates of total deaths range from 50 million to more than 80 million across the region.', '50 million', 'number');
    expect(brokenBlank(from.s, from.answer)).toBe(true);
    const to = answerIn('Portal sites let people play for free, or pay between pounds 30 to pounds 40 a year for extras.', 'pounds 40', 'number');
    expect(brokenBlank(to.s, to.answer)).toBe(true);
    const change = answerIn('U.S. crude fell 3.38% to $55.12 per barrel on Tuesday afternoon in New York.', '$55.12', 'number');
    expect(brokenBlank(change.s, change.answer)).toBe(false);
  });

  it('takes no blank that starts or ends inside a written token ("8[GB of RAM]")', () => {
    const unit = answerIn('The console has only 8GB of RAM and tops out at 4.2 teraflops.', 'GB of RAM');
    expect(brokenBlank(unit.s, unit.answer)).toBe(true);
    const whole = answerIn('The console has only eight gigabytes of RAM and tops out at 4.2 teraflops.', 'gigabytes of RAM');
    expect(brokenBlank(whole.s, whole.answer)).toBe(false);
    // Nor one that opens on the unit of the figure before it, written apart.
    const apart = answerIn('Some of that 8.69 GW of Korean production lines may have since been idled.', 'GW of Korean');
    expect(brokenBlank(apart.s, apart.answer)).toBe(true);
    const named = answerIn('The plant sold 8.69 GW of power to Korean Electric last year.', 'Korean Electric');
    expect(brokenBlank(named.s, named.answer)).toBe(false);
  });

  it('takes no blank over half of a name with a slash ("[OS]/2") or cut at an abbreviation\'s stop ("[Warner Bros]. Records")', () => {
    const slash = answerIn('The venerable IBM operating system, known as OS/2, ran the cash machines.', 'OS');
    expect(brokenBlank(slash.s, slash.answer)).toBe(true);
    const cut = answerIn('In 1982 she signed with Harbour Records and Lindvik Bros. Records, and released two singles.', 'Harbour Records and Lindvik Bros');
    expect(brokenBlank(cut.s, cut.answer)).toBe(true);
    const whole = answerIn('In 1982 she signed with Harbour Records, and released two singles.', 'Harbour Records');
    expect(brokenBlank(whole.s, whole.answer)).toBe(false);
  });

  it('takes no blank over part of a name in quotation marks, but keeps a whole one and quoted speech', () => {
    const part = answerIn('Originally dubbed "Harry\'s Guide to the World Wide Web" the firm took a shorter name in 1995.', 'World Wide Web', 'name');
    expect(brokenBlank(part.s, part.answer)).toBe(true);
    const whole = answerIn('The firm was originally dubbed "Harbour Guide" by its two founders in 1994.', 'Harbour Guide', 'name');
    expect(brokenBlank(whole.s, whole.answer)).toBe(false);
    const speech = answerIn('"I wish I was playing for Harwick Rovers," the striker told the radio station.', 'Harwick Rovers', 'name');
    expect(brokenBlank(speech.s, speech.answer)).toBe(false);
  });

  it('takes no bare figure cut from the name it numbers, but keeps a figure that counts', () => {
    const named = answerIn('The launch of the rocket Kestrel 9 was put off by a week because of the wind.', '9', 'number');
    expect(brokenBlank(named.s, named.answer)).toBe(true);
    const counted = answerIn('The ferry calls at a fishing village 85 miles north of the capital.', '85', 'number');
    expect(brokenBlank(counted.s, counted.answer)).toBe(false);
    const dated = answerIn('The ferry first sailed in 1921 from the old harbour to the islands.', '1921', 'date');
    expect(brokenBlank(dated.s, dated.answer)).toBe(false);
    const year = answerIn('The abbey was finished in the year 1066 by monks from the south.', '1066', 'date');
    expect(brokenBlank(year.s, year.answer)).toBe(false);
  });

  it('takes no blank over both ends of a change, but keeps a range', () => {
    const change = answerIn('The bank raised its rate from 0.1% to 5.25% over two years of rising prices.', '0.1% to 5.25%', 'number');
    expect(brokenBlank(change.s, change.answer)).toBe(true);
    const range = answerIn('Each count carries a possible sentence of 1 to 15 years in prison.', '1 to 15', 'number');
    expect(brokenBlank(range.s, range.answer)).toBe(false);
  });

  it('takes no name cut from the figure that numbers it, but keeps a name before a figure that counts', () => {
    const standard = answerIn('British Standard 1212, first published in 1945, is based on the Hollis design.', 'British Standard');
    expect(brokenBlank(standard.s, standard.answer)).toBe(true);
    const rocket = answerIn('The crew of Kestrel 9 landed safely in the sea off Varne.', 'Kestrel');
    expect(brokenBlank(rocket.s, rocket.answer)).toBe(true);
    const counting = answerIn('Last year Marlow Foods sold 40 tonnes of flour to the bakeries of Varne.', 'Marlow Foods');
    expect(brokenBlank(counting.s, counting.answer)).toBe(false);
    const apart = answerIn('The plan was backed by Marlow Foods, 12 councils and the port.', 'Marlow Foods');
    expect(brokenBlank(apart.s, apart.answer)).toBe(false);
  });

  it('keeps a figure after a word that measures or orders: an age, a category, a stage is a value, not half of a name', () => {
    const age = answerIn('Mira Toll retired from racing at age 34 after a bad fall in the hills.', '34', 'number');
    expect(brokenBlank(age.s, age.answer)).toBe(false);
    const category = answerIn('The storm was upgraded to Category 4 as it neared the coast of Varne.', '4', 'number');
    expect(brokenBlank(category.s, category.answer)).toBe(false);
    const stage = answerIn('The tumour was found at stage 2 and removed within a month.', '2', 'number');
    expect(brokenBlank(stage.s, stage.answer)).toBe(false);
  });

  it('takes no blank that steals the noun two modifiers share', () => {
    const shared = answerIn('The historian argues that sudden economic and political shocks cut the fortunes of the rich.', 'political shocks');
    expect(splitsCoordination(shared.s, shared.answer)).toBe(true);
    const whole = answerIn('The historian argues that sudden economic and political shocks cut the fortunes of the rich.', 'economic and political shocks');
    expect(splitsCoordination(whole.s, whole.answer)).toBe(false);
  });

  it('takes no blank on the first day of two that share a month ("[February 16] and 17")', () => {
    const pair = answerIn('A hearing scheduled for February 16 and 17 will rule on the case.', 'February 16', 'date');
    expect(splitsCoordination(pair.s, pair.answer)).toBe(true);
    const range = answerIn('The festival runs from March 3-5 in the old harbour.', 'March 3', 'date');
    expect(splitsCoordination(range.s, range.answer)).toBe(true);
    const alone = answerIn('A hearing scheduled for February 16 and a ruling in March will settle it.', 'February 16', 'date');
    expect(splitsCoordination(alone.s, alone.answer)).toBe(false);
    const year = answerIn('Sales fell in 2003 and 40 shops closed.', '2003', 'date');
    expect(splitsCoordination(year.s, year.answer)).toBe(false);
  });

  it("takes a country for given away when another of its names is on the front", () => {
    expect(countryNamedOnFront('The envoy to Britain accused the [...] and France of meddling.', 'UK')).toBe(true);
    expect(countryNamedOnFront('The envoy to [...] accused the U.S. of meddling.', 'America')).toBe(true);
    // "us" is a pronoun, not the country.
    expect(countryNamedOnFront('The envoy told us that the [...] would not sign.', 'US')).toBe(false);
    expect(countryNamedOnFront('The envoy to France accused the [...] of meddling.', 'UK')).toBe(false);
    // Part of a longer name, the alias names another place.
    expect(countryNamedOnFront('Trade with Latin America grew while the [...] raised its tariffs.', 'United States')).toBe(false);
  });

  it('takes the answer phrase for given away when the front has it in its other number', () => {
    expect(otherNumberOnFront('The outer cell wall is thin, but both [...] are made of the same fibre.', 'cell walls')).toBe(true);
    expect(otherNumberOnFront('The outer shell is thin, but both [...] are made of the same fibre.', 'cell walls')).toBe(false);
    // One plural word beside its singular is often another thing.
    expect(otherNumberOnFront('One larger court lies beyond the [...].', 'courts')).toBe(false);
  });

  it('takes a place blanked in an address for given away by the place before it', () => {
    expect(addressPart('The Tasmania, [...], resident said she trained for a year.', '[...]')).toBe(true);
    expect(addressPart('He moved to Hollywood, [...] in 1948 to pursue a career in acting.', '[...]')).toBe(true);
    expect(addressPart('The harbour band played in Oslo, [...] and Tromsø that summer.', '[...]')).toBe(false);
    expect(addressPart('The team beat Norway, [...], and Chile in the group.', '[...]')).toBe(false);
    expect(addressPart('Teams from Peru, Norway, [...], and Chile took part.', '[...]')).toBe(false);
  });

  it('offers no other numbers for a number that is part of a name', () => {
    expect(valueDistractors('Kestrel 9', 'number', 'seed')).toBeNull();
    expect(valueDistractors('Expo 2030', 'number', 'seed')).toBeNull();
    expect(valueDistractors('85 miles', 'number', 'seed')).not.toBeNull();
  });

  it('gives the sentence before when a year or a participle opens on a pronoun subject', () => {
    for (const opening of ['In 1998 he', 'Heading into the final round she']) {
      const { s } = sentenceIn(['Ola Brandt rowed for the island club for ten years.', `${opening} was named captain of the crew.`], 'captain');
      expect(opensWithPointer(s), opening).toBe(true);
    }
  });

  it('gives the sentence before when a clause of time opens on a pronoun, or connectives come before one (set V judges)', () => {
    const book = 'Ola Brandt’s novel is by far the best-selling of the list.';
    expect(opensWithPointer(sentenceIn([book, 'Since it was published in March it has sold more than 55,000 copies.'], 'copies').s)).toBe(true);
    expect(opensWithPointer(sentenceIn([book, 'Now, however, they have moved out of the old shop in the harbour.'], 'moved').s)).toBe(true);
    expect(opensWithPointer(sentenceIn([book, 'Since the novel was published in March it has sold more than 55,000 copies.'], 'copies').s)).toBe(false);
  });

  it('gives the sentence before "that amount" or "that period"', () => {
    const { ctx, s } = sentenceIn(['Personal debt in Norland has risen to 1tn crowns. At least 10% of that amount cannot be recovered by the banks.'], 'that amount');
    expect(contextFor(ctx, s)).toContain('1tn crowns');
    const period = sentenceIn(['Between 2010 and 2015 the register took 4.3 million applications. But the net increase during that period was only 1.4 million.'], 'that period');
    expect(contextFor(period.ctx, period.s)).toContain('4.3 million');
  });

  /** Whether `second`, read after `first` in one paragraph, leans on the sentence before. */
  const opensAfter = (first: string, second: string, word: string): boolean => opensWithPointer(sentenceIn([first, second], word).s);

  it('gives the sentence before when several opening pieces come before a pronoun subject, but not when a name does', () => {
    const opens = (second: string) => opensAfter('Ola Brandt rowed for the island club for ten years.', second, 'captain');
    expect(opens('In 1998, having won the regatta with a new boat, he was named captain of the crew.')).toBe(true);
    expect(opens('In 1998, however, when the club moved to the harbour, she was named captain of the crew.')).toBe(true);
    expect(opens('In 1998, Ola Brandt, who had won the regatta, was named captain of the crew.')).toBe(false);
    expect(opens('The club, which won the regatta in 1998, named him captain of the crew.')).toBe(false);
  });

  it('gives the sentence before when an opening phrase comes before "it’s", a pointing subject or "the company"', () => {
    const opens = (second: string) => opensAfter('The Kestrel drone from Ola Brandt’s firm weighs less than a phone.', second, 'price');
    expect(opens('With a range of four kilometres, it’s hard to believe the price is so low.')).toBe(true);
    expect(opens('On the new model, that area is still the hottest part of the case and the price is the same.')).toBe(true);
    expect(opens('With the new drone, the company created a price war in the small-drone market.')).toBe(true);
    expect(opens('With the new drone, the company of Ola Brandt set a price for the whole market.')).toBe(false);
    expect(opens('With a range of four kilometres, Ola Brandt’s drone is sold at a low price.')).toBe(false);
  });

  it('gives the sentence before when a stand-in has a proper adjective ("The German company", "The Berlin firm")', () => {
    const opens = (second: string) => opensAfter('Kestrel Mobile will switch on its fast network in Berlin next spring.', second, 'price');
    expect(opens('The German company said the price would stay the same for a year.')).toBe(true);
    expect(opens('The Berlin firm keeps the price of a contract the same for a year.')).toBe(true);
    // A common adjective names a kind, often in a text's opening sentence: "The railway company planted …".
    expect(opens('The railway company said the price would stay the same for a year.')).toBe(false);
    expect(opens('The price of a contract will stay the same for a year.')).toBe(false);
  });
});

describe('the title a card is studied under', () => {
  it('counts as its front for the answer’s adjective: no "France" blank under "French wine …"', () => {
    const article = articleFrom(
      'French wine gets 70m euro top-up\n\n' +
        'The French government will give its struggling wine makers 70m euros in aid to help them fight falling sales and a glut of cheap wine.\n\n' +
        'The farm minister said the money would pay growers to pull up vines in regions where too much wine is made.\n\n' +
        'France fell behind the producers of Australia, Chile and the United States for the first time in 2003 in terms of exports.\n\n' +
        'Growers in the best-known regions have found it hard to invest in new technology and to build brands for buyers abroad.\n',
    );
    const ctx = buildContext(analyzeBlocks(article.blocks), article.blocks, article.title);
    const backs = ctx.analysis.sentences.flatMap((s) => buildGapCards(ctx, s)).map((d) => d.back);
    expect(backs).toContain('2003');
    expect(backs).not.toContain('France');
  });
});
