// A key number is found in the shapes that news prose gives its headline figures: a sentence that
// opens on a word of estimate, a verb the tagger reads as a noun, a subject the sentence states
// before an aside or a participle, a "he"/"she"/"it" whose referent is plain, a list, a duration,
// a score. What it measures still reads on its own, and names the right person or thing.
// (Our own text, written for this spec.)
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/summary/index.js';

const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
const numbers = (...texts: string[]) => summarizeArticle({ blocks: texts.map(paragraph) }).numbers;

describe('a key number in a sentence that opens on a word of estimate', () => {
  it('is kept, the word of estimate with the figure ("About 9,000 people work for …")', () => {
    expect(numbers('About 9,000 people work for the Lindvik ferry company.')).toContainEqual({ value: 'about 9,000', what: '… people work for the Lindvik ferry company' });
    expect(numbers('Around 300 homes were evacuated along the harbour.')).toContainEqual({ value: 'around 300', what: '… homes were evacuated along the harbour' });
    expect(numbers('Nearly 40 percent of voters stayed at home in Lindvik.')).toContainEqual({ value: 'nearly 40 percent', what: '… of voters stayed at home in Lindvik' });
  });

  it('still leaves out a figure that a capitalised word labels ("Route 66")', () => {
    expect(numbers('Route 66 bookings filled every berth of the ferry.')).toEqual([]);
  });
});

describe('a key number after a verb the tagger reads as a noun', () => {
  it('is kept after a past "cost", with or without an object', () => {
    expect(numbers('The harbour repairs cost £1.8 million.')).toContainEqual({ value: '£1.8 million', what: 'The harbour repairs cost …' });
    expect(numbers('The ferry strike cost Lindvik £30 million.')).toContainEqual({ value: '£30 million', what: 'The ferry strike cost Lindvik …' });
  });
});

describe('a key number whose subject is a pronoun', () => {
  it('names the organisation that the sentence before opens on, for "It"', () => {
    expect(numbers('Harbour Foods is based in Lindvik. It employs 450 people.')).toContainEqual({ value: '450', what: 'Harbour Foods employs … people' });
  });

  it('is left out when "It" has no plain referent', () => {
    expect(numbers('The harbour choir was founded in the old fish market. It has 48 members.')).toEqual([]);
    // After a verb with a thing for its object, "It" may be that thing.
    expect(numbers('Harbour Foods approved the pier plan. It will cost £3 million.')).toEqual([]);
    // A person is no "It", though the text has not yet said "she" of her.
    expect(numbers('Dana Orwell is the chief executive of Harbour Foods. It employs 450 people.')).toEqual([]);
  });

  it('follows "It" back through sentences that open on "It", and reads "Its"', () => {
    const out = numbers('Harbour Foods was founded in 1958. It has 300 shops. It employs 9,000 people.');
    expect(out).toContainEqual({ value: '300', what: 'Harbour Foods has … shops' });
    expect(out).toContainEqual({ value: '9,000', what: 'Harbour Foods employs … people' });
    expect(numbers('Lindvik Water, which serves 1.9 million customers, said it was disappointed. Its profits last year were £410 million.')).toContainEqual({ value: '£410 million', what: "Lindvik Water's profits last year were …" });
  });

  it('names the person "she" or "her" stands for after an opening phrase, by the timeline’s chain', () => {
    const out = numbers('Ferry Chief Quits', 'Dana Orwell resigned on Monday. Orwell said she was sorry. Last year she earned £90,000. Her salary was £80,000.');
    expect(out).toContainEqual({ value: '£90,000', what: 'Last year Dana Orwell earned …' });
    expect(out).toContainEqual({ value: '£80,000', what: "Dana Orwell's salary was …" });
  });

  it('is left out when the chain finds no one for "she"', () => {
    expect(numbers('Ferry Chief Quits', 'Dana Orwell and Ann Vell met on Monday. Last year she earned £90,000.')).toEqual([]);
  });

  it('reads past "it emerged that" and names the person "he" stands for', () => {
    const out = numbers('The leader of the Lindvik harbour board, Tom Arvel, resigned on Monday after it emerged that he had claimed £18,400 in expenses.', 'Arvel said he was sorry.');
    expect(out).toContainEqual({ value: '£18,400', what: 'Tom Arvel had claimed … in expenses' });
  });
});

describe('a key number in or after an aside', () => {
  it('is told of the subject before the aside ("The prize, worth £25,000, goes …")', () => {
    expect(numbers('The harbour prize, worth £25,000, goes to the best ferry design.')).toContainEqual({ value: '£25,000', what: 'The harbour prize is worth …' });
    expect(numbers('Ferry sales, which reached £300 million last year, fell this spring.')).toContainEqual({ value: '£300 million', what: 'Ferry sales reached … last year' });
  });

  it('in a "who" aside after a name, is told of that name ("Ken Vell, who has died aged 88, was …")', () => {
    expect(numbers('Ken Vell, who has died aged 88, was a harbour pilot and a ferry captain.')).toContainEqual({ value: '88', what: 'Ken Vell has died aged …' });
  });

  it('after the aside, is told with the subject before it ("Arvel, 52, said …")', () => {
    const out = numbers('Arvel, 52, said the new pier would cost £3 million.');
    expect(out).toContainEqual({ value: '52', what: 'age of Arvel' });
    expect(out).toContainEqual({ value: '£3 million', what: 'Arvel said the new pier would cost …' });
    expect(numbers('The harbour board, which has a budget of £1.1 billion, has 70 members.')).toEqual([
      { value: '£1.1 billion', what: 'The harbour board has a budget of …' },
      { value: '70', what: 'The harbour board has … members' },
    ]);
  });

  it('after the aside, keeps an adverb with its verb ("Kalt, who …, previously founded …")', () => {
    expect(numbers('Vell, who runs the ferry office, previously founded a shipping firm that was sold in 2017 for $30 million.')).toContainEqual({ value: '$30 million', what: 'Vell previously founded a shipping firm that was sold in 2017 for …' });
  });

  it('after an aside that lists names, is told with the subject before it', () => {
    expect(numbers("The piers, North Quay, St Anne's and Fish Row, have a combined 410 berths.")).toContainEqual({ value: '410', what: 'The piers have a combined … berths' });
  });

  it('after the aside, reads a past form the tagger takes for an adjective as the verb ("involved")', () => {
    expect(numbers('The ferry trial, run by the harbour office, involved 1,240 passengers in nine ports.')).toContainEqual({ value: '1,240', what: 'The ferry trial involved … passengers in nine ports' });
  });

  it('in a relative clause closing the sentence, is told of the name before it', () => {
    expect(numbers('In 2011 the skipper published a memoir, "The Quiet Harbour", which sold 150,000 copies.')).toContainEqual({ value: '150,000', what: 'The Quiet Harbour sold … copies' });
    expect(numbers('The firm also announced a cheaper ferry, the Skiff S8, which will cost $349,000.')).toContainEqual({ value: '$349,000', what: 'Skiff S8 will cost …' });
  });

  it('in a relative clause, is left out when the name ends a longer phrase that "which" may mean', () => {
    expect(numbers('The firm builds its boats at a yard in Lantau Bay, which employs 6,500 people.')).toEqual([]);
    expect(numbers("The plume of Saturn's moon Enceladus, which is fed by more than 100 geysers, never stops.").filter((n) => n.value === '100')).toEqual([]);
  });

  it('after the aside, replaces a clause that opens on no subject ("… show that …")', () => {
    expect(numbers('The harbour report, published on Monday, shows that 40 percent of berths are empty.')).toEqual([{ value: '40 percent', what: 'The harbour report shows that … of berths are empty' }]);
  });

  it('in a subject cut off by an aside, is told with the verb after it ("The 700 residents of Eskvik, 8 km from …, were evacuated")', () => {
    expect(numbers('The 700 residents of the island, 8 km from the pier, were moved overnight.')).toContainEqual({ value: '700', what: 'The … residents of the island were moved overnight' });
  });

  it('is left out when the aside sets a condition ("The plan, if approved, would cost …")', () => {
    expect(numbers('The pier plan, if approved, would cost £3 million.')).toEqual([]);
  });

  it('is left out when the words before the aside are no subject', () => {
    expect(numbers('In the spring, after the storm, cost £3 million.')).toEqual([]);
  });
});

describe('a key number in a comparison after the main clause', () => {
  it('is told with the clause it compares ("…, up from 640,000 in 2015")', () => {
    expect(numbers('Lindvik handled 1.1 million passengers last year, up from 640,000 in 2015.')).toContainEqual({ value: '640,000', what: 'Lindvik handled 1.1 million passengers last year, up from … in 2015' });
    expect(numbers('Ferry fares now average £12, compared with £9 in 2020.')).toContainEqual({ value: '£9', what: 'Ferry fares now average £12, compared with … in 2020' });
  });

  it('is left out when the main clause gives no figure to compare', () => {
    expect(numbers('The harbour was busy again, up from 12 in 2015.')).toEqual([]);
  });
});

describe('a key number in a participle after the main clause', () => {
  it('is told with the main clause’s subject, in the past', () => {
    expect(numbers('Ferrand won the harbour vote, taking 54.2 percent of the ballots.')).toContainEqual({ value: '54.2 percent', what: 'Ferrand took … of the ballots' });
    expect(numbers('The fire moved quickly, destroying 46 houses.')).toContainEqual({ value: '46', what: 'The fire destroyed … houses' });
  });

  it('keeps a time that opens the sentence before the subject ("On 21 August a mine exploded …, killing …")', () => {
    expect(numbers('On 21 August a storm hit the harbour, sinking 40 boats.')).toContainEqual({ value: '40', what: 'On 21 August a storm sank … boats' });
  });

  it('is left out after a condition or a clause with no subject', () => {
    expect(numbers('If the ferry sails, carrying 40 passengers, the harbour will open.')).toEqual([]);
  });
});

describe('key numbers in a list', () => {
  it('are all kept, each told as the first ("12 shops, 3 warehouses and 2 factories")', () => {
    expect(numbers('The ferry firm has 12 shops, 3 warehouses and 2 factories in Lindvik.')).toEqual([
      { value: '12', what: 'The ferry firm has … shops' },
      { value: '3', what: 'The ferry firm has … warehouses' },
      { value: '2', what: 'The ferry firm has … factories' },
    ]);
  });

  it('are not read as a list across a verb ("31,000 hectares burned and three people died")', () => {
    const out = numbers('The worst fire came in 2017, when 31,000 hectares burned and three people died.');
    expect(out.map((n) => n.what).filter((w) => /died and/.test(w))).toEqual([]);
  });
});

describe('a count of people in words', () => {
  it('is kept before a noun of people, and after "and" for the same people', () => {
    const out = numbers('Two ferry workers died and seven were injured in the blast.');
    expect(out).toContainEqual({ value: 'two', what: '… ferry workers died and seven were injured in the blast' });
    expect(out).toContainEqual({ value: 'seven', what: 'Two ferry workers died and … were injured in the blast' });
    expect(numbers('Harbour police arrested three men after the fight.')).toContainEqual({ value: 'three', what: 'Harbour police arrested … men after the fight' });
  });

  it('is left out after a word that points back ("the two men", "one in five")', () => {
    expect(numbers('Harbour police later released the two men without charge.')).toEqual([]);
    expect(numbers('One in five passengers waited on the pier.')).toEqual([]);
    // … or that only says they exist, of no place.
    expect(numbers('Today there are four workers.')).toEqual([]);
  });
});

describe('a duration or a score', () => {
  it('is kept when its clause says what it measures', () => {
    expect(numbers('Ferry passengers faced an average wait of 14 hours.')).toContainEqual({ value: '14', what: 'Ferry passengers faced an average wait of … hours' });
    expect(numbers('The harbour strike lasted 23 days.')).toContainEqual({ value: '23', what: 'The harbour strike lasted … days' });
    expect(numbers('Lindvik Rovers won 3-1 on Saturday.')).toContainEqual({ value: '3-1', what: 'Lindvik Rovers won … on Saturday' });
    expect(numbers('Lindvik Rovers beat Ashby 3-1 on Saturday.')).toContainEqual({ value: '3-1', what: 'Lindvik Rovers beat Ashby … on Saturday' });
    expect(numbers('The harbour board voted 9-4 to close the pier.')).toContainEqual({ value: '9-4', what: 'The harbour board voted … to close the pier' });
    expect(numbers('The previous record, 2:06:40, had stood since 2016.')).toContainEqual({ value: '2:06:40', what: 'The previous record was …' });
    expect(numbers('Dana Orwell broke the harbour swim record on Sunday, finishing in 2 hours, 5 minutes and 11 seconds.')).toContainEqual({ value: '2 hours, 5 minutes and 11 seconds', what: 'Dana Orwell finished in …' });
    expect(numbers('Temperatures on the pier reached 41C on Thursday.')).toContainEqual({ value: '41C', what: 'Temperatures on the pier reached … on Thursday' });
  });

  it('is left out when its clause runs into a sentence the splitter did not part ("Group D. The day before")', () => {
    expect(numbers('Lindvik beat Ashby 6-0 to win Group D. The day before the harbour team lost.').filter((n) => n.value === '6-0')).toEqual([]);
  });

  it('is left out when it dates rather than measures, or names no result', () => {
    expect(numbers('Three days later the harbour strike ended.')).toEqual([]);
    expect(numbers('The ferry leaves from berths 3-4 of the pier.')).toEqual([]);
  });
});

describe('the list of key numbers, when more figures compete than it shows', () => {
  it('keeps sums, shares and counts of people over the age of a bystander named once', () => {
    const text = [
      'The Lindvik harbour board approved a £40 million plan to rebuild the pier on Monday.',
      'Shopkeeper Ann Vell, 67, said the plan was overdue.',
      'Fisherman Tom Brack, 71, said the same.',
      'The board has 14 members and met 12 times last year.',
      'The harbour has 40 berths and a 120-metre quay.',
      'The old pier was built in 1901 and has 6 lamps and 9 benches.',
      'The work will take 18 months and needs 6,000 tonnes of steel.',
      'About 2,000 people use the pier each day, and 450 boats moor there.',
      'The plan will create 300 jobs.',
      'Ticket sales rose 8 percent last year to £3.1 million.',
    ].join(' ');
    const out = numbers(text);
    expect(out).toHaveLength(12);
    expect(out.map((n) => n.value)).toContain('£40 million');
    expect(out.map((n) => n.value)).toContain('£3.1 million');
    expect(out.map((n) => n.what)).not.toContain('age of Ann Vell');
    expect(out.map((n) => n.what)).not.toContain('age of Tom Brack');
  });
});

describe('more shapes of a headline figure', () => {
  it('an age after "now", "then" or "aged" set off by commas is the age of the person before it', () => {
    expect(numbers('The harbour founder Ken Vell opened the pier. Vell, now 84, cut the ribbon.')).toContainEqual({ value: '84', what: 'age of Ken Vell' });
  });

  it('an aside that is a person’s name is the subject ("His daughter, Sarah Vell, raised …")', () => {
    const out = numbers('Ken Vell founded the ferry line.', 'His daughter, Sarah Vell, founded the harbour trust in 2011 and raised £2.4 million to restore the pier.');
    expect(out).toContainEqual({ value: '£2.4 million', what: 'Sarah Vell founded the harbour trust in 2011 and raised … to restore the pier' });
  });

  it('what a clause amounted to after a comma is told with the clause ("with the loss of 3,200 jobs")', () => {
    expect(numbers('The ferry firm closed the Lindvik yard in 2005, with the loss of 3,200 jobs.')).toContainEqual({ value: '3,200', what: 'The ferry firm closed the Lindvik yard in 2005, with the loss of … jobs' });
    expect(numbers('About 8,600 tickets were sold in the third quarter, 22 percent fewer than a year before.')).toContainEqual({ value: '22 percent', what: 'About 8,600 tickets were sold in the third quarter, … fewer than a year before' });
  });

  it('a figure after "and" with no noun counts the people the count before it counts', () => {
    expect(numbers('Twelve other sailors were fined, and 40 men were jailed.').map((n) => n.value)).toContain('40');
    expect(numbers('Twelve other men were sentenced to be flogged, and 40 were sent to prison ships.')).toContainEqual({ value: '40', what: '… men were sent to prison ships' });
  });

  it('a figure after "All" is a count, not a label', () => {
    expect(numbers('All 19 crew members were lifted off by helicopter.')).toContainEqual({ value: '19', what: 'All … crew members were lifted off by helicopter' });
  });

  it('"which" after a subject with a phrase of its own may mean that phrase’s noun: left out', () => {
    expect(numbers('The plume of the moon Enceladus, which is fed by more than 100 geysers, never stops.')).toEqual([]);
  });

  it('a figure with its unit as the aside is told of the subject ("The book stock, about 14,000 items, …")', () => {
    expect(numbers('The harbour book stock, about 14,000 items, will be moved to the library.')).toContainEqual({ value: 'about 14,000', what: 'The harbour book stock is … items' });
    expect(numbers("The town's population, 8,400 before the flood, fell to 6,900 by 1891.")).toContainEqual({ value: '8,400', what: "The town's population was … before the flood" });
    expect(numbers('The 700 residents of the village of Eskvik, 8 km from the crater, were moved.').filter((n) => n.value === '8')).toEqual([]);
  });

  it('a share opening after a time is told with that time ("In 2024, 58 percent of pupils …")', () => {
    expect(numbers('In 2024, 58 percent of ferry passengers paid by card.')).toContainEqual({ value: '58 percent', what: 'In 2024, … of ferry passengers paid by card' });
  });

  it('a participle after a main clause in the present is told in the present', () => {
    expect(numbers('The harbour festival fills the quay every August, attracting about 6,000 visitors.')).toContainEqual({ value: 'about 6,000', what: 'The harbour festival attracts … visitors' });
  });

  it('an aside "a … of N" says what the subject is ("Port Essling, a city of 310,000 people, …")', () => {
    expect(numbers('Lindvik, a town of 9,000 people, has voted for a new pier.')).toContainEqual({ value: '9,000', what: 'Lindvik is a town of … people' });
  });

  it('an aside "with a … of N" says what the subject has ("Titan, with a diameter of …")', () => {
    expect(numbers('Lindvik Island, with an area of 32 square miles, is the largest in the bay.')).toContainEqual({ value: '32', what: 'Lindvik Island has an area of … square miles' });
  });

  it('a "who" clause after a noun of people is told of them, not of a noun after "of"', () => {
    expect(numbers('The loss is a blow to taxpayers, who own 80 per cent of the ferry line, and comes at a bad time.')).toContainEqual({ value: '80 per cent', what: 'taxpayers own … of the ferry line' });
    expect(numbers('He met the head of the harbour council, who earns £80,000.')).toEqual([]);
  });
});

describe('a telephone number', () => {
  it('gives no key number, though a model number beside a count still counts ("10 737-800 planes")', () => {
    const values = numbers('Police appealed for help to find the stolen guitars on 0845 8 505 505 or 0800 555 111.', 'The airline also agreed to buy 10 737-800 planes for $630m.').map((n) => n.value);
    for (const part of ['0845', '8', '505', '0800', '555', '111']) expect(values).not.toContain(part);
    expect(values).toContain('10');
  });
});
