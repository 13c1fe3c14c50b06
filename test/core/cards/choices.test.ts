// Fair multiple choice: the options of a figure follow no pattern a reader could exploit without
// reading, stay plausible, and names are offered only beside names of their own kind.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { valueDistractors } from '../../../src/core/cards/numeric-distractors.js';
import { placeAnswer } from '../../../src/core/cards/rng.js';
import { answersOf } from '../../../src/core/cards/answers.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { actsAsGovernment, distractorsFor, playsAsTeam } from '../../../src/core/cards/distractors.js';
import { placePool } from '../../../src/core/cards/pools.js';
import { frameOf } from '../../../src/core/cards/value-frame.js';
import { fitsIndefinite } from '../../../src/core/cards/article-fit.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { articleFrom, expectWellFormed } from './helpers.js';

type Answer = ReturnType<typeof answersOf>[number];

/** Each answer of `text` that `pick` keeps, with the options offered beside it (null when none). */
/** A text's analysis and the card context built on it. */
function contextOf(text: string) {
  const article = articleFrom(text);
  const analysis = analyzeBlocks(article.blocks);
  return { analysis, ctx: buildContext(analysis, article.blocks, article.title) };
}

function optionsOffered(text: string, pick: (a: Answer) => boolean): { answer: string; options: string[] | null }[] {
  const { analysis, ctx } = contextOf(text);
  return analysis.sentences.flatMap((s) =>
    answersOf(ctx, s)
      .filter(pick)
      .map((a) => ({ answer: a.text, options: distractorsFor(ctx, a, s.text.replace(a.text, '[...]'), s.index) })),
  );
}

const value = (s: string) => Number(/\d[\d,]*(?:\.\d+)?/.exec(s)![0].replace(/,/g, ''));
const FIGURES = ['$250,000', '17 percent', '406', '$44.2 million', '24 billion', '16,000', '109', '46', '1.5 million', '5.0 seconds', '230 million', '82 kWh', '35%', '12 miles'];

describe('numeric distractors', () => {
  const cases = Array.from({ length: 600 }, (_, i) => ({ answer: FIGURES[i % FIGURES.length]!, seed: `card ${i}` }));

  it('puts the answer at every rank among the sorted values about equally often', () => {
    const ranks = [0, 0, 0, 0];
    for (const { answer, seed } of cases) {
      const wrong = valueDistractors(answer, 'number', seed);
      expect(wrong, answer).not.toBeNull();
      const sorted = [answer, ...wrong!].sort((a, b) => value(a) - value(b));
      ranks[sorted.indexOf(answer)]!++;
    }
    // Uniform is 150 each; the old ×0.5/×1.5/×2 ladder put every answer second (0/600/0/0).
    for (const n of ranks) expect(n, ranks.join('/')).toBeGreaterThan(110);
  });

  it('keeps the unit and precision, a share within 0–100, and is the same on every run', () => {
    for (const { answer, seed } of cases.slice(0, 100)) {
      const wrong = valueDistractors(answer, 'number', seed)!;
      expect(valueDistractors(answer, 'number', seed)).toEqual(wrong);
      for (const w of wrong) {
        expect(w.replace(/\d[\d,]*(?:\.\d+)?/, '#')).toBe(answer.replace(/\d[\d,]*(?:\.\d+)?/, '#'));
        expect(w.includes('.')).toBe(/\d\.\d/.test(answer));
        if (/percent|%/.test(answer)) expect(value(w)).toBeLessThanOrEqual(100);
        expect(value(w)).toBeGreaterThan(0);
      }
      expect(new Set([answer, ...wrong]).size).toBe(4);
    }
  });

  it('does not space the values evenly', () => {
    let even = 0;
    for (const { answer, seed } of cases) {
      const all = [answer, ...valueDistractors(answer, 'number', seed)!].map(value).sort((a, b) => a - b);
      const gaps = all.slice(1).map((v, i) => v - all[i]!);
      if (Math.max(...gaps) - Math.min(...gaps) <= 0.02 * all[3]!) even++;
    }
    expect(even).toBeLessThan(cases.length * 0.15);
  });

  it('offers years a few years either side of the answer, at every rank', () => {
    const ranks = [0, 0, 0, 0];
    for (let i = 0; i < 200; i++) {
      const wrong = valueDistractors('June 1754', 'date', `y${i}`)!;
      for (const w of wrong) {
        expect(w).toMatch(/^June \d{4}$/);
        expect(Math.abs(value(w) - 1754)).toBeLessThanOrEqual(12);
      }
      ranks[[1754, ...wrong.map(value)].sort((a, b) => a - b).indexOf(1754)]!++;
    }
    for (const n of ranks) expect(n).toBeGreaterThan(30);
  });

  it('makes no options for a ratio or a range, where one value cannot be varied alone', () => {
    expect(valueDistractors('6/8', 'number', 's')).toBeNull();
    expect(valueDistractors('18 to 45 percent', 'number', 's')).toBeNull();
  });
});

describe('the answer’s position', () => {
  it('is uniform over the four places', () => {
    const at = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) at[placeAnswer('A', ['B', 'C', 'D'], `seed ${i}`).indexOf('A')]!++;
    for (const n of at) expect(n, at.join('/')).toBeGreaterThan(70);
  });
});

describe('a government called by its capital', () => {
  it('is asked as a cloze: other capitals are no party to the story ("Bangkok | Taipei | Tokyo" beside "Beijing")', () => {
    expect(actsAsGovernment('But [...] is balking at committing to a specific amount of farm purchases.')).toBe(true);
    expect(actsAsGovernment('[...] wants the tariffs lifted before any deal is signed.')).toBe(true);
    // (Set Z judges: "[Washington] blamed Russia …" with Philadelphia, Geneva and Seattle as options.)
    expect(actsAsGovernment('[...] blamed Russia and the Syrian government for the attacks.')).toBe(true);
    expect(actsAsGovernment('[...] has also warned that the talks could fail.')).toBe(true);
    // A place where something happens or someone speaks from is still a place.
    expect(actsAsGovernment('Officials in [...] said on Monday that the talks would go on.')).toBe(false);
    expect(actsAsGovernment('The talks in [...] ended without a deal.')).toBe(false);
  });
});

describe('a club called by its city', () => {
  it('is asked as a cloze: other cities are no clubs ("Milan | Amsterdam | Prague" beside "Barcelona")', () => {
    expect(playsAsTeam('Chelsea have not played [...] since that quarter-final tie five years ago.')).toBe(true);
    expect(playsAsTeam('Rangers lost to [...] in the cup final.')).toBe(true);
    expect(playsAsTeam('The tie against [...] is on Wednesday.')).toBe(true);
    // A city where a team plays, or one named as a place, is still a place.
    expect(playsAsTeam('Chelsea have played in [...] twice this season.')).toBe(false);
    expect(playsAsTeam('The final will be held in [...] in May.')).toBe(false);
  });
});

describe('a place in ancient times', () => {
  it('gets no options from the lists of today’s places: a cloze', () => {
    const text =
      'Immunity\n\n' +
      'The earliest known reference to immunity was during the plague of Athens in 430 BC, when the sick were nursed by those who had recovered. ' +
      'Later doctors in Rome, Vienna and Paris studied the same effect in smallpox patients.\n';
    const offered = optionsOffered(text, (a) => a.text === 'Athens');
    expect(offered.length).toBeGreaterThan(0);
    for (const o of offered) expect(o.options).toBeNull();
    // A modern date leaves the city its options.
    const modern = optionsOffered(text.replace('430 BC', '1918'), (a) => a.text === 'Athens');
    expect(modern.some((o) => o.options !== null)).toBe(true);
  });
});

describe('names beside names of their own kind', () => {
  it('never offers a capitalised place or style phrase as a wrong person', () => {
    const text =
      'Architects of the seminary\n\n' +
      'The oldest wings of the seminary were drawn by the architect Edwin Marlowe Pike in the Tudor Revival fashion of his day.\n\n' +
      'Edwin Marlowe Pike said the layout copied the abbeys of Durham and Ely in its walled cloisters and bell towers.\n\n' +
      'Newer wings were raised in the Norman Revival manner, and the Upper Danube was painted across the vault of the old refectory.\n\n' +
      'The trustees hired the builder Martha Greene, chair of the works committee, to finish the chapel before the winter of 1892.\n\n' +
      '“The chapel will stand for a thousand years,” Martha Greene said at the opening ceremony of the finished chapel.\n';
    const article = articleFrom(text);
    const cards = generateCards(article, { wordsPerCard: 5 }).cards;
    expectWellFormed(article, cards);
    for (const card of cards.filter((c) => c.kind === 'choice')) {
      for (const option of card.choices!) expect(['Tudor Revival', 'Norman Revival', 'Upper Danube']).not.toContain(option);
    }
  });

  it('makes a cloze, not a choice card, when three options of the kind cannot be found', () => {
    const text = 'A short note\n\nThe committee met the engineer Paula Brandt in the harbour office to discuss the new seawall for the town.\n\nThe seawall will cost $12 million and protect about 4,000 homes from the winter storms that flood the lower streets.\n';
    const cards = generateCards(articleFrom(text), { wordsPerCard: 5 }).cards;
    expect(cards.find((c) => c.back === 'Paula Brandt')?.kind ?? 'cloze').toBe('cloze');
  });
});

/** Each answer of `type` in the text that gets choice options, with those options. */
function optionSets(text: string, type: string): { answer: string; options: string[] }[] {
  const article = articleFrom(text);
  const analysis = analyzeBlocks(article.blocks);
  const ctx = buildContext(analysis, article.blocks, article.title);
  return analysis.sentences.flatMap((s) =>
    answersOf(ctx, s)
      .filter((a) => a.type === type)
      .flatMap((answer) => {
        const options = distractorsFor(ctx, answer, s.text, s.index);
        return options ? [{ answer: answer.text, options: [...options] }] : [];
      }),
  );
}

/**
 * Every person's choice card of the text keeps `officials` and the others apart (no official as a
 * wrong answer for one of the others, and the other way round); how many person cards had options.
 */
function optionsCheckedApart(text: string, officials: readonly string[]): number {
  const sets = optionSets(text, 'person');
  for (const { answer, options } of sets) {
    const isOfficial = officials.includes(answer);
    expect(options.filter((o) => officials.includes(o) !== isOfficial), `${answer}: ${options.join('|')}`).toEqual([]);
  }
  return sets.length;
}

describe('people offered beside people of their sphere', () => {
  it('never offers an office holder as a wrong athlete, nor an athlete as a wrong president', () => {
    const text =
      'Marathon town\n\n' +
      'President Amara Kibet opened the new stadium in Eldora in May, and Governor Jonah Weru said the county would fund a running school.\n\n' +
      'Amara Kibet said the stadium would host the national trials every spring for the next decade.\n\n' +
      'Jonah Weru said the running school would train two hundred children in its first year.\n\n' +
      'Ruth Chebet said the track was the finest in the region. Paul Kiprono said he had trained on its hills for ten years. Grace Nduta said the altitude made the town ideal for distance runners.\n\n' +
      'The three-time marathon winner Mary Wanjiru was born in the town and still trains on the new track every morning.\n\n' +
      'Mary Wanjiru said she hoped the school would find the next champion among its children.\n';
    expect(optionsCheckedApart(text, ['Amara Kibet', 'Jonah Weru'])).toBeGreaterThanOrEqual(3);
  });

  it('never offers a team’s officials as wrong drivers, nor a driver as a wrong official', () => {
    const text =
      'Driver market\n\n' +
      'Carlo Venn has emerged as a potential target for Hartwell next season if they lose Otto Lindqvist.\n\n' +
      'Otto Lindqvist is Rossa’s first choice should they decide not to keep Pablo Serra alongside Marek Dvorak.\n\n' +
      'Rossa president Enzo Barani said last month that Pablo Serra’s future was in his own hands.\n\n' +
      'Rossa technical director Hugo Lambert said Pablo Serra was as fast as Marek Dvorak but made more mistakes.\n\n' +
      'Enzo Barani and Hugo Lambert will meet the board in July, and Hugo Lambert will present the new car.\n\n' +
      'Otto Lindqvist said he did not know where he would race next year. Pablo Serra said nothing had changed for months. Marek Dvorak said the car was quick. Carlo Venn said he was happy where he was.\n\n' +
      'Carlo Venn, Otto Lindqvist and Marek Dvorak tested the new car at the track for three days in June.\n';
    expect(optionsCheckedApart(text, ['Enzo Barani', 'Hugo Lambert'])).toBeGreaterThanOrEqual(2);
  });
});

describe('the article’s own subject is no wrong answer', () => {
  it('never offers Chile as a wrong answer in a piece on Chile', () => {
    const text =
      'Chile\n\n' +
      'Chile is a long, narrow country on the western edge of South America, and Chile exports more copper than any other country.\n\n' +
      'In 2015 the president visited Peru to sign a trade agreement on copper and fishing rights.\n\n' +
      'A year later the president travelled to Brazil, and in 2017 to Argentina and Bolivia, to discuss rail links with Chile.\n\n' +
      'Chile also hosts several large observatories in the Atacama Desert, where the dry air keeps the skies clear.\n';
    const sets = optionSets(text, 'place');
    for (const { answer, options } of sets) expect(options, `${answer}: ${options.join('|')}`).not.toContain('Chile');
    expect(sets.length).toBeGreaterThanOrEqual(1);
  });
});

describe('a place named with the country it lies in', () => {
  it('offers no options for "downtown [...], Australia", where every city elsewhere is ruled out', () => {
    const text =
      'Ride fares\n\n' +
      'Riders were furious with the company after ride fares quadrupled during the siege at a cafe in downtown Sydney, Australia.\n\n' +
      'The company had raised fares in San Francisco and Wellington during storms, and in Perth during a rail strike.\n\n' +
      'Drivers in Sydney said they were told the surge would bring more cars into the city centre.\n';
    const { analysis, ctx } = contextOf(text);
    const first = analysis.sentences[0]!;
    const sydney = answersOf(ctx, first).find((a) => a.text === 'Sydney');
    expect(sydney).toBeDefined();
    expect(distractorsFor(ctx, sydney!, first.text.replace('Sydney', '[...]'), first.index)).toBeNull();
    // Where no country follows, the same city still takes options.
    const later = analysis.sentences.find((s) => s.text.startsWith('Drivers in Sydney'))!;
    const again = answersOf(ctx, later).find((a) => a.text === 'Sydney');
    if (again) expect(distractorsFor(ctx, again, later.text.replace('Sydney', '[...]'), later.index)).not.toBeNull();
  });
});

describe('option lengths that give nothing away', () => {
  const longest = (answer: string, wrong: readonly string[]) => wrong.every((w) => w.length < answer.length);
  const shortest = (answer: string, wrong: readonly string[]) => wrong.every((w) => w.length > answer.length);

  it('does not leave a figure just past a power of ten as the one longest option', () => {
    // "11" among "5 | 7 | 8" or "104" among "62 | 80 | 97": a quarter of plain ladders did.
    for (const answer of ['11', '12', '14', '104', '1,100']) {
      for (let i = 0; i < 40; i++) {
        const wrong = valueDistractors(answer, 'number', `len ${i}`)!;
        expect(longest(answer, wrong) || shortest(answer, wrong), `${answer}: ${wrong.join(' | ')}`).toBe(false);
      }
    }
  });

  it('brackets a long place name with a long option of its kind', () => {
    const text =
      'Talks on the river\n\n' +
      'Officials from Germany and France met in Strasbourg to discuss the new shipping rules for the whole river.\n\n' +
      'The delegation from Spain arrived a day later, after the talks with Germany had already begun in the morning.\n\n' +
      'France and Spain then signed the first part of the deal, which cuts the port fees on grain and timber.\n\n' +
      'The rules were first proposed by Luxembourg in 2019, when its envoy toured the river ports of the region.\n\n' +
      'Germany asked Luxembourg for help with the new locks on the long and busy lower reaches of the river.\n';
    const article = articleFrom(text);
    const cards = generateCards(article, { wordsPerCard: 5 }).cards;
    expectWellFormed(article, cards);
    // Luxembourg, not the Netherlands: after "the" only countries named with "the" are offered (article-fit.ts).
    const choice = cards.filter((c) => c.kind === 'choice' && c.back === 'Luxembourg');
    expect(choice.length).toBeGreaterThan(0);
    for (const card of choice) {
      const wrong = card.choices!.filter((o) => o !== card.back);
      expect(longest(card.back, wrong), card.choices!.join(' | ')).toBe(false);
    }
  });
});

// Made-up reports, each full of figures: what counts is how an article's choice cards spread
// the answer, over the cards that are actually made, not one card's odds.
const REPORTS = [
  [
    'The harbour of Velmar handled 4,300 ships last year, its busiest year since the quay opened.',
    'Dock workers unloaded 27 million tonnes of grain, most of it bound for the inland mills.',
    'The port authority spent $86 million on two new cranes and a deeper channel for larger ships.',
    'Pilots guided 612 tankers through the narrow channel without a single collision or grounding.',
    'The new cold store keeps 18,000 tonnes of fruit fresh for the winter market in the capital.',
    'Customs officers inspected 9,400 containers and found smuggled tobacco in only a handful of them.',
    'The ferry to the islands carried 730,000 passengers, a record for the small shipping line.',
    'Harbour fees rose by 14 percent after the council voted to fund repairs to the old breakwater.',
    'The fishing fleet landed 5,200 tonnes of herring, half of what it caught a decade earlier.',
    'Storms closed the port for 11 days in January, the longest closure the harbour master recalls.',
  ],
  [
    'The Orlen valley dam holds 340 million cubic metres of water behind a wall of rolled concrete.',
    'Its turbines produced 1,250 gigawatt hours of electricity in the first full year of running.',
    'Engineers poured 2.6 million cubic metres of concrete over the five years of construction.',
    'The reservoir flooded 47 farms, and the families were moved to new houses on the eastern ridge.',
    'Farmers downstream now irrigate 62,000 hectares that were too dry for crops before the dam.',
    'The spillway can release 8,900 cubic metres of water a second during the spring floods.',
    'About 3,800 workers built the dam, many of them hired from the villages along the river.',
    'The project cost $1.9 billion, a third more than the government had planned at the start.',
    'Fish ladders let 23,000 salmon pass the wall each autumn on their way to the upper streams.',
    'The lake draws 150,000 visitors each summer to its beaches, boat clubs and walking trails.',
  ],
  [
    'The Marsh Hill observatory logged 2,140 clear nights since its first telescope was installed.',
    'Its largest mirror measures 8.2 metres across and weighs more than a small lorry.',
    'Astronomers there have catalogued 56,000 galaxies in a survey of the southern sky.',
    'The survey found 370 new variable stars whose brightness changes over a few days.',
    'A team of 140 scientists from nine universities shares the telescope time each year.',
    'The site sits 2,700 metres above sea level, above most of the clouds and the haze.',
    'Funding for the observatory reached $64 million after two governments agreed to share costs.',
    'The camera records 1.3 terabytes of images on a good night of observing.',
    'Students from the local college spent 4,600 hours at the telescopes during their training.',
    'Light from the nearby town has grown by 35 percent, and the observatory asked for dimmer lamps.',
  ],
];

describe('fairness over an article’s choice cards', () => {
  const choice = REPORTS.flatMap((sentences, i) => {
    const article = articleFrom(`Report ${i + 1}\n\n${sentences.join('\n\n')}\n`);
    const cards = generateCards(article, { wordsPerCard: 3 }).cards;
    expectWellFormed(article, cards);
    return cards.filter((c) => c.kind === 'choice');
  });

  it('puts the answer in every position equally often, give or take one per article', () => {
    const at = [0, 0, 0, 0];
    for (const c of choice) at[c.choices!.indexOf(c.back)]!++;
    expect(choice.length).toBeGreaterThanOrEqual(20);
    // Dealt two of each per round of eight, an article is off by at most two per place.
    for (const n of at) expect(Math.abs(n - choice.length / 4), at.join('/')).toBeLessThanOrEqual(REPORTS.length);
  });

  it('puts a figure at every rank among the sorted values equally often', () => {
    const ranks = [0, 0, 0, 0];
    for (const c of choice) ranks[[...c.choices!].sort((a, b) => value(a) - value(b)).indexOf(c.back)]!++;
    for (const n of ranks) expect(Math.abs(n - choice.length / 4), ranks.join('/')).toBeLessThanOrEqual(REPORTS.length);
  });
});

describe('shares of one whole', () => {
  it('never offers a share that leaves no room for the other shares the sentence states', () => {
    const text =
      'The island survey\n\n' +
      'Forests (covering 74 percent of the island) and grassland (covering 19 percent of the island) were mapped by the survey team from the air.\n\n' +
      'Of the voters in the northern district, 68 percent backed the new harbour plan and 27 percent opposed it in the spring ballot.\n\n' +
      'Wheat took up 81% of the farmland in the valley last year, while barley took up 12% of it after the long dry summer.\n\n' +
      'The old mill uses 77 percent of its water for turning the wheels and 18 percent for washing the wool before spinning.\n';
    const article = articleFrom(text);
    const cards = generateCards(article, { wordsPerCard: 3 }).cards;
    expectWellFormed(article, cards);
    const shares = cards.filter((c) => c.kind === 'choice' && /percent|%/.test(c.back));
    expect(shares.length).toBeGreaterThanOrEqual(4);
    for (const c of shares) {
      // The other shares the front states: what is left of the whole is all an option may claim.
      const others = [...c.front.matchAll(/(\d+)\s*(?:percent|%)/g)].reduce((s, m) => s + Number(m[1]), 0);
      for (const option of c.choices!) expect(value(option) + others, `${c.front} | ${c.choices!.join(' | ')}`).toBeLessThanOrEqual(100);
    }
  });
});

describe('a place named as a person of the article', () => {
  it('is neither asked nor offered as a place, since the article may mean the person', () => {
    const text =
      'The frontier war\n\n' +
      'In 1753 the governor sent the young officer Edmund Halloway to the forks of the river with a letter for the French commander.\n\n' +
      'Halloway travelled with six men through deep snow and reached the French fort at Venango in December of that year.\n\n' +
      'The settlers of Boston and Philadelphia sent money and food to the troops, and merchants in Chicago were asked for powder.\n\n' +
      'Halloway later wrote from Washington to the governor, and the officer James Washington carried the letter across the hills.\n\n' +
      'The governor wrote to London asking for two regiments of soldiers and for cannon to defend the new fort on the river.\n';
    const offered = optionsOffered(text, (a) => a.type === 'place');
    for (const { answer, options } of offered) {
      if (answer === 'Washington') expect(options).toBeNull();
      else if (options) expect(options, `${answer}: ${options.join('|')}`).not.toContain('Washington');
    }
    expect(offered.filter((o) => o.options !== null).length).toBeGreaterThanOrEqual(2);
  });
});

describe('countries in a text set before most of today\'s states existed', () => {
  it('offers no curated country (Canada, Britain) beside a country of the Ming era: the article\'s own, or a cloze', () => {
    expect(placePool('China', 'country', 1449)).toEqual([]);
    expect(placePool('China', 'country', 2016)).toContain('Japan');
    expect(placePool('China', 'country')).toContain('Japan');
  });
});

describe('states in a text set in colonial America', () => {
  it('offers only the thirteen colonies beside a state, never a state admitted later', () => {
    const colonies = ['New Hampshire', 'Massachusetts', 'Rhode Island', 'Connecticut', 'New York', 'New Jersey', 'Pennsylvania', 'Delaware', 'Maryland', 'Virginia', 'North Carolina', 'South Carolina', 'Georgia'];
    const text =
      'The frontier in 1754\n\n' +
      'In 1754 the settlers of Virginia pushed west over the mountains toward the forks of the great river and its rich valleys.\n\n' +
      'Traders from Pennsylvania had bought furs from the tribes of the valley for many years before the war began in 1754.\n\n' +
      'The assembly of Georgia sent no men to the frontier in 1755, for its own border with the Spanish towns was weak.\n\n' +
      'By 1763 the war was over, and the king forbade the settlers to cross the mountains into the lands of the tribes.\n';
    const offered = optionsOffered(text, (a) => a.entity?.subtype === 'state').filter((o) => o.options !== null);
    for (const { answer, options } of offered) for (const o of options!) expect(colonies, `${answer}: ${options!.join('|')}`).toContain(o);
    expect(offered.length).toBeGreaterThanOrEqual(2);
  });

  it('reads the era from the years the text dates things by, not from a count that looks like a year', () => {
    const colonies = new Set(['New Hampshire', 'Massachusetts', 'Rhode Island', 'Connecticut', 'New York', 'New Jersey', 'Pennsylvania', 'Delaware', 'Maryland', 'Virginia', 'North Carolina', 'South Carolina', 'Georgia']);
    const text =
      'The long drive west\n\n' +
      'The company that runs the warehouse in Virginia employs 1500 drivers, who carry parcels over the mountains each night.\n\n' +
      'Its second depot in Pennsylvania sorts about 1200 parcels an hour for shops along the eastern coast and the lakes.\n\n' +
      'A third depot in Georgia opened last spring, and the firm says it will hire another 900 drivers there by the winter.\n';
    const offered = optionsOffered(text, (a) => a.entity?.subtype === 'state').flatMap((o) => o.options ?? []);
    expect(offered.length).toBeGreaterThanOrEqual(3);
    expect(offered.filter((o) => !colonies.has(o)), offered.join('|')).not.toEqual([]);
  });
});

describe('a place name the article uses for a person who acts', () => {
  it('is no place option when the name does what people do, with no full name given', () => {
    const text =
      'The spring crossing\n\n' +
      'In 1821 the mayor sent a young surveyor with five men to the falls of the canal with a letter for the Dutch engineer.\n\n' +
      'Houston had returned to Albany by April, and the mayor told him to take a bigger crew up to the falls.\n\n' +
      'On the way up, Houston learned that the Dutch had finished the lock and paid off its diggers.\n\n' +
      'The traders of Boston and Philadelphia sent money and tools to the crews, and merchants in Chicago were asked for rope.\n\n' +
      'The mayor wrote to London asking for two engineers and for iron to build the new lock on the canal.\n';
    const offered = optionsOffered(text, (a) => a.type === 'place');
    for (const { answer, options } of offered) {
      if (answer === 'Houston') expect(options).toBeNull();
      else if (options) expect(options, `${answer}: ${options.join('|')}`).not.toContain('Houston');
    }
    expect(offered.filter((o) => o.options !== null).length).toBeGreaterThanOrEqual(2);
  });
});

describe('options the rest of the front allows', () => {
  const text =
    'The lake ferry\n\n' +
    'Rescuers pulled 37 of the 46 passengers from the cold water after the ferry struck the rocks near the northern shore.\n\n' +
    'Only 12 of the 34 lifejackets on board could still be fastened, the inquiry was told by the harbour inspector.\n\n' +
    'The inquiry heard that 23 out of 29 crew members had never been trained to lower the lifeboats in rough weather.\n\n' +
    'Divers searched the wreck in 1961 and again in 1963, and the owners raised it from the lake bed in 1964.\n\n' +
    'The company had run the ferry from 1921 to 1962, and its last captain served on the boat from 1958 to 1962.\n\n' +
    'Of its 60 sailings each summer, the ferry ran 58 on time in the year before the accident on the lake.\n';
  const article = articleFrom(text);
  const analysis = analyzeBlocks(article.blocks);
  const ctx = buildContext(analysis, article.blocks, article.title);
  const cards = analysis.sentences.flatMap((s) =>
    answersOf(ctx, s)
      .filter((a) => a.type === 'number' || a.type === 'date')
      .map((answer) => {
        const front = s.text.slice(0, answer.start - s.start) + '[...]' + s.text.slice(answer.end - s.start);
        return { answer: answer.text, front, options: distractorsFor(ctx, answer, front, s.index) };
      }),
  );

  it('keeps a part below its stated whole and a whole above its stated part', () => {
    let checked = 0;
    for (const c of cards.filter((x) => x.options)) {
      const part = /(\d+) (?:of|out of) (?:the |its )?\[\.\.\.\]/.exec(c.front);
      const whole = /\[\.\.\.\] (?:\w+ ){0,2}?(?:of|out of) (?:the |its )?(\d+)/.exec(c.front);
      if (!part && !whole) continue;
      checked++;
      for (const o of c.options!) {
        if (part) expect(value(o), `${c.front} | ${c.options!.join(' | ')}`).toBeGreaterThan(value(part[1]!));
        if (whole) expect(value(o), `${c.front} | ${c.options!.join(' | ')}`).toBeLessThan(value(whole[1]!));
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('reads a part of a stated whole as below it, whatever noun comes between', () => {
    expect(frameOf('Rescuers pulled [...] of the 40 passengers from the water.', '37').room).toBe(39);
    expect(frameOf('The judges, [...] out of 12, voted to acquit him.', '9').room).toBe(11);
    // A share is a part of 100, not of the figure after "of".
    expect(frameOf('Prices rose [...] of 2019 levels.', '14 percent').room).toBe(Infinity);
  });

  it('reads a value that fell or rose from a stated figure as below or above it', () => {
    expect(frameOf('Pre-tax profit fell to [...] from £173m a year earlier.', '£135m').room).toBe(173);
    expect(frameOf('Membership rose from 71 to [...] in ten years.', '138').least).toBe(71);
    expect(frameOf('In 2024 it was called out 138 times, up from [...] in 2014.', '71').room).toBe(138);
    expect(frameOf('Profit was £120m, down from [...] a year earlier.', '£150m').least).toBe(120);
    expect(frameOf('Its operating profit fell to £14.2 million from £[...] as costs rose.', '19.8 million').least).toBe(14.2);
    expect(frameOf('Its operating profit fell to £[...] from £19.8m as costs rose.', '14.2 million').room).toBe(19.8);
    expect(frameOf('The team scored [...] points, beating the previous record of 164 set in 1998.', '171').least).toBe(164);
    // Any form of the verb: the -ing form after a comma is as common in news.
    expect(frameOf('Inflation eased in March, slipping to [...] from 3.6% in February.', '3.4%').room).toBe(3.6);
    expect(frameOf('Exports grew again, climbing from 71 to [...] in ten years.', '138').least).toBe(71);
    // No "from": the level before the verb, of the same scale, is where it moved from.
    expect(frameOf('The report forecast growth of 3.6% in 2004 for the 30 member countries, slipping to [...] next year.', '2.9%').room).toBe(3.6);
    expect(frameOf('Sales were £40m in 2003 across 12 shops, rising to £[...] last year.', '52m').least).toBe(40);
    // "up to" is "as many as", not a rise from the figure before; a bare count before it measures something else.
    expect(frameOf('Sales were £40m last year, and up to £[...] is expected this year.', '35m').least).toBe(-Infinity);
    expect(frameOf('The 30 member countries saw growth slipping to [...] next year.', '2.9%').room).toBe(Infinity);
    // Figures of different scales say nothing about each other.
    expect(frameOf('Sales fell to [...] from 3.2bn.', '2.9m').room).toBe(Infinity);
    const options = valueDistractors('£135m', 'number', 'profit', undefined, frameOf('Pre-tax profit fell to [...] from £173m a year earlier.', '£135m'));
    expect(options).not.toBeNull();
    for (const o of options!) expect(Number(o.replace(/[^\d.]/g, ''))).toBeLessThan(173);
  });

  it('never offers a figure or year the front already states', () => {
    const checked = cards.filter((c) => c.options && /\d/.test(c.front));
    expect(checked.length).toBeGreaterThanOrEqual(4);
    for (const c of checked) {
      const stated = (c.front.match(/\d[\d,]*/g) ?? []).map(value);
      for (const o of c.options!) expect(stated, `${c.front} | ${c.options!.join(' | ')}`).not.toContain(value(o));
    }
  });
});

describe('options that read right after "a" or "an"', () => {
  const spoken = (o: string) => /^(?:8|11(?!\d)|18(?!\d)|11,|18,)/.test(o.replace(/^\$/, '')) || /^[AEIO]/.test(o);
  it('never lets the article before the blank single out the answer', () => {
    const text =
      'The school budget\n\n' +
      'The council approved an 18 percent rise in the school budget after a long debate in the town hall.\n\n' +
      'Teachers had asked for a 25 percent rise, and the union warned of strikes in the autumn term.\n\n' +
      'Parents collected an 80,000 signature petition in support of the teachers before the vote.\n\n' +
      'The mayor called it a 40 year old promise that the town had finally kept to its children.\n\n' +
      'An 11 member panel will decide how the money is spent across the schools of the district.\n';
    const article = articleFrom(text);
    const analysis = analyzeBlocks(article.blocks);
    const ctx = buildContext(analysis, article.blocks, article.title);
    let checked = 0;
    for (const s of analysis.sentences) {
      for (const answer of answersOf(ctx, s).filter((a) => a.type === 'number')) {
        const front = s.text.slice(0, answer.start - s.start) + '[...]' + s.text.slice(answer.end - s.start);
        const article = /\b(an?) \[\.\.\.\]/i.exec(front)?.[1]?.toLowerCase();
        if (!article) continue;
        checked++;
        // No options at all (a cloze) when three that read right cannot be found: "an [...] rise" for 18 percent.
        for (const o of distractorsFor(ctx, answer, front, s.index) ?? []) expect(spoken(o), `${front} | ${o}`).toBe(article === 'an');
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('hears a name or a figure as it is said', () => {
    const fits = (front: string, options: string[]) => options.filter((o) => fitsIndefinite(front, o));
    expect(fits('An [...] man was charged.', ['Ohio', 'Texas', 'Utah', 'Illinois', 'FBI', 'NASA'])).toEqual(['Ohio', 'Illinois', 'FBI']);
    expect(fits('It was a [...] rise.', ['8%', '11%', '18%', '110%', '25%', '1,800', '18,000'])).toEqual(['110%', '25%', '1,800']);
    expect(fits('It rose to [...] in May.', ['8%', '25%'])).toEqual(['8%', '25%']);
  });
});

describe('values near enough to the answer to be believed', () => {
  it('never offers a figure more than two and a half times from the answer', () => {
    for (const answer of ['40', '46 billion', '230 million', '11', '2,750', '17 percent']) {
      for (let i = 0; i < 60; i++) {
        for (const w of valueDistractors(answer, 'number', `spread ${i}`) ?? []) {
          const ratio = value(w) / value(answer);
          expect(ratio >= 1 / 2.5 && ratio <= 2.5, `${answer}: ${w}`).toBe(true);
        }
      }
    }
  });
});

describe('curated city options', () => {
  it('offers for a city only cities of its own part of the world', () => {
    const asia = placePool('Beijing', 'city');
    expect(asia).toContain('Tokyo');
    expect(asia).not.toContain('Madrid');
    expect(placePool('Madrid', 'city')).not.toContain('Beijing');
    expect(placePool('Chicago', 'city')).toContain('Houston');
  });
});

describe('curated country options', () => {
  it('offers beside a great power other great powers, not its smallest neighbours', () => {
    const us = placePool('United States', 'country');
    for (const small of ['Panama', 'Guatemala', 'El Salvador', 'Honduras']) expect(us).not.toContain(small);
    expect(us).toContain('China');
    const japan = placePool('Japan', 'country');
    for (const small of ['Myanmar', 'Cambodia', 'Mongolia']) expect(japan).not.toContain(small);
    expect(japan).toContain('China');
    // A country of a region keeps to its region: beside Argentina, Paraguay rather than Japan.
    expect(placePool('Argentina', 'country')).toContain('Paraguay');
    expect(placePool('Argentina', 'country')).not.toContain('Japan');
    expect(placePool('Kenya', 'country')).toContain('Uganda');
    expect(placePool('Honduras', 'country')).toContain('Guatemala');
  });
});

describe('the nations of the United Kingdom', () => {
  it('are options only for each other', () => {
    const text =
      'Galloway to stand in London\n\n' +
      'George Galloway, who was expelled from Labour over his stance on the war in Iraq, is to stand in east London at the next election.\n\n' +
      'His constituency in Glasgow is set to disappear under planned boundary changes in Scotland, where the number of seats will fall.\n\n' +
      'He said voters in Egypt, Iran and Yemen had followed his campaign, and that the party would also stand in Wales.\n';
    const offered = optionsOffered(text, (a) => a.text === 'Scotland' || a.text === 'Iraq');
    const nations = ['England', 'Scotland', 'Wales', 'Northern Ireland'];
    expect(offered.length).toBeGreaterThan(0);
    for (const { answer, options } of offered) {
      for (const option of options ?? []) expect(nations.includes(option), `${option} for ${answer}`).toBe(nations.includes(answer));
    }
    expect(offered.some(({ options }) => options !== null)).toBe(true);
  });
});
