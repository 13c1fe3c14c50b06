// Figures that are parts of something else are no key numbers of their own: the end of a span of
// years ("2021–22"), the base of a rate ("per 100 square metres") and a clock time written with a
// leading zero ("the 06.55 service"). (Our own text, written for this spec.)
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/summary/index.js';

const values = (...texts: string[]) => summarizeArticle({ blocks: texts.map((text) => ({ type: 'paragraph' as const, text })) }).numbers.map((n) => n.value);

describe('a figure that is part of something else', () => {
  it('is not a key number, while the figures around it are', () => {
    const out = values(
      'Average roadside pollution in Brenford fell from 43.8 units in 2021–22 to 32.4 units in 2023–24, the council said.',
      'Densities of young trout in the Carrow averaged 9.6 per 100 square metres, against 14.1 a decade ago.',
      'The 06.55 service from Moorfield was carrying about 260 passengers when it left the rails.',
    );
    expect(out).toEqual(expect.arrayContaining(['43.8', '32.4', '9.6', 'about 260']));
    for (const part of ['22', '24', '100', '06.55']) expect(out).not.toContain(part);
  });
});

describe('a figure converted in brackets', () => {
  it('is one key number: the figure before the bracket, not its conversion', () => {
    const out = values('The new ferry is 18.6 km/h (11.56 mph) faster than the old one and crossed the 3,200 miles (5,150 km) in nine days.');
    expect(out).toEqual(expect.arrayContaining(['18.6', '3,200']));
    for (const conversion of ['11.56', '5,150']) expect(out).not.toContain(conversion);
  });
});

describe('the second figure of one fact, and numbers that name (set V’s facts judge)', () => {
  it('keeps the first figure of "334 votes to 61", "32 out of 50", "49 goals in 101 games", "from 430,000 to 900,000", and no address or chapter', () => {
    const out = values(
      'The lower house gave final approval to the bill by 334 votes to 61.',
      'Some 32 state governments out of 50 have declared English their official language.',
      'Venn scored 49 goals in 101 games for the Rovers after signing for £7m in 2012.',
      'The number of tablets in schools is expected to rise from about 430,000 to almost 900,000.',
      'The second-tallest building in the city is 432 Park Avenue, finished in 2015 at a cost of $1.25 billion.',
      'Patrick Venn Jr., 55, faces up to 10 years in prison when he is sentenced.',
      'Total sales at the chain rose 1.9% to £515m in the eight weeks to February.',
    );
    // The level a change reached is a fact of its own.
    expect(out).toEqual(expect.arrayContaining(['334', '32', '49', 'about 430,000', '10', '1.9%', '£515m']));
    for (const second of ['61', '50', '101', 'almost 900,000', '432']) expect(out).not.toContain(second);
  });
});

describe('a race and a time told in parts (set W’s facts judge)', () => {
  it('is no key number and no year', () => {
    const summary = summarizeArticle({ blocks: [
      { type: 'paragraph' as const, text: 'The 24-year-old finished fourth and sixth in the 1500m and 5,000m at the world championships in August.' },
      { type: 'paragraph' as const, text: 'Her time of 14 minutes 52.07 seconds was a personal best, and she won 4,000 pounds in prize money.' },
    ] });
    const out = summary.numbers.map((n) => n.value);
    for (const part of ['5,000m', '14', '52.07']) expect(out).not.toContain(part);
    expect(summary.timeline.map((t) => t.date)).not.toContain('1500');
  });
});

describe('a figure of someone called by nationality alone, or a study’s size (set Z’s and W’s facts judges)', () => {
  it('is no key number, while the finding is', () => {
    const out = values(
      'Venn, 43, shot a 68 to lead by one. The Northern Irishman stumbled to a three-over-par 75 to lie joint 55th.',
      'The study looked at 4,600 workers and found pay rose by 5% a year. Scheel combed through 53 hours of footage and observed 186 interactions.',
    );
    expect(out).toEqual(expect.arrayContaining(['43', '5%']));
    for (const trivia of ['75', '4,600', '53', '186']) expect(out).not.toContain(trivia);
  });
});
